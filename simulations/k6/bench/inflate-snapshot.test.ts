import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { inflateSnapshot, type Snapshot, templateSize } from './inflate-snapshot.ts';

const CONSULTANT = '11111111-1111-4111-8111-111111111111';
const CLOSED = '22222222-2222-4222-8222-222222222222';
const OPEN = '33333333-3333-4333-8333-333333333333';
const CONTACTS = ['44444444-4444-4444-8444-444444444444', '55555555-5555-4555-8555-555555555555'];
const KEYS = ['66666666-6666-4666-8666-666666666666', '77777777-7777-4777-8777-777777777777'];

const snapshot: Snapshot = {
  version: 1,
  collections: {
    users: { [CONSULTANT]: { id: CONSULTANT, login: 'mk.aset' } },
    shifts: {
      [CLOSED]: { id: CLOSED, consultantId: CONSULTANT, status: 'closed' },
      [OPEN]: { id: OPEN, consultantId: CONSULTANT, status: 'in_progress' },
    },
    contacts: Object.fromEntries(
      CONTACTS.map((id) => [id, { id, shiftId: CLOSED, consultantId: CONSULTANT, step: 'submitted' }]),
    ),
    syncItems: Object.fromEntries(
      KEYS.map((key, i) => [
        `${CLOSED} ${key}`,
        { shiftId: CLOSED, idempotencyKey: key, contactId: CONTACTS[i] ?? '', contact: {} },
      ]),
    ),
    syncStats: { [CLOSED]: { accepted: 2, duplicate: 0, rejected: 0 } },
  },
};

it('counts the contacts of the closed shifts as the size of one copy', () => {
  expect(templateSize(snapshot)).toBe(2);
});

it('copies the closed shifts with their contacts, items and counts under fresh ids, sharing the consultant', () => {
  const inflated = inflateSnapshot(snapshot, 3, randomUUID);
  const { shifts = {}, contacts = {}, syncItems = {}, syncStats = {} } = inflated.collections;
  expect(Object.keys(shifts)).toHaveLength(2 + 3);
  expect(Object.keys(contacts)).toHaveLength(2 + 6);
  expect(Object.keys(syncItems)).toHaveLength(2 + 6);
  expect(Object.keys(syncStats)).toHaveLength(1 + 3);
  for (const [key, item] of Object.entries(syncItems)) {
    expect(key).toBe(`${item.shiftId} ${item.idempotencyKey}`);
    expect(contacts[String(item.contactId)]?.shiftId).toBe(item.shiftId);
    expect(shifts[String(item.shiftId)]?.status).toBe('closed');
  }
  expect(new Set(Object.values(syncItems).map((item) => item.idempotencyKey)).size).toBe(8);
  for (const contact of Object.values(contacts)) expect(contact.consultantId).toBe(CONSULTANT);
  expect(inflated.collections.users).toEqual(snapshot.collections.users);
});

it('leaves the original snapshot as it was', () => {
  const before = JSON.stringify(snapshot);
  inflateSnapshot(snapshot, 2, randomUUID);
  expect(JSON.stringify(snapshot)).toBe(before);
});
