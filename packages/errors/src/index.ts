export { catalogue, entriesForGuide, getEntry } from './catalogue.js';
export { Code, type CodeMap, isErrorCode } from './code.js';
export { ERROR_CODES, type ErrorCode } from './codes.js';
export type {
  AdvisoryWire,
  ErrorArea,
  ErrorEntry,
  HttpWire,
  Lang,
  LocalFailure,
  LocalizedText,
  LocalWire,
  RetryPolicy,
  TextMatcher,
  TransportFailure,
  TransportWire,
  Wire,
} from './entry.js';
export { GUIDE_ENTRIES, type GuideEntry } from './guide-entries.js';
