import { describe, expect, it } from 'vitest';
import { checkFinalSync } from './final-sync.js';

describe('final sync', () => {
  it('is complete when the server holds every key of the manifest', () => {
    expect(checkFinalSync(['k1', 'k2'], new Set(['k1', 'k2', 'k-other']))).toEqual({ complete: true });
  });

  it('is complete for a shift with no contacts', () => {
    expect(checkFinalSync([], new Set())).toEqual({ complete: true });
  });

  it('lists the missing keys once each, in manifest order, with final_sync_incomplete', () => {
    expect(checkFinalSync(['k3', 'k1', 'k2', 'k3'], new Map([['k1', {}]]))).toEqual({
      complete: false,
      code: 'final_sync_incomplete',
      missing: ['k3', 'k2'],
    });
  });
});
