import { checkAppVersion } from '@icontact/domain';
import { expect, test } from 'vitest';
import { createAppVersionGate } from './app-version-gate.js';

const cases = [
  ['tablet', '3.2.0', '3.0.0'],
  ['tablet', '2.9.9', '3.0.0'],
  ['tablet', undefined, '3.0.0'],
  ['tablet', 'banana', '3.0.0'],
  ['web', undefined, '3.0.0'],
  ['tablet', '3.2.0', '4.0.0'],
] as const;

test('a remembered version check gives the verdict checkAppVersion gives, asked once or many times', () => {
  const gate = createAppVersionGate();
  for (let round = 0; round < 3; round += 1) {
    for (const [clientKind, appVersion, minimumVersion] of cases) {
      expect(gate(clientKind, appVersion, minimumVersion)).toEqual(
        checkAppVersion({ clientKind, appVersion, minimumVersion }),
      );
    }
  }
});

test('the version gate still answers right once it has seen more versions than it remembers', () => {
  const gate = createAppVersionGate();
  for (let patch = 0; patch < 200; patch += 1) {
    expect(gate('tablet', `2.0.${patch}`, '2.0.100').ok).toBe(patch >= 100);
  }
});
