import type { Faker } from '@faker-js/faker';
import { localDateOf, type Sex, WEAK_PASSWORD_MESSAGES, weakPasswordReasons } from '@icontact/domain';
import { MAX_SHIFT_HOURS } from '../operations/supervisor-operations.js';
import { newShiftRecord } from '../rules/new-shift.js';
import { SEED_PASSWORD, type SeedName } from '../seed/seed-people.js';
import { drawIin, drawName, drawPhone, seededFaker } from '../seed/seed-state.js';
import type { ProjectRecord, ShiftRecord, UserRecord } from '../state/records.js';
import { parseFullName, sexOfPatronymic } from './full-name.js';
import {
  DEFAULT_TEAM_SHIFT_MINUTES,
  MAX_TEAM_CONSULTANTS,
  TEAM_LOGIN_PATTERN,
  type TeamConsultantInput,
  type TeamInput,
} from './team-input.js';
import { TeamSpecError, type TeamSpecIssue } from './team-spec-error.js';

/** What the planner reads of the state. */
export interface TeamWorld {
  /** The backend's seed: the team's data are drawn from it and the team's number. */
  readonly seed: number;
  /** The virtual now: shifts are placed relative to it. */
  readonly now: Date;
  readonly users: readonly UserRecord[];
  /** The projects in the order `GET /projects` lists them. */
  readonly projects: readonly ProjectRecord[];
  /** The number of the last team created (0 before the first). */
  readonly lastTeamNumber: number;
  /** The last shift number given. */
  readonly lastShiftNumber: number;
}

/** One consultant to store, with the shift to store (or none). */
export interface PlannedConsultant {
  readonly user: UserRecord;
  readonly shift: ShiftRecord | null;
}

/** The records a team adds, ready to store. */
export interface TeamPlan {
  /** This team's number (logins `team<n>.…`, the draw of its data). */
  readonly teamNumber: number;
  /** The last shift number given, after this team's shifts. */
  readonly lastShiftNumber: number;
  /** The supervisor, and whether the plan creates the account. */
  readonly supervisor: { readonly user: UserRecord; readonly isNew: boolean } | null;
  readonly consultants: readonly PlannedConsultant[];
}

/** The draws of a team come from their own stream: the seed, this constant and the team's number. */
const TEAM_STREAM = 0x7ea3;
/** How many team numbers to try when generated logins are taken (by accounts created with those logins). */
const TEAM_NUMBER_TRIES = 1000;

interface Person {
  readonly id: string;
  readonly name: SeedName;
  readonly phone: string;
  readonly iin: string;
}

/** Draws a person: always the same number of draws, so a given name does not shift the others' data. */
function drawPerson(faker: Faker, kazakh: boolean, fullName: SeedName | null): Person {
  const drawnSex: Sex = faker.datatype.boolean() ? 'female' : 'male';
  const drawn = drawName(faker, drawnSex, kazakh);
  const name = fullName ?? drawn;
  const sex = fullName === null ? drawnSex : (sexOfPatronymic(fullName.patronymic) ?? drawnSex);
  return { id: faker.string.uuid(), name, phone: drawPhone(faker), iin: drawIin(faker, sex) };
}

function checkLogin(
  login: string,
  field: string,
  taken: ReadonlySet<string>,
  asked: Map<string, string>,
  issues: TeamSpecIssue[],
): void {
  if (!TEAM_LOGIN_PATTERN.test(login)) {
    issues.push({
      field,
      code: 'invalid',
      message: `"${login}" is not a login: lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, at most 150 characters.`,
    });
    return;
  }
  if (taken.has(login)) {
    issues.push({ field, code: 'login_taken', message: `The login "${login}" is taken: choose another.` });
    return;
  }
  const first = asked.get(login);
  if (first !== undefined) {
    issues.push({
      field,
      code: 'login_taken',
      message: `The login "${login}" is asked twice (also at ${first}): each account needs its own.`,
    });
    return;
  }
  asked.set(login, field);
}

function checkName(fullName: string | undefined, field: string, issues: TeamSpecIssue[]): SeedName | null {
  if (fullName === undefined) return null;
  const parsed = parseFullName(fullName);
  if (parsed.ok) return parsed.name;
  issues.push({ field, code: 'invalid', message: parsed.message });
  return null;
}

function consultantEntries(input: TeamInput, issues: TeamSpecIssue[]): readonly TeamConsultantInput[] {
  const { consultants } = input;
  const count = typeof consultants === 'number' ? consultants : consultants.length;
  if (!Number.isInteger(count) || count < 0) {
    issues.push({
      field: 'consultants',
      code: 'invalid',
      message: 'Give a whole number of consultants (0 or more), or a list.',
    });
    return [];
  }
  if (count > MAX_TEAM_CONSULTANTS) {
    issues.push({
      field: 'consultants',
      code: 'too_big',
      message: `At most ${MAX_TEAM_CONSULTANTS} consultants per team: create a larger crowd in several teams.`,
    });
    return [];
  }
  return typeof consultants === 'number' ? Array.from({ length: count }, () => ({})) : consultants;
}

interface ShiftPlan {
  readonly startOffsetMinutes: number;
  readonly durationMinutes: number;
  readonly project: ProjectRecord;
}

function shiftPlanOf(input: TeamInput, world: TeamWorld, issues: TeamSpecIssue[]): ShiftPlan | null {
  const shift = input.shift;
  if (shift === null) return null;
  if (input.supervisor === null) {
    if (shift !== undefined) {
      issues.push({
        field: 'shift',
        code: 'invalid',
        message: 'Unbound consultants cannot have a shift (R12): give a supervisor, or leave shift out.',
      });
    }
    return null;
  }
  const startOffsetMinutes = shift?.startOffsetMinutes ?? 0;
  const durationMinutes = shift?.durationMinutes ?? DEFAULT_TEAM_SHIFT_MINUTES;
  if (!Number.isFinite(startOffsetMinutes)) {
    issues.push({
      field: 'shift.startOffsetMinutes',
      code: 'invalid',
      message: 'Give a number of minutes from the virtual now.',
    });
  }
  if (!Number.isFinite(durationMinutes) || durationMinutes <= 0 || durationMinutes > MAX_SHIFT_HOURS * 60) {
    issues.push({
      field: 'shift.durationMinutes',
      code: 'invalid',
      message: `A shift lasts more than 0 and at most ${MAX_SHIFT_HOURS * 60} minutes (${MAX_SHIFT_HOURS} hours).`,
    });
  }
  const project =
    shift?.projectId === undefined
      ? world.projects[0]
      : world.projects.find((candidate) => candidate.id === shift.projectId);
  if (project === undefined) {
    issues.push({
      field: 'shift.projectId',
      code: 'unknown',
      message:
        shift?.projectId === undefined
          ? 'The mock holds no project to assign: reset it to the seed data.'
          : `No project has the id "${shift.projectId}": GET /api/v1/projects lists them.`,
    });
    return null;
  }
  return { startOffsetMinutes, durationMinutes, project };
}

/** The supervisor asked for, as far as it can be resolved without drawing: existing, new or none. */
type SupervisorChoice =
  | { readonly kind: 'existing'; readonly user: UserRecord }
  | { readonly kind: 'new'; readonly login: string | null; readonly name: SeedName | null }
  | { readonly kind: 'none' };

function supervisorChoiceOf(
  input: TeamInput,
  world: TeamWorld,
  taken: ReadonlySet<string>,
  asked: Map<string, string>,
  issues: TeamSpecIssue[],
): SupervisorChoice {
  const { supervisor } = input;
  if (supervisor === null) return { kind: 'none' };
  if (supervisor === undefined) return { kind: 'new', login: null, name: null };
  if (typeof supervisor === 'string') {
    const user = world.users.find((candidate) => candidate.login === supervisor);
    if (user?.role !== 'supervisor' || user.deletedAt !== null) {
      issues.push({
        field: 'supervisor',
        code: 'unknown',
        message: `No supervisor has the login "${supervisor}": name an existing one (sv.nurlan, sv.elena in the seed), or send { "login": "…" } to create one.`,
      });
      return { kind: 'none' };
    }
    return { kind: 'existing', user };
  }
  checkLogin(supervisor.login, 'supervisor.login', taken, asked, issues);
  return {
    kind: 'new',
    login: supervisor.login,
    name: checkName(supervisor.fullName, 'supervisor.fullName', issues),
  };
}

/** The first team number from `after + 1` whose generated logins are all free. */
function freeTeamNumber(
  after: number,
  generated: (n: number) => string[],
  taken: ReadonlySet<string>,
  asked: ReadonlyMap<string, string>,
): number {
  for (let n = after + 1; n <= after + TEAM_NUMBER_TRIES; n += 1) {
    if (generated(n).every((login) => !taken.has(login) && !asked.has(login))) return n;
  }
  throw new TeamSpecError([
    {
      field: '(root)',
      code: 'login_taken',
      message: `The logins team${after + 1}.… to team${after + TEAM_NUMBER_TRIES}.… are all taken: give the logins.`,
    },
  ]);
}

/**
 * Plans a team: checks the input against the state and draws every new account's data, deterministic
 * from the seed and the team's number. Pure: the caller stores the records.
 *
 * @throws {@link TeamSpecError} listing every problem of the input; nothing is planned then
 */
export function planTeam(input: TeamInput, world: TeamWorld): TeamPlan {
  const issues: TeamSpecIssue[] = [];
  const taken = new Set(world.users.map((user) => user.login));
  const asked = new Map<string, string>();
  const password = input.password ?? SEED_PASSWORD;
  const weak = weakPasswordReasons(password);
  if (weak.length > 0) {
    issues.push({
      field: 'password',
      code: 'invalid',
      message: weak.map((reason) => WEAK_PASSWORD_MESSAGES[reason]).join(' '),
    });
  }
  const supervisorChoice = supervisorChoiceOf(input, world, taken, asked, issues);
  const entries = consultantEntries(input, issues);
  const names = entries.map((entry, index) => {
    if (entry.login !== undefined)
      checkLogin(entry.login, `consultants[${index}].login`, taken, asked, issues);
    return checkName(entry.fullName, `consultants[${index}].fullName`, issues);
  });
  const shiftPlan = shiftPlanOf(input, world, issues);
  if (issues.length > 0) throw new TeamSpecError(issues);

  const generated = (n: number): string[] => [
    ...(supervisorChoice.kind === 'new' && supervisorChoice.login === null ? [`team${n}.sv`] : []),
    ...entries.flatMap((entry, index) => (entry.login === undefined ? [`team${n}.mk${index + 1}`] : [])),
  ];
  const teamNumber = freeTeamNumber(world.lastTeamNumber, generated, taken, asked);
  const faker = seededFaker(world.seed);
  faker.seed([world.seed, TEAM_STREAM, teamNumber]);
  const now = world.now.toISOString();

  const account = (
    person: Person,
    login: string,
    role: UserRecord['role'],
    supervisorId: string | null,
    deletedAt: string | null,
  ): UserRecord => ({
    id: person.id,
    login,
    password,
    role,
    ...person.name,
    email: `${login}@icontact.example`,
    phone: person.phone,
    iin: person.iin,
    supervisorId,
    deletedAt,
  });

  let supervisor: TeamPlan['supervisor'] = null;
  if (supervisorChoice.kind === 'existing') supervisor = { user: supervisorChoice.user, isNew: false };
  if (supervisorChoice.kind === 'new') {
    const person = drawPerson(faker, false, supervisorChoice.name);
    const login = supervisorChoice.login ?? `team${teamNumber}.sv`;
    supervisor = { user: account(person, login, 'supervisor', null, null), isNew: true };
  }

  let shiftNumber = world.lastShiftNumber;
  const start = new Date(world.now.getTime() + (shiftPlan?.startOffsetMinutes ?? 0) * 60_000);
  const end = new Date(start.getTime() + (shiftPlan?.durationMinutes ?? 0) * 60_000);
  const consultants = entries.map((entry, index): PlannedConsultant => {
    const person = drawPerson(faker, index % 2 === 0, names[index] ?? null);
    const shiftId = faker.string.uuid();
    const login = entry.login ?? `team${teamNumber}.mk${index + 1}`;
    const deleted = entry.deleted === true;
    const user = account(person, login, 'consultant', supervisor?.user.id ?? null, deleted ? now : null);
    if (shiftPlan === null || supervisor === null || deleted) return { user, shift: null };
    shiftNumber += 1;
    const shift = newShiftRecord({
      id: shiftId,
      number: shiftNumber,
      consultantId: user.id,
      supervisorId: supervisor.user.id,
      projectId: shiftPlan.project.id,
      date: localDateOf(start),
      plannedStart: start.toISOString(),
      plannedEnd: end.toISOString(),
    });
    return { user, shift };
  });
  return { teamNumber, lastShiftNumber: shiftNumber, supervisor, consultants };
}
