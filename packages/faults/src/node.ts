/**
 * The Node-only part of `@icontact/faults`: reading a scenario file from disk. Everything else is in the
 * main entry, which runs in Node and in browsers alike.
 */
export { loadScenarioFile } from './load-scenario-file.js';
