export { type BackendClient, createBackendClient, type TestRequestOptions } from './backend-client.js';
export { createResponseValidator, type ResponseValidator } from './response-validator.js';
export { registerStoreConformanceTests } from './store-conformance.js';
