import { expect, it } from 'vitest';
import { parseScenario } from './scenario-file.js';
import { ScenarioFileError } from './scenario-file-error.js';
import { dotted, thrownBy } from './test-support.js';

const morningOutages = `# KOMPRA goes down for ten minutes after the first shifts start
name: morning outages
seed: 2026
clock:
  start: 2026-11-24T03:45:00Z
  speed: 60
faults:
  - id: kompra-outage
    kind: kompra_down
    target:
      window: { from: 2026-11-24T04:00:00Z, to: 2026-11-24T04:10:00Z }
  - kind: http
    status: 500
    code: sync_failed
    appCode: 101
    target: { operation: syncShift, attempt: 1 }
`;

it('parses a YAML scenario: name, seed, clock and faults with their defaults, instants kept as text', () => {
  const scenario = parseScenario(morningOutages, 'morning.yaml');
  expect(scenario).toEqual({
    name: 'morning outages',
    seed: 2026,
    clock: { start: '2026-11-24T03:45:00Z', speed: 60 },
    faults: [
      {
        id: 'kompra-outage',
        kind: 'kompra_down',
        timing: 'before',
        target: { window: { from: '2026-11-24T04:00:00Z', to: '2026-11-24T04:10:00Z' } },
      },
      {
        kind: 'http',
        status: 500,
        code: 'sync_failed',
        appCode: 101,
        timing: 'before',
        target: { operation: 'syncShift', attempt: 1 },
      },
    ],
  });
});

it('parses a JSON scenario, with a clock at speed 1 when none is given and no faults when none are listed', () => {
  expect(parseScenario('{"clock": {"start": "2026-11-24T04:00:00+05:00"}}', 'plain.json')).toEqual({
    clock: { start: '2026-11-24T04:00:00+05:00', speed: 1 },
    faults: [],
  });
});

const broken: [string, string, string, number, string][] = [
  [
    'a fault field out of range',
    'faults:\n  - kind: abort\n    target:\n      probability: 7\n',
    'faults.0.target.probability',
    4,
    '<=1',
  ],
  [
    'an unknown top-level field',
    'clock: { start: 2026-11-24T04:00:00Z }\nfualts: []\n',
    'fualts',
    2,
    'unknown field',
  ],
  ['a clock without a start', 'clock:\n  speed: 2\n', 'clock.start', 2, 'expected an ISO 8601 instant'],
  ['a negative clock speed', 'clock:\n  start: 2026-11-24T04:00:00Z\n  speed: -1\n', 'clock.speed', 3, '>=0'],
  [
    'a fault of an unknown kind',
    'faults:\n  - kind: abort\n  - kind: flood\n',
    'faults.1.kind',
    3,
    'expected a fault',
  ],
  [
    'two faults with one id',
    'faults:\n  - { id: twin, kind: abort }\n  - { id: twin, kind: refuse }\n',
    'faults.1.id',
    3,
    '"twin" is taken',
  ],
];

it.each(broken)('refuses %s, naming the file, the line and the path', (_name, text, path, line, message) => {
  const error = thrownBy(ScenarioFileError, () => parseScenario(text, 'qa/broken.yaml'));
  expect(error.file).toBe('qa/broken.yaml');
  const issue = error.issues.find((found) => dotted(found.path) === path);
  expect(issue?.message, JSON.stringify(error.issues)).toContain(message);
  expect(issue?.line).toBe(line);
  expect(error.message).toContain(`qa/broken.yaml:${line}:`);
  expect(error).toMatchObject({ code: 'validation_failed', retryable: false });
});

it('refuses text that is not YAML, with the line of the syntax error', () => {
  const error = thrownBy(ScenarioFileError, () =>
    parseScenario('faults:\n  - kind: abort\n   bad: [\n', 'bad.yaml'),
  );
  expect(error.issues[0]?.line).toBeGreaterThanOrEqual(2);
  expect(error.message).toMatch(/^Invalid scenario file bad\.yaml:\n {2}bad\.yaml:\d+:\d+ /);
});

it('refuses a key given twice, as YAML does', () => {
  const error = thrownBy(ScenarioFileError, () => parseScenario('seed: 1\nseed: 2\n', 'twice.yaml'));
  expect(error.issues[0]).toMatchObject({ line: 2, message: expect.stringContaining('unique') });
});

it('refuses an empty file: a scenario is a mapping', () => {
  const error = thrownBy(ScenarioFileError, () => parseScenario('', 'empty.yaml'));
  expect(error.issues[0]?.message).toContain('expected object');
});
