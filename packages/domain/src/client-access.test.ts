import { describe, expect, it } from 'vitest';
import {
  CLIENT_KINDS,
  type ClientKind,
  checkClientAccess,
  parseClientKind,
  type Role,
} from './client-access.js';

describe('client access', () => {
  it.each<[Role, ClientKind, boolean]>([
    ['consultant', 'tablet', true],
    ['consultant', 'web', false],
    ['consultant', 'phone', false],
    ['consultant', 'other', false],
    ['supervisor', 'tablet', true],
    ['supervisor', 'web', true],
    ['supervisor', 'phone', false],
    ['supervisor', 'other', false],
  ])('lets a %s on %s in: %s', (role, kind, allowed) => {
    const result = checkClientAccess(role, kind);
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.code).toBe('access_closed');
  });

  it('tells a refused consultant the one client kind open to them', () => {
    expect(checkClientAccess('consultant', 'web')).toEqual({
      ok: false,
      code: 'access_closed',
      allowedKinds: ['tablet'],
    });
  });

  it.each([...CLIENT_KINDS])('reads the header value %s as itself', (kind) => {
    expect(parseClientKind(kind)).toBe(kind);
  });

  it.each([undefined, null, '', 'Tablet', ' tablet', 'android'])(
    'reads the header value %j as other',
    (header) => {
      expect(parseClientKind(header)).toBe('other');
    },
  );
});
