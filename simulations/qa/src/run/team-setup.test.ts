import { expect, it } from 'vitest';
import { parseScenarioFile } from '../scenario/parse-scenario-file.js';
import { runScenario } from './run-scenario.js';

const run = (yaml: string) =>
  runScenario({ file: 'team.yaml', scenario: parseScenarioFile(yaml, 'team.yaml') });

it('creates a supervisor the seed lacks and their consultants, who work the shift the entry plans under them', async () => {
  const result = await run(`
name: a team of new accounts
seed: 7
team:
  supervisors:
    - login: sv.fresh
      script:
        - { do: changeProject, at: "09:10", consultant: mk.fresh1, project: "Кофе Sary" }
  consultants:
    - login: mk.fresh
      count: 2
      shift: { start: "09:00", end: "11:00", project: "Напитки Алматы" }
      script:
        - { do: login, at: "08:50" }
        - { do: start, at: "09:00" }
        - { do: register, count: 1, at: "09:20" }
        - { do: close, at: "11:00" }
expect:
  - { that: shiftClosed, consultant: mk.fresh1 }
  - { that: shiftClosed, consultant: mk.fresh2 }
  - { that: timesheet, consultant: mk.fresh2, lateness: 0, underwork: 0 }
  - { that: everyContactOnce }
`);
  expect(result.error).toBeNull();
  expect(result.verdicts.filter((verdict) => !verdict.passed)).toEqual([]);
  // sv.fresh changed the project of mk.fresh1's shift: it is theirs.
  expect(result.actors.find((actor) => actor.login === 'sv.fresh')).toMatchObject({
    stepsDone: 1,
    stepsFailed: 0,
  });
});

it('refuses to delete an account of the seed data, saying to give the deleted consultant a new login', async () => {
  const result = await run(`
name: a seeded account asked deleted
seed: 7
team:
  consultants:
    - login: mk.aset
      deleted: true
expect:
  - { that: everyContactOnce }
`);
  expect(result.passed).toBe(false);
  expect(result.error).toMatch(
    /"mk\.aset" is an account of the seed data.*give the deleted consultant a new login/,
  );
});

it('gives a seed account the shift the scenario plans instead of its seeded one, and deletes the seeded one', async () => {
  const result = await run(`
name: a seed login with a shift of its own
seed: 7
team:
  consultants:
    - login: mk.aset
      shift: { start: "09:00", end: "13:00" }
      script:
        - { do: login, at: "08:50" }
        - { do: start, at: "09:00" }
        - { do: close, at: "13:00" }
expect:
  - { that: timesheet, consultant: mk.aset, lateness: 0, underwork: 0 }
  - { that: shiftClosed, consultant: mk.aset }
  - { that: noShiftClosedIncorrectly }
`);
  expect(result.error).toBeNull();
  expect(result.verdicts.filter((verdict) => !verdict.passed)).toEqual([]);
});
