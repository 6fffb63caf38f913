export { ERROR_CODES, type ErrorCode } from './codes.js';
