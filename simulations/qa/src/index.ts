/**
 * `@icontact/qa`: QA fault scenarios — the scenario format, the runner that plays virtual consultants
 * through the SDK against the mock on a virtual clock, and the reports.
 *
 * @packageDocumentation
 */

export type { MockTargetOptions } from './run/mock-target.js';
export type { ActorProgress, ProgressSink } from './run/run-recorder.js';
export type {
  ActorSummary,
  InjectedFault,
  Observation,
  QaReport,
  RecordedContact,
  RunResult,
  TimelineEvent,
  Verdict,
} from './run/run-result.js';
export { type RunOptions, runScenario } from './run/run-scenario.js';
export type { Expectation } from './scenario/expectation-schema.js';
export { findScenarioFiles, type LoadedScenario, loadScenarios } from './scenario/load-scenarios.js';
export { parseScenarioFile } from './scenario/parse-scenario-file.js';
export { type QaScenario, type QaScenarioInput, qaScenarioSchema } from './scenario/scenario-schema.js';
