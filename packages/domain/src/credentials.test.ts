import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCredentialSpacing, normaliseLogin } from './credentials.js';

describe('credentials', () => {
  it.each([
    ['aset.k', 'aset.k'],
    ['Aset.K', 'aset.k'],
    ['  ASET.K\t', 'aset.k'],
  ])('counts the login %j as %j for the lockout', (login, normalised) => {
    expect(normaliseLogin(login)).toBe(normalised);
  });

  it('maps every case and spacing variant of a login to one lockout key', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9._]{0,20}$/),
        fc.array(fc.boolean(), { minLength: 22, maxLength: 22 }),
        fc.constantFrom('', ' ', '  ', '\t'),
        (login, upper, pad) => {
          const variant = pad + [...login].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('') + pad;
          expect(normaliseLogin(variant)).toBe(login);
        },
      ),
    );
  });

  it.each([
    [{ login: 'aset.k', password: 'secret pass' }, { ok: true }],
    [
      { login: ' aset.k', password: 'secret' },
      { ok: false, code: 'credentials_have_spaces', fields: ['login'] },
    ],
    [
      { login: 'aset.k', password: 'secret\u00a0' },
      { ok: false, code: 'credentials_have_spaces', fields: ['password'] },
    ],
    [
      { login: 'aset.k\n', password: '\tsecret' },
      { ok: false, code: 'credentials_have_spaces', fields: ['login', 'password'] },
    ],
  ])('checks %j for spaces around the fields', (credentials, result) => {
    expect(checkCredentialSpacing(credentials)).toEqual(result);
  });
});
