import { ScenarioFileError } from '@icontact/faults';
import { expect, it } from 'vitest';
import { parseScenarioFile } from './parse-scenario-file.js';

const minimal = `name: ok
team:
  consultants:
    - login: mk.one
      script: [{ do: login }]
expect:
  - { that: everyContactOnce }
`;

function problemsOf(text: string): string[] {
  try {
    parseScenarioFile(text, 'bad.yaml');
  } catch (error) {
    if (error instanceof ScenarioFileError)
      return error.message
        .split('\n')
        .slice(1)
        .map((line) => line.trim());
    throw error;
  }
  throw new Error('the file was accepted');
}

it('reads a minimal scenario with every default filled in', () => {
  const scenario = parseScenarioFile(minimal, 'ok.yaml');
  expect(scenario.clock).toEqual({ start: '2026-11-24T03:30:00Z', speed: 0 });
  expect(scenario.team.supervisors).toEqual([{ login: 'sv.nurlan', script: [] }]);
  expect(scenario.team.consultants[0]?.device).toEqual({ appVersion: '3.2.0', clientKind: 'tablet' });
  expect(scenario.sdkRetry.maxRetryAfterSeconds).toBe(0);
});

it('turns a fault window written in Almaty time into instants on the clock day', () => {
  const scenario = parseScenarioFile(
    `${minimal}faults:\n  - { id: k, kind: kompra_down, target: { window: { from: "13:00", to: "13:40" } } }\n`,
    'ok.yaml',
  );
  expect(scenario.faults[0]?.target.window).toEqual({
    from: '2026-11-24T08:00:00.000Z',
    to: '2026-11-24T08:40:00.000Z',
  });
});

it.each([
  [
    'a misspelt step field',
    minimal.replace('{ do: login }', '{ do: login, attempt: 3 }'),
    'bad.yaml:5:38 team.consultants[0].script[0].attempt: unknown field "attempt"',
  ],
  [
    'an unknown step',
    minimal.replace('{ do: login }', '{ do: dance }'),
    'bad.yaml:5:22 team.consultants[0].script[0].do: expected a step with `do`',
  ],
  [
    'a code the catalogue does not have',
    minimal.replace('{ that: everyContactOnce }', '{ that: sees, code: kompra_down }'),
    'bad.yaml:7:25 expect[0].code: "kompra_down" is not a catalogue code',
  ],
  [
    'an expectation about a stranger',
    minimal.replace('{ that: everyContactOnce }', '{ that: shiftClosed, consultant: mk.two }'),
    'bad.yaml:7:38 expect[0].consultant: "mk.two" is not a consultant of the team (mk.one)',
  ],
  [
    'a fault without an id',
    `${minimal}faults:\n  - { kind: refuse }\n`,
    'bad.yaml:9:5 faults[0].id: give every fault of a QA scenario an `id`',
  ],
  [
    'a fault the faults package refuses',
    `${minimal}faults:\n  - { id: p, kind: http, status: 502, code: bad_gateway, target: { probability: 2 } }\n`,
    'bad.yaml:9:81 faults[0].target.probability: Too big: expected number to be <=1',
  ],
  [
    'a time that is not one',
    minimal.replace('{ do: login }', '{ do: login, at: "25:00" }'),
    'script[0].at: expected a time of day',
  ],
  ['broken YAML', 'name: [unclosed\nteam: 1\n', 'bad.yaml:2:1 (root): Flow sequence'],
])('refuses %s, naming the file, line, column and path', (_name, text, problem) => {
  const problems = problemsOf(text);
  expect(problems.some((line) => line.startsWith(problem) || line.includes(problem))).toBe(true);
});
