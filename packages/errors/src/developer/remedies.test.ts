import { expect, it } from 'vitest';
import { ERROR_CODES } from '../codes.js';
import { DEVELOPER_REMEDIES, developerRemedy } from './index.js';

it('gives every code of the catalogue a developer remedy, and no other key', () => {
  expect(Object.keys(DEVELOPER_REMEDIES).sort()).toEqual([...ERROR_CODES].sort());
  for (const code of ERROR_CODES) expect(developerRemedy(code).trim(), code).not.toBe('');
});

it('refuses a code the catalogue does not have', () => {
  expect(() => developerRemedy('no_such_code' as never)).toThrow(RangeError);
});
