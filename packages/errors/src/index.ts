export { BUSINESS_UTC_OFFSET_MINUTES, formatAlmatyTime } from './almaty-time.js';
export { catalogue, entriesForGuide, getEntry } from './catalogue.js';
export { Code, type CodeMap, isErrorCode } from './code.js';
export { ERROR_CODES, type ErrorCode } from './codes.js';
export { describeRetry, describeWire, formatDuration } from './describe-retry.js';
export { buildDiagnosticReport, DIAGNOSTIC_FIELD_MAX_LENGTH, type DiagnosticInput } from './diagnostic.js';
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
export { isOperation, OPERATION_LABELS, OPERATIONS, type Operation } from './operation.js';
export { FOREIGN_BODY_CODES } from './recognise/foreign-codes.js';
export { type RecognisedBy, type Recognition, recognise, type SeenFailure } from './recognise/recognise.js';
export { statusInText } from './recognise/status-in-text.js';
export { codeForStatus, STATUS_RULES, type StatusRule } from './recognise/status-table.js';
export { throttledText } from './recognise/throttled-text.js';
export { isTransientStatus, TRANSIENT_STATUSES } from './recognise/transient-statuses.js';
