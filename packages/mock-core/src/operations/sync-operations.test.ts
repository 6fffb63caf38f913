import { expect, it } from 'vitest';
import { randomUuid } from '../backend/random-ids.js';
import { atWork, CONSUMER, contactAt, DETAILS } from '../test-support/flows.js';
import { harness } from '../test-support/harness.js';

async function shiftWithContacts(count: number) {
  const h = harness();
  const work = await atWork(h);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) ids.push(await contactAt(h, work, 'opened'));
  const item = (contactId: string, key = randomUuid()) => ({
    idempotencyKey: key,
    contactId,
    recordedAt: '2026-11-24T03:35:00.000Z',
    contact: { activityTypeId: work.activityTypeId, step: 'submitted', consumer: CONSUMER, details: DETAILS },
  });
  const sync = (items: unknown[]) =>
    h.call('POST', `/shifts/${work.shiftId}/sync`, { token: work.token, body: { items } });
  return { h, work, ids, item, sync };
}

it('accepts new items, answers a repeated key or the same contact under another key as duplicate', async () => {
  const { h, work, ids, item, sync } = await shiftWithContacts(2);
  const first = item(ids[0] as string);
  const answer = await sync([first, item(ids[1] as string)]);
  expect(answer.body.summary).toEqual({ accepted: 2, duplicate: 0, rejected: 0 });
  const again = await sync([first, item(ids[0] as string)]);
  expect(again.body.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
  expect(h.admin.duplicatesRefused()).toBe(2);
  expect(h.admin.contacts({ shiftId: work.shiftId }).map((c) => c.step)).toEqual(['submitted', 'submitted']);
  const status = await h.call('GET', `/shifts/${work.shiftId}/sync`, { token: work.token });
  expect(status.body).toMatchObject({
    accepted: 2,
    duplicate: 2,
    rejected: 0,
    finalSync: { status: 'pending' },
  });
  expect(status.body.acceptedKeys).toContain(first.idempotencyKey);
});

it.each([
  [
    'an unknown contact',
    (item: (id: string) => Record<string, unknown>) => item(randomUuid()),
    'contact_not_found',
  ],
  [
    'an activity the project does not allow',
    (item: (id: string) => Record<string, unknown>, id: string) => ({
      ...item(id),
      contact: { ...(item(id).contact as object), activityTypeId: randomUuid() },
    }),
    'activity_not_in_project',
  ],
  [
    'a malformed ИИН',
    (item: (id: string) => Record<string, unknown>, id: string) => ({
      ...item(id),
      contact: { ...(item(id).contact as object), consumer: { ...CONSUMER, iin: '123' } },
    }),
    'iin_invalid',
  ],
  [
    'a missing field',
    (item: (id: string) => Record<string, unknown>, id: string) => ({ ...item(id), recordedAt: undefined }),
    'validation_failed',
  ],
])('rejects an item with %s, on its own, without failing the batch', async (_name, make, code) => {
  const { ids, item, sync } = await shiftWithContacts(2);
  const answer = await sync([make(item, ids[0] as string), item(ids[1] as string)]);
  expect(answer.status).toBe(200);
  expect(answer.body.results[0]).toMatchObject({ status: 'rejected', code });
  expect(answer.body.results[1].status).toBe('accepted');
});

it('rejects a key reused for another contact with idempotency_key_reused, never as duplicate', async () => {
  const { ids, item, sync } = await shiftWithContacts(2);
  const key = randomUuid();
  await sync([item(ids[0] as string, key)]);
  const answer = await sync([item(ids[1] as string, key)]);
  expect(answer.body.results[0]).toMatchObject({ status: 'rejected', code: 'idempotency_key_reused' });
});

it.each([
  ['an empty batch', { items: [] }],
  ['items that are not a list', { items: 'everything' }],
  ['no items at all', { contacts: [] }],
])('refuses %s with sync_bad_request (guide #19)', async (_name, body) => {
  const { h, work } = await shiftWithContacts(0);
  const answer = await h.call('POST', `/shifts/${work.shiftId}/sync`, { token: work.token, body });
  expect(answer).toMatchObject({ status: 400, body: { code: 'sync_bad_request' } });
});

it('refuses more items than the batch limit with sync_batch_too_large', async () => {
  const { h, work, item } = await shiftWithContacts(0);
  const items = Array.from({ length: 101 }, () => item(randomUuid()));
  const answer = await h.call('POST', `/shifts/${work.shiftId}/sync`, { token: work.token, body: { items } });
  expect(answer).toMatchObject({ status: 413, body: { code: 'sync_batch_too_large' } });
});

it('completes the final sync only when every key of the manifest is held, then closes correctly', async () => {
  const { h, work, ids, item, sync } = await shiftWithContacts(1);
  const held = item(ids[0] as string);
  const lost = randomUuid();
  await sync([held]);
  const final = (manifest: string[]) =>
    h.call('POST', `/shifts/${work.shiftId}/sync/final`, { token: work.token, body: { manifest } });
  const incomplete = await final([held.idempotencyKey, lost]);
  expect(incomplete).toMatchObject({ status: 409, body: { code: 'final_sync_incomplete', missing: [lost] } });
  const complete = await final([held.idempotencyKey]);
  expect(complete.body).toMatchObject({
    shiftId: work.shiftId,
    contacts: 1,
    completedAt: '2026-11-24T03:30:00.000Z',
  });
  const closed = await h.call('POST', `/shifts/${work.shiftId}/close`, { token: work.token });
  expect(closed.body.finalSync).toEqual({ status: 'completed', completedAt: '2026-11-24T03:30:00.000Z' });
});

it('allows sync and close while the shift is in progress, whatever the hour', async () => {
  const { h, work, ids, item } = await shiftWithContacts(1);
  h.backend.clock.set('2026-11-24T12:30:00Z'); // after the planned end, before local midnight
  const token = await h.login('mk.aigerim');
  const answer = await h.call('POST', `/shifts/${work.shiftId}/sync`, {
    token,
    body: { items: [item(ids[0] as string)] },
  });
  expect(answer.body.summary.accepted).toBe(1);
});

it('names on a close the keys of the last final sync the server still lacks', async () => {
  const { h, work, ids, item, sync } = await shiftWithContacts(2);
  const first = item(ids[0] as string);
  const second = item(ids[1] as string);
  await sync([first]);
  const final = (manifest: string[]) =>
    h.call('POST', `/shifts/${work.shiftId}/sync/final`, { token: work.token, body: { manifest } });
  const close = () => h.call('POST', `/shifts/${work.shiftId}/close`, { token: work.token });
  const never = await close();
  expect(never).toMatchObject({ status: 409, body: { code: 'final_sync_incomplete', missing: [] } });
  await final([first.idempotencyKey, second.idempotencyKey]);
  const refused = await close();
  expect(refused).toMatchObject({
    status: 409,
    body: { code: 'final_sync_incomplete', missing: [second.idempotencyKey], missingContacts: [] },
  });
  await sync([second]);
  expect((await close()).body).toMatchObject({ code: 'final_sync_incomplete', missing: [] });
  expect((await final([first.idempotencyKey, second.idempotencyKey])).status).toBe(200);
  expect((await close()).status).toBe(200);
});

it('does not complete a final sync with an empty manifest while a contact submitted online was never uploaded (decision 0004)', async () => {
  const h = harness();
  const work = await atWork(h);
  const submitted = await contactAt(h, work, 'submitted');
  const final = (manifest: string[]) =>
    h.call('POST', `/shifts/${work.shiftId}/sync/final`, { token: work.token, body: { manifest } });
  const empty = await final([]);
  expect(empty).toMatchObject({
    status: 409,
    body: { code: 'final_sync_incomplete', missing: [], missingContacts: [submitted] },
  });
  const close = await h.call('POST', `/shifts/${work.shiftId}/close`, { token: work.token });
  expect(close).toMatchObject({ status: 409, body: { missingContacts: [submitted] } });
  const key = randomUuid();
  const uploaded = await h.call('POST', `/shifts/${work.shiftId}/sync`, {
    token: work.token,
    body: {
      items: [
        {
          idempotencyKey: key,
          contactId: submitted,
          recordedAt: '2026-11-24T03:35:00.000Z',
          contact: {
            activityTypeId: work.activityTypeId,
            step: 'submitted',
            consumer: CONSUMER,
            details: DETAILS,
          },
        },
      ],
    },
  });
  expect(uploaded.body.results[0]).toMatchObject({ status: 'accepted' });
  expect((await final([key])).status).toBe(200);
  const closed = await h.call('POST', `/shifts/${work.shiftId}/close`, { token: work.token });
  expect(closed).toMatchObject({ status: 200, body: { status: 'closed' } });
});

it('completes the final sync of a shift restored from a snapshot written before contacts carried their upload mark', async () => {
  const { h, work, ids, item, sync } = await shiftWithContacts(3);
  const items = ids.map((id) => item(id));
  expect((await sync(items)).body.summary).toMatchObject({ accepted: 3 });
  expect(h.admin.contacts({ shiftId: work.shiftId }).some((contact) => 'uploadedAt' in contact)).toBe(false);
  const snapshot = h.admin.snapshot();
  const contacts = Object.values(snapshot.collections.contacts ?? {});
  expect(contacts.filter((contact) => 'uploadedAt' in contact)).toHaveLength(3);
  const older = Object.fromEntries(
    contacts.map(({ uploadedAt: _new, ...contact }) => [contact.id as string, contact]),
  );
  h.admin.restore({ ...snapshot, collections: { ...snapshot.collections, contacts: older } });
  const final = await h.call('POST', `/shifts/${work.shiftId}/sync/final`, {
    token: work.token,
    body: { manifest: items.map((i) => i.idempotencyKey) },
  });
  expect(final).toMatchObject({ status: 200, body: { contacts: 3 } });
});
