import { describe, expect, it } from 'vitest';
import { type EmailFailureReason, validateResetEmail } from './email.js';

describe('password-reset email', () => {
  it.each([
    'aset@mail.kz',
    'aset.k@gmail.com',
    'Aset.K+reset@Mail.KZ',
    'a_s-e.t@sub.domain.kz',
    'consultant42@icontact.kz',
  ])('accepts %s as given', (email) => {
    expect(validateResetEmail(email)).toEqual({ ok: true, email });
  });

  it.each<[string, string, EmailFailureReason]>([
    ['empty', '', 'empty'],
    ['a space before', ' aset@mail.kz', 'spaces'],
    ['a space after', 'aset@mail.kz ', 'spaces'],
    ['a non-breaking space after', 'aset@mail.kz\u00a0', 'spaces'],
    ['a space inside', 'aset @mail.kz', 'spaces'],
    ['a quoted local part with a space', '"a set"@mail.kz', 'spaces'],
    ['a typo after @: no dot', 'aset@mailkz', 'syntax'],
    ['a typo after @: a comma', 'aset@mail,kz', 'syntax'],
    ['a typo after @: two dots', 'aset@mail..kz', 'syntax'],
    ['a typo after @: a trailing dot', 'aset@mail.kz.', 'syntax'],
    ['two @', 'aset@@mail.kz', 'syntax'],
    ['no @', 'aset.mail.kz', 'syntax'],
    ['nothing before @', '@mail.kz', 'syntax'],
    ['a one-letter top-level domain', 'aset@mail.k', 'syntax'],
    ['a domain starting with a hyphen', 'aset@-mail.kz', 'syntax'],
    ['an IP-literal domain', 'aset@[10.0.0.1]', 'syntax'],
    ['a display name', 'Aset<aset@mail.kz>', 'syntax'],
    ['a quoted local part', '"aset"@mail.kz', 'syntax'],
    ['a Cyrillic local part', 'асет@mail.kz', 'syntax'],
    ['a local part of 65 characters', `${'a'.repeat(65)}@mail.kz`, 'syntax'],
  ])('refuses %s', (_name, email, reason) => {
    expect(validateResetEmail(email)).toEqual({ ok: false, code: 'invalid_email', reason });
  });
});
