import { Code } from '../code.js';
import type { ErrorCode } from '../codes.js';
import type { Operation } from '../operation.js';

/** The code an HTTP status means by default, and where an operation gives it a narrower meaning. */
export interface StatusRule {
  /** The code when the operation is unknown or has no narrower meaning. */
  readonly otherwise: ErrorCode;
  /** Narrower meanings at given operations. */
  readonly at?: Readonly<Partial<Record<Operation, ErrorCode>>>;
}

const CONTACT_OPERATIONS: readonly Operation[] = [
  'openContact',
  'recordConsumer',
  'checkIin',
  'sendSmsCode',
  'verifySmsCode',
  'recordDetails',
  'submitContact',
  'refuseContact',
];
const SHIFT_OPERATIONS: readonly Operation[] = [
  'getShift',
  'startShift',
  'closeShift',
  'syncContacts',
  'finalizeSync',
];

/** What each HTTP error status means when nothing but the status (and the operation) is known. */
export const STATUS_RULES: Readonly<Record<number, StatusRule>> = Object.freeze({
  400: {
    otherwise: Code.validation_failed,
    at: {
      syncContacts: Code.sync_bad_request,
      finalizeSync: Code.sync_bad_request,
      requestPasswordReset: Code.invalid_email,
    },
  },
  401: { otherwise: Code.token_not_valid, at: { obtainToken: Code.no_active_account } },
  403: { otherwise: Code.permission_denied, at: { obtainToken: Code.account_locked } },
  404: {
    otherwise: Code.not_found,
    at: {
      ...every(SHIFT_OPERATIONS, Code.shift_not_found),
      ...every(CONTACT_OPERATIONS, Code.contact_not_found),
    },
  },
  405: { otherwise: Code.method_not_allowed },
  // The mock's listener answers a client too slow to send its request so; OkHttp repeats it once.
  408: { otherwise: Code.request_timeout },
  409: {
    otherwise: Code.unknown_error,
    at: {
      ...every(CONTACT_OPERATIONS, Code.contact_step_conflict),
      closeShift: Code.final_sync_incomplete,
      finalizeSync: Code.final_sync_incomplete,
    },
  },
  410: { otherwise: Code.account_deleted, at: { verifySmsCode: Code.sms_code_expired } },
  413: { otherwise: Code.payload_too_large, at: { syncContacts: Code.sync_batch_too_large } },
  415: { otherwise: Code.unsupported_media_type },
  422: {
    otherwise: Code.validation_failed,
    at: { checkIin: Code.iin_invalid, verifySmsCode: Code.sms_code_invalid },
  },
  426: { otherwise: Code.app_version_outdated },
  429: {
    otherwise: Code.rate_limited,
    at: {
      obtainToken: Code.too_many_login_attempts,
      sendSmsCode: Code.sms_quota_exceeded,
      verifySmsCode: Code.sms_code_attempts_exceeded,
    },
  },
  500: {
    otherwise: Code.internal_server_error,
    at: {
      checkIin: Code.iin_malformed_server_error,
      syncContacts: Code.sync_failed,
      finalizeSync: Code.sync_failed,
      closeShift: Code.shift_close_failed,
    },
  },
  502: { otherwise: Code.bad_gateway },
  503: {
    otherwise: Code.service_unavailable,
    at: { sendSmsCode: Code.sms_gateway_unavailable, checkIin: Code.kompra_unavailable },
  },
  504: { otherwise: Code.bad_gateway, at: { checkIin: Code.kompra_timeout } },
} satisfies Record<number, StatusRule>);

/**
 * The code an HTTP error status means at `operation`: the table above; any other 5xx is an internal
 * server error, any other 4xx (and anything below 400) is unknown.
 */
export function codeForStatus(status: number, operation?: Operation): ErrorCode {
  const rule = STATUS_RULES[status];
  if (rule) return (operation === undefined ? undefined : rule.at?.[operation]) ?? rule.otherwise;
  if (status >= 500 && status <= 599) return Code.internal_server_error;
  return Code.unknown_error;
}

function every(operations: readonly Operation[], code: ErrorCode): Partial<Record<Operation, ErrorCode>> {
  return Object.fromEntries(operations.map((operation) => [operation, code]));
}
