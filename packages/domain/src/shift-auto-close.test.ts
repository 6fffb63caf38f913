import { describe, expect, it } from 'vitest';
import { autoCloseAt, isAutoCloseDue } from './shift-auto-close.js';

const DAY = '2026-11-24';

describe('automatic close at the end of the day', () => {
  it('closes a shift left open at local midnight', () => {
    expect(autoCloseAt(DAY).toISOString()).toBe('2026-11-24T19:00:00.000Z');
  });

  it.each([
    ['in_progress', '2026-11-24T18:59:59.999Z', false],
    ['in_progress', '2026-11-24T19:00:00.000Z', true],
    ['planned', '2026-11-25T00:00:00.000Z', false],
    ['closed', '2026-11-25T00:00:00.000Z', false],
  ] as const)('decides for a %s shift at %s: %s', (status, now, due) => {
    expect(isAutoCloseDue({ status, date: DAY }, new Date(now))).toBe(due);
  });
});
