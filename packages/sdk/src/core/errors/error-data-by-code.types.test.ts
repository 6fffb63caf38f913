import { Code, catalogue } from '@icontact/errors';
import { expect, expectTypeOf, it } from 'vitest';
import type { ContactAction, ContactStep } from '../../types.js';
import { ApiError } from './api-error.js';
import { ConnectionError } from './connection-error.js';
import { RETRY_AFTER_CODES } from './error-data-by-code.js';
import { IContactError } from './icontact-error.js';
import { LocalError } from './local-error.js';

// Type tests: `tsc --noEmit` (the package's typecheck) fails when narrowing by `code` stops working;
// each `@ts-expect-error` fails it when a line that must not compile does. The runtime lines check the
// values the types promise.

function caught(error: unknown): unknown {
  return error;
}

it('narrows data by code after instanceof: rate_limited has a number retryAfter, login_before_shift_window an opensAt', () => {
  const error = caught(new IContactError({ code: 'rate_limited' }));
  if (!(error instanceof IContactError)) throw new Error('not an IContactError');
  // Not narrowed yet: the wide data, retryAfter maybe absent.
  expectTypeOf(error.data.retryAfter).toEqualTypeOf<number | undefined>();
  expectTypeOf(error.data.currentStep).toEqualTypeOf<ContactStep | undefined>();
  // @ts-expect-error -- before narrowing, retryAfter may be undefined
  const notYet: number = error.data.retryAfter;
  expect(notYet).toBe(60);
  // @ts-expect-error -- no such code: the comparison has no overlap
  expect(error.code === 'rate_limitted').toBe(false);
  if (error.code === 'rate_limited') {
    expectTypeOf(error).toExtend<IContactError>(); // still passes where an IContactError is asked for
    expectTypeOf(error.data.retryAfter).toEqualTypeOf<number>();
    // @ts-expect-error -- narrowed: it cannot be another code any more
    expect(error.code === 'kompra_timeout').toBe(false);
    // @ts-expect-error -- triesLeft is no field of rate_limited: it is absent
    const tries: number = error.data.triesLeft;
    expect(tries).toBeUndefined();
    expect(error.data.retryAfter).toBe(60);
  }
  if (error.code === Code.login_before_shift_window) {
    expectTypeOf(error.data.opensAt).toEqualTypeOf<string | null | undefined>();
    // @ts-expect-error -- a real backend sends no opensAt (and null means no shift): not a plain string
    const opensAt: string = error.data.opensAt;
    expect(opensAt).toBeDefined();
  }
});

it('types each code’s data from the contract: contact state, SMS quota and tries, sync, SDK refusals', () => {
  const error = caught(new LocalError({ code: 'local_storage_full', detail: 'full', data: { unsent: 3 } }));
  if (!(error instanceof IContactError)) throw new Error('not an IContactError');
  switch (error.code) {
    case 'contact_step_conflict':
    case 'contact_closed':
    case 'iin_not_verified':
      expectTypeOf(error.data.currentStep).toEqualTypeOf<ContactStep | undefined>();
      expectTypeOf(error.data.allowedActions).toEqualTypeOf<readonly ContactAction[] | undefined>();
      break;
    case 'local_step_out_of_order':
      expectTypeOf(error.data.currentStep).toEqualTypeOf<ContactStep>();
      expectTypeOf(error.data.allowedActions).toEqualTypeOf<readonly ContactAction[]>();
      expectTypeOf(error.data.action).toEqualTypeOf<ContactAction>();
      break;
    case 'sms_quota_exceeded':
      expectTypeOf(error.data.remaining).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.data.resetsAt).toEqualTypeOf<string | undefined>();
      break;
    case 'sms_code_invalid':
      expectTypeOf(error.data.triesLeft).toEqualTypeOf<number | undefined>();
      break;
    case 'account_locked':
      expectTypeOf(error.data.retryAfter).toEqualTypeOf<number>();
      expectTypeOf(error.data.lockedUntil).toEqualTypeOf<string | undefined>();
      break;
    case 'final_sync_incomplete':
      expectTypeOf(error.data.missing).toEqualTypeOf<readonly string[] | undefined>();
      break;
    case 'sync_failed':
      expectTypeOf(error.data.appCode).toEqualTypeOf<number | undefined>();
      break;
    case 'local_storage_full':
      expectTypeOf(error.data.unsent).toEqualTypeOf<number>();
      expect(error.data.unsent).toBe(3);
      break;
    default:
      throw new Error(`unexpected ${error.code}`);
  }
});

it('narrows the subclasses too and keeps their own fields', () => {
  const error = caught(
    new ApiError({ code: 'kompra_unavailable', status: 503, headers: new Headers(), body: {} }),
  );
  if (error instanceof ApiError && error.code === 'kompra_unavailable') {
    expectTypeOf(error.headers).toEqualTypeOf<Headers>();
    expectTypeOf(error.data.retryAfter).toEqualTypeOf<number>();
    expect(error.data.retryAfter).toBe(300);
  } else {
    throw new Error('not narrowed');
  }
  const cut = caught(
    new ConnectionError({ code: 'request_timeout', detail: 'slow', evidence: 'x', neverSent: false }),
  );
  if (!(cut instanceof ConnectionError)) throw new Error('not a ConnectionError');
  expectTypeOf(cut.neverSent).toEqualTypeOf<boolean>();
});

it('gives data.retryAfter to exactly the codes whose catalogue policy is to wait: the answer’s, else the catalogue’s', () => {
  const waiting = catalogue.filter((entry) => entry.retry.when === 'after').map((entry) => entry.code);
  expect([...RETRY_AFTER_CODES].sort()).toEqual([...waiting].sort());
  for (const code of RETRY_AFTER_CODES) {
    const entry = catalogue.find((candidate) => candidate.code === code);
    const seconds = entry?.retry.when === 'after' ? entry.retry.seconds : undefined;
    expect(new IContactError({ code }).data.retryAfter).toBe(seconds);
    expect(new IContactError({ code, data: { retryAfter: 7 } }).data.retryAfter).toBe(7);
  }
});
