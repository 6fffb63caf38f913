import { expect } from 'vitest';
import type { BackendOptions } from '../backend/backend-options.js';
import { type Backend, createBackend } from '../backend/create-backend.js';
import type { BackendResponse, BackendResult } from '../http/backend-request.js';
import { createBackendClient, type TestRequestOptions } from '../testing/backend-client.js';
import { createResponseValidator } from '../testing/response-validator.js';

/** 08:30 in Almaty on 2026-11-24: the seed's clock start in tests. */
export const START = '2026-11-24T03:30:00.000Z';
export const PASSWORD = 'Passw0rd!';
const validator = createResponseValidator();

/** A JSON body as tests read it. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely; the contract check validates them
export type Body = any;

/** An answer that is a plain response, checked against the contract. */
export interface Answer extends BackendResponse {
  readonly body: Body;
}

/** A backend on a frozen clock at {@link START}, a client, and helpers that check every answer against the contract. */
export function harness(options: BackendOptions = {}) {
  const backend: Backend = createBackend({ clock: { start: START, speed: 0 }, ...options });
  const client = createBackendClient(backend);

  /** Sends a request; expects a plain response; checks it against the contract. */
  async function call(method: string, path: string, options: TestRequestOptions = {}): Promise<Answer> {
    const result = await client.request(method, path, options);
    if (result.kind !== 'response')
      throw new Error(`expected a response, got a wire fault ${JSON.stringify(result)}`);
    expectConforms(method, path, result);
    return result as Answer;
  }

  /** Sends a request and returns the raw result (wire faults included). */
  const raw = (method: string, path: string, options: TestRequestOptions = {}): Promise<BackendResult> =>
    client.request(method, path, options);

  async function login(login: string, options: TestRequestOptions = {}): Promise<string> {
    const answer = await call('POST', '/auth/token', { body: { login, password: PASSWORD }, ...options });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.access as string;
  }

  const userId = (login: string): string => {
    const user = backend.admin.users().find((candidate) => candidate.login === login);
    if (!user) throw new Error(`no seeded user ${login}`);
    return user.id;
  };
  const shiftOf = (login: string) => {
    const id = userId(login);
    const shift = backend.admin.shifts().find((candidate) => candidate.consultantId === id);
    if (!shift) throw new Error(`no seeded shift for ${login}`);
    return shift;
  };

  return { backend, client, call, raw, login, userId, shiftOf, admin: backend.admin };
}

/** Asserts an answer conforms to the contract's response for its operation. */
export function expectConforms(method: string, path: string, response: BackendResponse): void {
  const operationId = operationIdOf(method, path);
  if (operationId === null) return;
  expect(
    validator.problems(operationId, response),
    `${method} ${path} → ${response.status} ${JSON.stringify(response.body)}`,
  ).toEqual([]);
}

const OPERATION_PATTERNS: readonly [string, RegExp, string][] = [
  ['GET', /^\/app\/version$/, 'getAppVersion'],
  ['POST', /^\/auth\/token$/, 'obtainToken'],
  ['POST', /^\/auth\/token\/refresh$/, 'refreshToken'],
  ['POST', /^\/auth\/logout$/, 'logout'],
  ['GET', /^\/auth\/me$/, 'getMe'],
  ['POST', /^\/auth\/password-reset$/, 'requestPasswordReset'],
  ['POST', /^\/auth\/password-reset\/confirm$/, 'confirmPasswordReset'],
  ['GET', /^\/projects$/, 'listProjects'],
  ['GET', /^\/shifts$/, 'listShifts'],
  ['GET', /^\/shifts\/[^/]+$/, 'getShift'],
  ['POST', /^\/shifts\/[^/]+\/start$/, 'startShift'],
  ['POST', /^\/shifts\/[^/]+\/close$/, 'closeShift'],
  ['GET', /^\/shifts\/[^/]+\/timesheet$/, 'getTimesheet'],
  ['GET', /^\/shifts\/[^/]+\/contacts$/, 'listShiftContacts'],
  ['POST', /^\/shifts\/[^/]+\/contacts$/, 'openContact'],
  ['GET', /^\/shifts\/[^/]+\/sync$/, 'getSyncStatus'],
  ['POST', /^\/shifts\/[^/]+\/sync$/, 'syncContacts'],
  ['POST', /^\/shifts\/[^/]+\/sync\/final$/, 'finalizeSync'],
  ['GET', /^\/supervisor\/consultants$/, 'listConsultants'],
  ['GET', /^\/supervisor\/team$/, 'listTeam'],
  ['POST', /^\/supervisor\/team$/, 'bindConsultant'],
  ['GET', /^\/supervisor\/shifts$/, 'listTeamShifts'],
  ['POST', /^\/supervisor\/shifts$/, 'assignShift'],
  ['PATCH', /^\/supervisor\/shifts\/[^/]+$/, 'changeShiftProject'],
  ['DELETE', /^\/supervisor\/shifts\/[^/]+$/, 'deleteShift'],
  ['GET', /^\/contacts\/[^/]+$/, 'getContact'],
  ['PUT', /^\/contacts\/[^/]+\/consumer$/, 'recordConsumer'],
  ['POST', /^\/contacts\/[^/]+\/iin-check$/, 'checkIin'],
  ['POST', /^\/contacts\/[^/]+\/sms$/, 'sendSmsCode'],
  ['POST', /^\/contacts\/[^/]+\/sms\/verify$/, 'verifySmsCode'],
  ['PUT', /^\/contacts\/[^/]+\/details$/, 'recordDetails'],
  ['POST', /^\/contacts\/[^/]+\/submit$/, 'submitContact'],
  ['POST', /^\/contacts\/[^/]+\/refuse$/, 'refuseContact'],
  ['GET', /^\/sms\/quota\/[^/]+$/, 'getSmsQuota'],
];

function operationIdOf(method: string, path: string): string | null {
  const bare = path.split('?')[0] ?? path;
  const found = OPERATION_PATTERNS.find(([m, pattern]) => m === method.toUpperCase() && pattern.test(bare));
  return found?.[2] ?? null;
}
