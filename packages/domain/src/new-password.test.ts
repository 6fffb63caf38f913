import { expect, it } from 'vitest';
import { type WeakPasswordReason, weakPasswordReasons } from './new-password.js';

const cases: [string, { given: string; want: WeakPasswordReason[] }][] = [
  ['a good password', { given: 'Passw0rd!', want: [] }],
  ['exactly 8 characters', { given: 'abcdefg1', want: [] }],
  ['7 characters', { given: 'abcdef1', want: ['too_short'] }],
  ['129 characters', { given: 'a'.repeat(129), want: ['too_long'] }],
  ['128 characters', { given: 'a'.repeat(128), want: [] }],
  ['a space before', { given: ' Passw0rd!', want: ['surrounding_spaces'] }],
  ['a tab after', { given: 'Passw0rd!\t', want: ['surrounding_spaces'] }],
  ['a space inside', { given: 'Pass w0rd!', want: [] }],
  ['all digits', { given: '12345678', want: ['all_digits'] }],
  ['short and all digits', { given: '1234', want: ['too_short', 'all_digits'] }],
  ['Cyrillic letters counted as characters', { given: 'пароль12', want: [] }],
  ['astral characters counted once each', { given: '😀😀😀😀😀😀😀', want: ['too_short'] }],
];

it.each(cases)('judges %s', (_name, { given, want }) => {
  expect(weakPasswordReasons(given)).toEqual(want);
});
