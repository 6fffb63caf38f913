import { expect, it } from 'vitest';
import { isStorageFullError } from './storage.js';

it.each([
  [
    'Node ENOSPC',
    Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
    true,
  ],
  ['Node EDQUOT', Object.assign(new Error('EDQUOT'), { code: 'EDQUOT' }), true],
  [
    'a browser QuotaExceededError',
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    true,
  ],
  [
    'Firefox NS_ERROR_DOM_QUOTA_REACHED',
    Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
    true,
  ],
  ['AsyncStorage on a full SQLite', new Error('database or disk is full (code 13 SQLITE_FULL)'), true],
  [
    'Realm out of memory',
    new Error('Unrecoverable error. mmap() failed: Out of memory size: 1073741824'),
    true,
  ],
  ['a permission error', Object.assign(new Error('EACCES'), { code: 'EACCES' }), false],
  ['a string', 'ENOSPC', false],
  ['null', null, false],
] as const)('recognises %s as storage full: %s', (_name, error, want) => {
  expect(isStorageFullError(error)).toBe(want);
});
