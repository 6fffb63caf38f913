/**
 * `@icontact/domain`: the iContact domain rules as pure functions, shared by the mock server, the MSW
 * handlers and the SDK. No I/O and no clock reads: time is always a parameter.
 *
 * @packageDocumentation
 */
export {
  type AppVersionCheck,
  type AppVersionFailureReason,
  type AppVersionResult,
  checkAppVersion,
  compareAppVersions,
  DEFAULT_MINIMUM_APP_VERSION,
  parseAppVersion,
} from './app-version.js';
export {
  CLIENT_KINDS,
  type ClientAccessResult,
  type ClientKind,
  checkClientAccess,
  parseClientKind,
  ROLES,
  type Role,
} from './client-access.js';
export {
  CONSUMER_NAME_FIELDS,
  CONSUMER_NAME_MAX_LENGTH,
  type ConsumerName,
  type ConsumerNameField,
  type ConsumerNameFieldError,
  type ConsumerNameFieldReason,
  type ConsumerNameInput,
  type ConsumerNameResult,
  type NamePartResult,
  normaliseNamePart,
  validateConsumerName,
} from './consumer-name.js';
export {
  allowedContactActions,
  applyContactAction,
  CLOSED_CONTACT_STEPS,
  CONTACT_ACTIONS,
  CONTACT_STEPS,
  type ContactAction,
  type ContactStep,
  type ContactTransition,
} from './contact-steps.js';
export {
  type CredentialField,
  type CredentialSpacingResult,
  checkCredentialSpacing,
  normaliseLogin,
} from './credentials.js';
export { type EmailFailureReason, type EmailResult, validateResetEmail } from './email.js';
export { checkFinalSync, type FinalSyncResult } from './final-sync.js';
export {
  computeCheckDigit,
  type IinCentury,
  type IinFailureReason,
  type IinParseResult,
  type InvalidIin,
  isValidIin,
  type MakeIinInput,
  makeIin,
  parseIin,
  type Sex,
  type ValidIin,
} from './iin.js';
export {
  activeLock,
  INITIAL_LOCKOUT_STATE,
  LOCKOUT_POLICY,
  type LockInfo,
  type LockoutState,
  type LoginAttempt,
  type LoginAttemptVerdict,
  liftLockout,
  registerLoginAttempt,
} from './lockout.js';
export {
  canSyncOrClose,
  canWork,
  checkLoginWindow,
  LOGIN_WINDOW_LEAD_MINUTES,
  type LoginWindowCheck,
  type LoginWindowResult,
  loginWindowOpensAt,
  type ShiftWorkResult,
} from './login-window.js';
export {
  WEAK_PASSWORD_MESSAGES,
  type WeakPasswordReason,
  weakPasswordReasons,
} from './new-password.js';
export {
  KAZAKH_MOBILE_PREFIXES,
  normalisePhone,
  type PhoneFailureReason,
  type PhoneParseResult,
  parsePhone,
} from './phone.js';
export { SHIFT_STATUSES, type ShiftSchedule, type ShiftStatus } from './shift.js';
export { autoCloseAt, isAutoCloseDue } from './shift-auto-close.js';
export {
  generateSmsCode,
  issueSmsCode,
  type RandomSource,
  SMS_CODE_POLICY,
  type SmsCodeState,
  type SmsCodeVerdict,
  verifySmsCode,
} from './sms-code.js';
export {
  checkSmsQuota,
  SMS_QUOTA_PER_MONTH,
  type SmsQuotaResult,
  smsQuotaRemaining,
  smsQuotaResetsAt,
} from './sms-quota.js';
export {
  type AcceptedItemsLookup,
  classifySyncBatch,
  indexAcceptedItems,
  type SyncItemClass,
  type SyncItemIdentity,
} from './sync-dedupe.js';
export {
  atLocalTime,
  BUSINESS_UTC_OFFSET_MINUTES,
  daysInMonth,
  endOfLocalDay,
  type LocalDate,
  localDateOf,
  type MonthKey,
  monthKey,
  parseLocalDate,
  startOfLocalDay,
  startOfNextLocalMonth,
} from './time.js';
export {
  computeTimesheet,
  isClosedCorrectly,
  latenessMinutes,
  type ShiftClosedBy,
  type Timesheet,
  type TimesheetInput,
  underworkMinutes,
  workedMinutes,
} from './timesheet.js';
