import { expect, it } from 'vitest';
import { parseScenarioFile } from '../scenario/parse-scenario-file.js';
import { runScenario } from './run-scenario.js';

const day = (expect: string): string => `
name: a wrong expectation
seed: 5
team:
  consultants:
    - login: mk.wrong
      shift: { start: "09:00", end: "11:00" }
      script:
        - { do: login, at: "08:50" }
        - { do: start, at: "09:00" }
        - { do: register, count: 2 }
        - { do: close, at: "11:00" }
expect:
${expect}
`;

it.each([
  [
    'a contact count the run does not reach',
    '  - { that: contactsOnServer, submitted: 3 }',
    '2 submitted, 0 refused',
  ],
  [
    'an error nobody sees',
    '  - { that: sees, consultant: mk.wrong, code: kompra_unavailable }',
    'mk.wrong never saw it (wanted at least 1×',
  ],
  [
    'lateness that did not happen',
    '  - { that: timesheet, consultant: mk.wrong, lateness: 10 }',
    'lateness 0 min',
  ],
  ['a fault that never struck', '  - { that: retries, min: 1, max: 5 }', '0 retries'],
])('fails the run on %s, saying what the run showed', async (_name, expectation, shown) => {
  const scenario = parseScenarioFile(day(`  - { that: everyContactOnce }\n${expectation}`), 'wrong.yaml');
  const result = await runScenario({ file: 'wrong.yaml', scenario });
  expect(result.passed).toBe(false);
  expect(result.error).toBeNull();
  expect(result.verdicts.map((verdict) => verdict.passed)).toEqual([true, false]);
  expect(result.verdicts[1]?.message).toContain(shown);
});

it('fails the run, with the harness error, when the mock cannot be reached', async () => {
  const scenario = parseScenarioFile(day('  - { that: everyContactOnce }'), 'unreachable.yaml');
  const result = await runScenario(
    { file: 'unreachable.yaml', scenario },
    { baseUrl: 'http://127.0.0.1:9/api/v1', adminUrl: 'http://127.0.0.1:9/__admin' },
  );
  expect(result.passed).toBe(false);
  expect(result.error).toMatch(/AdminApiError: DELETE http:\/\/127\.0\.0\.1:9\/__admin\/faults failed/);
});

it('runs against a mock given by URL through its admin API, as against its own', async () => {
  const { createMockServer } = await import('@icontact/mock-server');
  const server = await createMockServer({ port: 0, logLevel: 'silent', clockSpeed: 0 });
  const where = await server.listen();
  try {
    const scenario = parseScenarioFile(day('  - { that: contactsOnServer, submitted: 2 }'), 'remote.yaml');
    const result = await runScenario(
      { file: 'remote.yaml', scenario },
      { baseUrl: where.apiUrl, adminUrl: where.adminUrl },
    );
    expect(result.error).toBeNull();
    expect(result.passed).toBe(true);
  } finally {
    await server.close(100);
  }
});
