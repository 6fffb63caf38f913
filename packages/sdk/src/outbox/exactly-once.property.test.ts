import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { IContactClient } from '../client.js';
import type { ContactRegistration } from '../contacts/contact-registration.js';
import { IContactError } from '../core/errors/icontact-error.js';
import { consumer, lastSmsCode, startShift } from '../test-support/consultant-day.js';
import { CLOCK_START, type MockAdmin, useSdkMock } from '../test-support/sdk-mock.js';

/** A fault as the mock's admin takes it. */
type FaultSpecInput = Parameters<MockAdmin['addFault']>[0];

const mock = useSdkMock();

/** The operations of a consultant's day that a fault may strike. */
const OPERATIONS = [
  'openContact',
  'recordConsumer',
  'checkIin',
  'sendSmsCode',
  'verifySmsCode',
  'recordDetails',
  'submitContact',
  'syncContacts',
  'finalizeSync',
  'closeShift',
] as const;

/** A transient fault of the network or the server, struck once or a few times at one operation. */
const faultArbitrary: fc.Arbitrary<FaultSpecInput> = fc
  .record({
    operation: fc.constantFrom(...OPERATIONS),
    times: fc.integer({ min: 1, max: 3 }),
    timing: fc.constantFrom('before' as const, 'after' as const),
    kind: fc.constantFrom(
      'reset_mid_body',
      'abort',
      'bad_gateway',
      'service_unavailable',
      'sync_failed',
      'latency',
    ),
  })
  .map(({ operation, times, timing, kind }): FaultSpecInput => {
    const target = { operation, times };
    switch (kind) {
      case 'reset_mid_body':
      case 'abort':
        return { kind, timing, target };
      case 'latency':
        return { kind: 'latency', ms: 30, target };
      case 'bad_gateway':
        return { kind: 'http', status: 502, code: 'bad_gateway', target };
      case 'service_unavailable':
        return { kind: 'http', status: 503, code: 'service_unavailable', retryAfter: 0, target };
      default:
        return { kind: 'http', status: 500, code: 'sync_failed', appCode: 101, target };
    }
  });

/** Calls a step until it goes through, as a consultant pressing "Retry" would (a bounded number of times). */
async function persist<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= 8 || !(error instanceof IContactError) || !error.retryable) throw error;
    }
  }
}

async function registerOne(
  client: IContactClient,
  shiftId: string,
  activityTypeId: string,
  n: number,
): Promise<string> {
  const registration: ContactRegistration = await persist(() =>
    client.contacts.begin(shiftId, { activityTypeId }),
  );
  const entry = consumer(n);
  const until = async (step: string, action: () => Promise<unknown>) => {
    // A step whose answer was lost may have been applied: the registration learns the step from the server then.
    await persist(async () => {
      if (registration.step !== step) await action();
    });
  };
  await until('consumer_recorded', () => registration.recordConsumer(entry));
  await until('iin_verified', () => registration.checkIin());
  await until('sms_sent', () => registration.sendSmsCode());
  await until('phone_verified', () => registration.verifySmsCode(lastSmsCode(mock, entry.phone)));
  await until('details_recorded', () =>
    registration.recordDetails({
      devices: [{ model: 'Tulpar X1', quantity: 1 }],
      compliment: { kind: 'чехол', quantity: 1 },
    }),
  );
  await persist(() => registration.submit());
  return registration.recordKey;
}

it('delivers every recorded contact exactly once, whatever transient faults strike during the shift', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(faultArbitrary, { maxLength: 6 }),
      fc.integer({ min: 1, max: 3 }),
      async (faults, count) => {
        mock.admin.clearFaults();
        mock.admin.setClock(new Date(CLOCK_START).toISOString(), 0);
        mock.admin.reset();
        const { client } = mock.client({ retry: { maxRetries: 2 } });
        const { shift, activityTypeId } = await startShift(mock, client);
        for (const fault of faults) mock.admin.addFault(fault);

        const recorded: string[] = [];
        for (let n = 1; n <= count; n++)
          recorded.push(await registerOne(client, shift.id, activityTypeId, n));
        expect(await client.outbox.manifest(shift.id)).toEqual(recorded);

        // The final sync: the consultant retries the close until it goes through.
        const closed = await persist(() => client.shifts.close(shift.id));
        expect(closed.status).toBe('closed');

        const accepted = (
          Object.values(mock.admin.snapshot().collections.syncItems ?? {}) as {
            shiftId: string;
            idempotencyKey: string;
            contactId: string;
          }[]
        ).filter((item) => item.shiftId === shift.id);
        expect(accepted.map((item) => item.idempotencyKey).sort()).toEqual([...recorded].sort());
        expect(new Set(accepted.map((item) => item.contactId)).size).toBe(recorded.length);
        expect(
          mock.admin.contacts({ shiftId: shift.id }).filter((contact) => contact.step === 'submitted'),
        ).toHaveLength(recorded.length);
        expect(await client.sync.unsentCount()).toBe(0);
      },
    ),
    { numRuns: 25 },
  );
}, 120_000);
