export { registerStoreConformanceTests } from './store-conformance.js';
