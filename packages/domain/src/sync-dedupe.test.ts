import { describe, expect, it } from 'vitest';
import { classifySyncBatch, indexAcceptedItems } from './sync-dedupe.js';

interface Accepted {
  readonly idempotencyKey: string;
  readonly contactId: string;
  readonly acceptedAt: string;
}

const held = indexAcceptedItems<Accepted>([
  { idempotencyKey: 'k1', contactId: 'c1', acceptedAt: 'first' },
  { idempotencyKey: 'k2', contactId: 'c2', acceptedAt: 'first' },
  { idempotencyKey: 'k1', contactId: 'c9', acceptedAt: 'later (ignored)' },
]);

describe('sync batch deduplication', () => {
  it('marks unseen keys and contacts as new', () => {
    expect(classifySyncBatch([{ idempotencyKey: 'k3', contactId: 'c3' }], held)).toEqual([
      { status: 'new', item: { idempotencyKey: 'k3', contactId: 'c3' } },
    ]);
  });

  it('points a key accepted earlier to its first acceptance', () => {
    const [only] = classifySyncBatch([{ idempotencyKey: 'k1', contactId: 'c1' }], held);
    expect(only).toEqual({
      status: 'already_accepted',
      item: { idempotencyKey: 'k1', contactId: 'c1' },
      first: { idempotencyKey: 'k1', contactId: 'c1', acceptedAt: 'first' },
    });
  });

  it('marks the same contact under another key as a duplicate of the first acceptance', () => {
    const [only] = classifySyncBatch([{ idempotencyKey: 'k-new', contactId: 'c2' }], held);
    expect(only).toMatchObject({ status: 'contact_already_accepted', first: { idempotencyKey: 'k2' } });
  });

  it('rejects a key accepted earlier for another contact as idempotency_key_reused', () => {
    const [only] = classifySyncBatch([{ idempotencyKey: 'k2', contactId: 'c7' }], held);
    expect(only).toMatchObject({
      status: 'key_reused',
      code: 'idempotency_key_reused',
      first: { contactId: 'c2' },
    });
  });

  it('marks repeats inside one batch against their first occurrence', () => {
    const batch = [
      { idempotencyKey: 'k5', contactId: 'c5' },
      { idempotencyKey: 'k5', contactId: 'c5' },
      { idempotencyKey: 'k6', contactId: 'c5' },
      { idempotencyKey: 'k5', contactId: 'c6' },
      { idempotencyKey: 'k7', contactId: 'c7' },
    ];
    expect(
      classifySyncBatch(batch, held).map((c) => [c.status, 'firstIndex' in c ? c.firstIndex : null]),
    ).toEqual([
      ['new', null],
      ['repeated_in_batch', 0],
      ['repeated_in_batch', 0],
      ['key_reused_in_batch', 0],
      ['new', null],
    ]);
  });

  it('prefers what the server holds over an earlier item of the batch', () => {
    const batch = [
      { idempotencyKey: 'k1', contactId: 'c1' },
      { idempotencyKey: 'k1', contactId: 'c1' },
    ];
    expect(classifySyncBatch(batch, held).map((c) => c.status)).toEqual([
      'already_accepted',
      'already_accepted',
    ]);
  });

  it('classifies every item, in order, with no state kept between calls', () => {
    const batch = [{ idempotencyKey: 'k8', contactId: 'c8' }];
    expect(classifySyncBatch(batch, held)).toEqual(classifySyncBatch(batch, held));
    expect(classifySyncBatch([], held)).toEqual([]);
  });
});
