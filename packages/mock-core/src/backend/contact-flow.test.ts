import { expect, it } from 'vitest';
import { atWork, CONSUMER_PHONE, contactAt } from '../test-support/flows.js';
import { harness } from '../test-support/harness.js';

it('registers a contact through every step to submitted, each answer conforming to the contract', async () => {
  const h = harness();
  const work = await atWork(h);
  const id = await contactAt(h, work, 'submitted');
  const contact = await h.call('GET', `/contacts/${id}`, { token: work.token });
  expect(contact.body.step).toBe('submitted');
  expect(contact.body.consumer.phone).toBe(CONSUMER_PHONE);
  expect(contact.body.allowedActions).toEqual([]);
});
