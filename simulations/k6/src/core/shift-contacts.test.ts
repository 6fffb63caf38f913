import { isValidIin, parsePhone, validateConsumerName } from '@icontact/domain';
import { expect, it } from 'vitest';
import { flowKey, inBatches, planShiftContacts } from './shift-contacts.ts';

const plan = { runSeed: '2026:run-a', flow: 3, count: 200, refusalRate: 0.1 };

it('plans the same contacts for the same run seed and flow', () => {
  expect(planShiftContacts(plan)).toEqual(planShiftContacts(plan));
});

it('gives every contact of a run its own upload and open keys', () => {
  const keys = new Set<string>();
  for (let flow = 0; flow < 50; flow++) {
    for (const contact of planShiftContacts({ ...plan, flow, count: 40 })) {
      keys.add(contact.idempotencyKey);
      keys.add(contact.openKey);
    }
  }
  expect(keys.size).toBe(50 * 40 * 2);
});

it('plans other keys for another run seed', () => {
  const a = planShiftContacts(plan).map((c) => c.idempotencyKey);
  const b = new Set(planShiftContacts({ ...plan, runSeed: '2026:run-b' }).map((c) => c.idempotencyKey));
  expect(a.some((key) => b.has(key))).toBe(false);
});

it('draws consumers that the domain rules accept: full name, valid ИИН, Kazakh mobile phone', () => {
  for (const { consumer } of planShiftContacts(plan)) {
    expect(validateConsumerName(consumer).ok).toBe(true);
    expect(isValidIin(consumer.iin)).toBe(true);
    expect(parsePhone(consumer.phone)).toMatchObject({ ok: true, phone: consumer.phone });
  }
});

it('records details for submitted contacts and a reason for refused ones, never both', () => {
  const contacts = planShiftContacts({ ...plan, count: 1000 });
  const refused = contacts.filter((c) => c.step === 'refused');
  expect(refused.length).toBeGreaterThan(50);
  expect(refused.length).toBeLessThan(150);
  for (const contact of contacts) {
    if (contact.step === 'refused') {
      expect(contact.details).toBeNull();
      expect(contact.refusalReason).toEqual(expect.any(String));
    } else {
      expect(contact.details?.devices.length).toBeGreaterThan(0);
      expect(contact.refusalReason).toBeNull();
    }
    expect(contact.activityDraw).toBeGreaterThanOrEqual(0);
    expect(contact.activityDraw).toBeLessThan(1);
  }
});

it('gives each round of each write of a flow its own key, the same on every call', () => {
  const keys = ['start', 'final_sync', 'close'].flatMap((write) =>
    [0, 1, 2].map((round) => flowKey('2026', 1, write as 'start', round)),
  );
  expect(new Set(keys).size).toBe(9);
  expect(flowKey('2026', 1, 'close', 2)).toBe(flowKey('2026', 1, 'close', 2));
  expect(flowKey('2026', 2, 'close', 2)).not.toBe(flowKey('2026', 1, 'close', 2));
});

it.each([
  [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
  [[1, 2, 3], 3, [[1, 2, 3]]],
  [[1, 2, 3], 100, [[1, 2, 3]]],
  [[], 5, []],
])('splits %j into batches of %i', (items, size, batches) => {
  expect(inBatches(items, size)).toEqual(batches);
});

it.each([0, -1, 1.5])('refuses a batch size of %d', (size) => {
  expect(() => inBatches([1], size)).toThrow(RangeError);
});
