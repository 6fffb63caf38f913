import { expect, it } from 'vitest';
import { randomUuid } from '../backend/random-ids.js';
import { atWork, CONSUMER, contactAt, DETAILS } from '../test-support/flows.js';
import { harness } from '../test-support/harness.js';

type Harness = ReturnType<typeof harness>;

/** Uploads one contact of a shift under `key`; returns the answer's item status. */
async function upload(h: Harness, work: Awaited<ReturnType<typeof atWork>>, contactId: string, key: string) {
  const answer = await h.call('POST', `/shifts/${work.shiftId}/sync`, {
    token: work.token,
    body: {
      items: [
        {
          idempotencyKey: key,
          contactId,
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
  return answer.body.results[0].status as string;
}

it('lists the items the server accepted, one per key: a duplicate and a rejection add none', async () => {
  const h = harness();
  const work = await atWork(h);
  const contactId = await contactAt(h, work, 'opened');
  const key = randomUuid();
  expect(await upload(h, work, contactId, key)).toBe('accepted');
  expect(await upload(h, work, contactId, key)).toBe('duplicate');
  expect(await upload(h, work, contactId, randomUuid())).toBe('duplicate');
  expect(await upload(h, work, randomUuid(), randomUuid())).toBe('rejected');
  expect(h.admin.syncItems()).toEqual([
    { idempotencyKey: key, contactId, shiftId: work.shiftId, acceptedAt: '2026-11-24T03:30:00.000Z' },
  ]);
});

it('lists the items of one shift when asked, of every shift otherwise, oldest acceptance first', async () => {
  const h = harness();
  const [first, second] = h.admin.createTeam({ consultants: 2 }).consultants;
  const aWork = await atWork(h, first?.login);
  const bWork = await atWork(h, second?.login);
  const aContact = await contactAt(h, aWork, 'opened');
  const bContact = await contactAt(h, bWork, 'opened');
  const aKey = randomUuid();
  const bKey = randomUuid();
  await upload(h, bWork, bContact, bKey);
  h.admin.advanceClock(60_000);
  await upload(h, aWork, aContact, aKey);

  expect(h.admin.syncItems({ shiftId: aWork.shiftId })).toEqual([
    {
      idempotencyKey: aKey,
      contactId: aContact,
      shiftId: aWork.shiftId,
      acceptedAt: '2026-11-24T03:31:00.000Z',
    },
  ]);
  expect(h.admin.syncItems().map((item) => item.idempotencyKey)).toEqual([bKey, aKey]);
  expect(h.admin.syncItems({ shiftId: randomUuid() })).toEqual([]);
});

it('shows only the key, the contact, the shift and when: not the uploaded record', async () => {
  const h = harness();
  const work = await atWork(h);
  await upload(h, work, await contactAt(h, work, 'opened'), randomUuid());
  expect(Object.keys(h.admin.syncItems()[0] ?? {}).sort()).toEqual([
    'acceptedAt',
    'contactId',
    'idempotencyKey',
    'shiftId',
  ]);
});
