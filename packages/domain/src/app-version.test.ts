import fc from 'fast-check';
import semverCompare from 'semver/functions/compare.js';
import semverParse from 'semver/functions/parse.js';
import { describe, expect, it } from 'vitest';
import {
  type AppVersionFailureReason,
  checkAppVersion,
  compareAppVersions,
  parseAppVersion,
} from './app-version.js';

describe('app version', () => {
  it.each([
    ['3.0.0', '3.0.0'],
    ['10.2.33', '10.2.33'],
    ['3.1.0-beta.2', '3.1.0-beta.2'],
    ['3.1.0+build.7', '3.1.0'],
  ])('parses %s as %s', (raw, version) => {
    expect(parseAppVersion(raw)).toBe(version);
  });

  it.each([
    undefined,
    null,
    '',
    '3',
    '3.0',
    'v3.0.0',
    '=3.0.0',
    ' 3.0.0',
    '3.0.0 ',
    '03.0.0',
    '3.0.0.1',
    'latest',
  ])('does not parse %j', (raw) => {
    expect(parseAppVersion(raw)).toBeNull();
  });

  it.each([
    ['2.9.9', '3.0.0', -1],
    ['3.0.0', '3.0.0', 0],
    ['3.0.10', '3.0.9', 1],
    ['3.10.0', '3.9.0', 1],
    ['3.1.0-beta.2', '3.1.0', -1],
    ['3.1.0+a', '3.1.0+b', 0],
  ])('compares %s with %s as %i', (a, b, order) => {
    expect(compareAppVersions(a, b)).toBe(order);
  });

  it('compares numerically, part by part, as a tuple', () => {
    const part = fc.integer({ min: 0, max: 999 });
    fc.assert(
      fc.property(fc.tuple(part, part, part), fc.tuple(part, part, part), (a, b) => {
        const tupleOrder = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
        expect(compareAppVersions(a.join('.'), b.join('.'))).toBe(Math.sign(tupleOrder));
      }),
    );
  });

  it('refuses to compare something that is not a version', () => {
    expect(() => compareAppVersions('3.0', '3.0.0')).toThrow(RangeError);
  });

  it.each<[string | null | undefined, AppVersionFailureReason]>([
    [undefined, 'missing'],
    [null, 'missing'],
    ['', 'missing'],
    ['3.0', 'unparseable'],
    ['v3.1.0', 'unparseable'],
    ['2.99.99', 'below_minimum'],
    ['3.0.0-rc.1', 'below_minimum'],
  ])('refuses a tablet with version %j as %s', (appVersion, reason) => {
    expect(checkAppVersion({ clientKind: 'tablet', appVersion })).toEqual({
      ok: false,
      code: 'app_version_outdated',
      reason,
      minimumVersion: '3.0.0',
    });
  });

  it.each(['3.0.0', '3.0.1', '4.0.0', '3.0.0+build.1'])('accepts a tablet with version %s', (appVersion) => {
    expect(checkAppVersion({ clientKind: 'tablet', appVersion })).toEqual({ ok: true });
  });

  it('applies a configured minimum version', () => {
    expect(
      checkAppVersion({ clientKind: 'tablet', appVersion: '3.4.9', minimumVersion: '3.5.0' }),
    ).toMatchObject({
      ok: false,
      reason: 'below_minimum',
      minimumVersion: '3.5.0',
    });
    expect(checkAppVersion({ clientKind: 'tablet', appVersion: '3.5.0', minimumVersion: '3.5.0' })).toEqual({
      ok: true,
    });
  });

  it.each(['web', 'phone', 'other'] as const)('does not check the version of a %s client', (clientKind) => {
    expect(checkAppVersion({ clientKind, appVersion: undefined })).toEqual({ ok: true });
  });

  it('throws on a misconfigured minimum version', () => {
    expect(() =>
      checkAppVersion({ clientKind: 'tablet', appVersion: '3.0.0', minimumVersion: 'three' }),
    ).toThrow(RangeError);
  });
});

describe('app version against node-semver', () => {
  const numeric = fc.oneof(fc.constantFrom('0', '1', '2', '10', '01'), fc.nat({ max: 30 }).map(String));
  const identifier = fc.oneof(numeric, fc.constantFrom('alpha', 'beta', 'rc', 'a-1', 'x', '0a', '-', ''));
  const version = fc
    .tuple(
      fc.tuple(numeric, numeric, numeric),
      fc.option(fc.array(identifier, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      fc.option(fc.constantFrom('build.7', '001', 'x-y'), { nil: undefined }),
    )
    .map(
      ([core, pre, build]) =>
        `${core.join('.')}${pre === undefined ? '' : `-${pre.join('.')}`}${build === undefined ? '' : `+${build}`}`,
    );

  it('parses exactly what node-semver parses strictly, to the same version', () => {
    fc.assert(
      fc.property(version, (raw) => {
        expect(parseAppVersion(raw)).toBe(semverParse(raw)?.version ?? null);
      }),
      { numRuns: 2000 },
    );
  });

  it('orders versions as node-semver does', () => {
    const valid = version.filter((raw) => semverParse(raw) !== null);
    fc.assert(
      fc.property(valid, valid, (a, b) => {
        expect(compareAppVersions(a, b)).toBe(semverCompare(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
