import { expect, expectTypeOf, it } from 'vitest';
import type { ContactAction, ContactStep } from '../../types.js';
import type { ErrorData } from './error-data.js';
import { IContactError } from './icontact-error.js';
import { RequestAbortedError } from './request-aborted-error.js';
import { RequestTimeoutError } from './request-timeout-error.js';

// Type tests: `tsc --noEmit` (the package's typecheck) fails when a type drifts; the runtime lines
// check the same values exist.

it('types a contact refusal in the server’s vocabulary: currentStep a ContactStep, allowedActions ContactActions', () => {
  expectTypeOf<ErrorData['currentStep']>().toEqualTypeOf<ContactStep | undefined>();
  expectTypeOf<ErrorData['allowedActions']>().toEqualTypeOf<readonly ContactAction[] | undefined>();
  const error = new IContactError({
    code: 'contact_step_conflict',
    data: { currentStep: 'opened', allowedActions: ['record_consumer', 'refuse'] },
  });
  expect(error.data.allowedActions).toEqual(['record_consumer', 'refuse']);
});

it('keeps the timeout and abort classes apart: a timeout is a connection failure and retryable, an abort neither', () => {
  const timeout = new RequestTimeoutError({ detail: 'slow', evidence: 'client timeout', neverSent: false });
  const aborted = new RequestAbortedError({ maybeApplied: true });
  expectTypeOf(timeout).toExtend<IContactError>();
  expectTypeOf(aborted).toExtend<IContactError>();
  expect([timeout.code, timeout.retryable, timeout.name]).toEqual([
    'request_timeout',
    true,
    'RequestTimeoutError',
  ]);
  expect([aborted.code, aborted.retryable, aborted.retry.when]).toEqual(['request_aborted', false, 'never']);
});
