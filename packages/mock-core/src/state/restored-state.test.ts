import { expect, it } from 'vitest';
import type { StoreSnapshot } from '../store/store.js';
import { atWork, CONSUMER, CONSUMER_PHONE, contactAt } from '../test-support/flows.js';
import { harness } from '../test-support/harness.js';

/** A day's state taken from one backend, as JSON: a snapshot holds records only, never their indexes. */
async function dayOnAnotherBackend() {
  const h = harness();
  const work = await atWork(h);
  const contactId = await contactAt(h, work, 'sms_sent');
  const itemContactId = await contactAt(h, work, 'opened');
  const item = {
    idempotencyKey: '6b0f3c1e-6a43-4c8e-9d56-1c7f3b1a2e10',
    contactId: itemContactId,
    recordedAt: '2026-11-24T03:40:00.000Z',
    contact: { activityTypeId: work.activityTypeId, step: 'submitted', consumer: CONSUMER },
  };
  const synced = await h.call('POST', `/shifts/${work.shiftId}/sync`, {
    token: work.token,
    body: { items: [item] },
  });
  expect(synced.body.summary.accepted).toBe(1);
  const snapshot = JSON.parse(JSON.stringify(h.admin.snapshot())) as StoreSnapshot;
  return { snapshot, shiftId: work.shiftId, contactId, itemContactId, key: item.idempotencyKey };
}

it('finds what a restored snapshot holds: the login and its shift, the contacts, the SMS count, the sync items', async () => {
  const day = await dayOnAnotherBackend();
  expect(Object.keys(day.snapshot.collections).some((name) => name.startsWith('$'))).toBe(false);
  const h = harness({ seed: 7 });
  h.admin.restore(day.snapshot);
  const token = await h.login('mk.aigerim');
  const contacts = await h.call('GET', `/shifts/${day.shiftId}/contacts`, { token });
  // Both were opened on the frozen clock, so they come in id order.
  expect(contacts.body.items.map((contact: { id: string }) => contact.id)).toEqual(
    [day.contactId, day.itemContactId].sort(),
  );
  const quota = await h.call('GET', `/sms/quota/${encodeURIComponent(CONSUMER_PHONE)}`, { token });
  expect(quota.body).toMatchObject({ used: 1, remaining: 2 });
  const status = await h.call('GET', `/shifts/${day.shiftId}/sync`, { token });
  expect(status.body.acceptedKeys).toEqual([day.key]);
  const shifts = await h.call('GET', '/shifts', { token });
  expect(shifts.body.items.map((shift: { id: string }) => shift.id)).toEqual([day.shiftId]);
});

it('numbers the SMS captured after an older snapshot that had no counter on from its last one', async () => {
  const day = await dayOnAnotherBackend();
  const { sequences: _counter, ...meta } = day.snapshot.collections.meta ?? {};
  const h = harness();
  h.admin.restore({ ...day.snapshot, collections: { ...day.snapshot.collections, meta } });
  const token = await h.login('mk.aigerim');
  const work = { token, shiftId: day.shiftId, activityTypeId: '' };
  const started = await h.call('GET', `/shifts/${day.shiftId}`, { token });
  work.activityTypeId = started.body.project.activityTypes[0].id;
  await contactAt(h, work, 'sms_sent', { ...CONSUMER, phone: '+77011234568' });
  expect(h.admin.smsInbox().map((message) => message.seq)).toEqual([1, 2]);
});
