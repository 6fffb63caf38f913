import { parseIin, parsePhone } from '@icontact/domain';
import { expect, it } from 'vitest';
import { createBackend } from '../backend/create-backend.js';
import { atWork } from '../test-support/flows.js';
import { harness, START } from '../test-support/harness.js';
import { MAX_TEAM_CONSULTANTS, type TeamInput } from './team-input.js';
import { TeamSpecError } from './team-spec-error.js';

/** The issues `createTeam` refuses `input` with; fails when it creates anything. */
function refusal(h: ReturnType<typeof harness>, input: TeamInput) {
  const before = h.admin.snapshot();
  let thrown: unknown;
  try {
    h.admin.createTeam(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(TeamSpecError);
  expect(h.admin.snapshot()).toEqual(before);
  return (thrown as TeamSpecError).issues;
}

it('creates consultants who log in on the tablet, see the shift open now and start it on time', async () => {
  const h = harness();
  const team = h.admin.createTeam({ consultants: 3 });
  expect(team.consultants.map((member) => member.login)).toEqual(['team1.mk1', 'team1.mk2', 'team1.mk3']);
  for (const member of team.consultants) {
    const login = await h.call('POST', '/auth/token', {
      body: { login: member.login, password: member.password },
    });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const token = login.body.access as string;
    const shifts = await h.call('GET', '/shifts', { token });
    expect(shifts.body.items.map((shift: { id: string }) => shift.id)).toEqual([member.shiftId]);
    expect((await h.call('POST', `/shifts/${member.shiftId}/start`, { token })).status).toBe(200);
    const sheet = await h.call('GET', `/shifts/${member.shiftId}/timesheet`, { token });
    expect(sheet.body.latenessMinutes).toBe(0);
  }
});

it('binds the consultants to the new supervisor, who sees them and their shifts in the web panel', async () => {
  const h = harness();
  const team = h.admin.createTeam({ consultants: 2 });
  expect(team.supervisor?.login).toBe('team1.sv');
  const login = await h.call('POST', '/auth/token', {
    clientKind: 'web',
    body: { login: team.supervisor?.login, password: team.supervisor?.password },
  });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  const token = login.body.access as string;
  const members = await h.call('GET', '/supervisor/team', { token, clientKind: 'web' });
  expect(members.body.items.map((member: { id: string }) => member.id).sort()).toEqual(
    team.consultants.map((member) => member.id).sort(),
  );
  const shifts = await h.call('GET', '/supervisor/shifts', { token, clientKind: 'web' });
  expect(shifts.body.items.map((shift: { id: string }) => shift.id).sort()).toEqual(
    team.consultants.map((member) => member.shiftId).sort(),
  );
});

it('gives every new account a full name, a valid ИИН, a Kazakh mobile number and its own email', () => {
  const h = harness();
  const team = h.admin.createTeam({ consultants: 6 });
  const ids = new Set([team.supervisor?.id, ...team.consultants.map((member) => member.id)]);
  const users = h.admin.users().filter((user) => ids.has(user.id));
  expect(users).toHaveLength(7);
  for (const user of users) {
    expect([user.surname, user.firstName, user.patronymic].every((part) => part.length > 0)).toBe(true);
    expect(parseIin(user.iin).ok, user.iin).toBe(true);
    expect(parsePhone(user.phone).ok, user.phone).toBe(true);
    expect(user.email).toBe(`${user.login}@icontact.example`);
  }
  for (const member of team.consultants) {
    const user = users.find((candidate) => candidate.id === member.id);
    expect(member.fullName).toBe(`${user?.surname} ${user?.firstName} ${user?.patronymic}`);
  }
});

it('is deterministic from the seed and the count of teams: the same again after a reset, another for the next team', () => {
  const clock = { start: START, speed: 0 };
  const first = createBackend({ seed: 5, clock });
  const twin = createBackend({ seed: 5, clock });
  const team = first.admin.createTeam({ consultants: 2 });
  expect(twin.admin.createTeam({ consultants: 2 })).toEqual(team);
  const next = first.admin.createTeam({ consultants: 2 });
  expect(next.consultants.map((member) => member.login)).toEqual(['team2.mk1', 'team2.mk2']);
  expect(next.consultants.map((member) => member.fullName)).not.toEqual(
    team.consultants.map((member) => member.fullName),
  );
  first.admin.reset();
  expect(first.admin.createTeam({ consultants: 2 })).toEqual(team);
  const otherSeed = createBackend({ seed: 6, clock }).admin.createTeam({ consultants: 2 });
  expect(otherSeed.consultants.map((member) => member.id)).not.toEqual(team.consultants.map((m) => m.id));
});

it('places the shift relative to the virtual now, for the length and on the project asked, numbered after the last shift', () => {
  const h = harness();
  const project = h.admin.snapshot().collections.projects ?? {};
  const secondProject = Object.keys(project).sort()[1] as string;
  const lastNumber = Math.max(...h.admin.shifts().map((shift) => shift.number));
  const team = h.admin.createTeam({
    consultants: 2,
    shift: { startOffsetMinutes: -30, durationMinutes: 240, projectId: secondProject },
  });
  const shifts = team.consultants.map((member) =>
    h.admin.shifts().find((shift) => shift.id === member.shiftId),
  );
  expect(shifts).toMatchObject([
    {
      date: '2026-11-24',
      plannedStart: '2026-11-24T03:00:00.000Z',
      plannedEnd: '2026-11-24T07:00:00.000Z',
      projectId: secondProject,
      status: 'planned',
      number: lastNumber + 1,
    },
    { number: lastNumber + 2, projectId: secondProject },
  ]);
});

it('puts the shift on the first project GET /projects lists when none is named', async () => {
  const h = harness();
  const token = await h.login('sv.nurlan', { clientKind: 'web' });
  const projects = await h.call('GET', '/projects', { token, clientKind: 'web' });
  const team = h.admin.createTeam({ consultants: 1 });
  const shift = h.admin.shifts().find((candidate) => candidate.id === team.consultants[0]?.shiftId);
  expect(shift?.projectId).toBe(projects.body.items[0].id);
});

it('binds the consultants to an existing supervisor named by login', () => {
  const h = harness();
  const team = h.admin.createTeam({ supervisor: 'sv.elena', consultants: 1 });
  expect(team.supervisor).toMatchObject({ login: 'sv.elena', password: 'Passw0rd!' });
  const elena = h.userId('sv.elena');
  expect(h.admin.users().find((user) => user.id === team.consultants[0]?.id)?.supervisorId).toBe(elena);
  expect(h.admin.shifts().find((shift) => shift.id === team.consultants[0]?.shiftId)?.supervisorId).toBe(
    elena,
  );
});

it('creates a supervisor with the login, the full name and the password given, and consultants with theirs', async () => {
  const h = harness();
  const team = h.admin.createTeam({
    supervisor: { login: 'sv.marat', fullName: 'Жумабеков Марат Ерланович' },
    consultants: [{ login: 'mk.first', fullName: 'Иванова Мария Петровна' }, {}],
    password: 'Another-pass1',
  });
  expect(team.supervisor).toMatchObject({ login: 'sv.marat', fullName: 'Жумабеков Марат Ерланович' });
  expect(team.consultants.map((member) => member.login)).toEqual(['mk.first', 'team1.mk2']);
  const token = (
    await h.call('POST', '/auth/token', { body: { login: 'mk.first', password: 'Another-pass1' } })
  ).body.access as string;
  expect((await h.call('GET', '/auth/me', { token })).body).toMatchObject({
    login: 'mk.first',
    fullName: 'Иванова Мария Петровна',
    supervisorId: team.supervisor?.id,
  });
});

it('leaves the consultants unbound and without a shift when the supervisor is null', async () => {
  const h = harness();
  const team = h.admin.createTeam({ supervisor: null, consultants: 1 });
  expect(team.supervisor).toBeNull();
  expect(team.consultants[0]?.shiftId).toBeUndefined();
  expect(h.admin.users().find((user) => user.id === team.consultants[0]?.id)?.supervisorId).toBeNull();
  // Bound to no one, exactly like the seed's mk.unbound: logs in, learns why from the shift list (decision 0005).
  const answer = await h.call('POST', '/auth/token', {
    body: { login: team.consultants[0]?.login, password: 'Passw0rd!' },
  });
  expect(answer.status).toBe(200);
  const list = await h.call('GET', '/shifts', { token: answer.body.access });
  expect(list.body.code).toBe('consultant_not_bound');
});

it('creates an account already deleted: its login answers account_deleted, and it gets no shift', async () => {
  const h = harness();
  const team = h.admin.createTeam({ consultants: [{ login: 'mk.gone', deleted: true }, {}] });
  expect(team.consultants[0]?.shiftId).toBeUndefined();
  expect(team.consultants[1]?.shiftId).toEqual(expect.any(String));
  const answer = await h.call('POST', '/auth/token', { body: { login: 'mk.gone', password: 'Passw0rd!' } });
  expect(answer.status).toBe(410);
  expect(answer.body.code).toBe('account_deleted');
});

it('creates no shift when shift is null, and the supervisor alone when there are no consultants', () => {
  const h = harness();
  const shiftsBefore = h.admin.shifts().length;
  const team = h.admin.createTeam({ consultants: 2, shift: null });
  expect(team.consultants.map((member) => member.shiftId)).toEqual([undefined, undefined]);
  const alone = h.admin.createTeam({ supervisor: { login: 'sv.alone' }, consultants: 0 });
  expect(alone).toEqual({ supervisor: expect.objectContaining({ login: 'sv.alone' }), consultants: [] });
  expect(h.admin.shifts()).toHaveLength(shiftsBefore);
});

it('skips to the next team number when a generated login is taken', () => {
  const h = harness();
  h.admin.createTeam({ supervisor: { login: 'team2.sv' }, consultants: 0 });
  const team = h.admin.createTeam({ consultants: 1 });
  expect(team.supervisor?.login).toBe('team3.sv');
  expect(team.consultants[0]?.login).toBe('team3.mk1');
});

it('lets a consultant of a created team work a day through the API', async () => {
  const h = harness();
  const [member] = h.admin.createTeam({ consultants: 1 }).consultants;
  const work = await atWork(h, member?.login);
  expect(work.shiftId).toBe(member?.shiftId);
});

it.each<[string, TeamInput, { field: string; code: string; message: RegExp }]>([
  [
    'a login the seed holds',
    { consultants: [{ login: 'mk.aset' }] },
    { field: 'consultants[0].login', code: 'login_taken', message: /"mk\.aset" is taken/ },
  ],
  [
    'a login asked twice',
    { supervisor: { login: 'sv.twice' }, consultants: [{ login: 'sv.twice' }] },
    {
      field: 'consultants[0].login',
      code: 'login_taken',
      message: /asked twice \(also at supervisor\.login\)/,
    },
  ],
  [
    'a login with uppercase letters',
    { consultants: [{ login: 'Mk.Upper' }] },
    { field: 'consultants[0].login', code: 'invalid', message: /lowercase/ },
  ],
  [
    'a login with a space',
    { consultants: [{ login: 'mk.a b' }] },
    { field: 'consultants[0].login', code: 'invalid', message: /not a login/ },
  ],
  [
    'an unknown supervisor',
    { supervisor: 'sv.nobody', consultants: 1 },
    { field: 'supervisor', code: 'unknown', message: /No supervisor has the login "sv\.nobody"/ },
  ],
  [
    'a consultant named as the supervisor',
    { supervisor: 'mk.aset', consultants: 1 },
    { field: 'supervisor', code: 'unknown', message: /No supervisor/ },
  ],
  [
    'an unknown project',
    { consultants: 1, shift: { projectId: 'no-such-project' } },
    { field: 'shift.projectId', code: 'unknown', message: /GET \/api\/v1\/projects/ },
  ],
  [
    'a shift of no length',
    { consultants: 1, shift: { durationMinutes: 0 } },
    { field: 'shift.durationMinutes', code: 'invalid', message: /at most 960 minutes/ },
  ],
  [
    'a shift over 16 hours',
    { consultants: 1, shift: { durationMinutes: 961 } },
    { field: 'shift.durationMinutes', code: 'invalid', message: /16 hours/ },
  ],
  [
    'a shift for unbound consultants',
    { supervisor: null, consultants: 1, shift: {} },
    { field: 'shift', code: 'invalid', message: /R12/ },
  ],
  [
    'a weak password',
    { consultants: 1, password: '1234' },
    { field: 'password', code: 'invalid', message: /at least 8 characters/ },
  ],
  [
    'a negative count',
    { consultants: -1 },
    { field: 'consultants', code: 'invalid', message: /whole number/ },
  ],
  [
    'too many consultants',
    { consultants: MAX_TEAM_CONSULTANTS + 1 },
    { field: 'consultants', code: 'too_big', message: /several teams/ },
  ],
  [
    'a full name of two words',
    { consultants: [{ fullName: 'Иванов Пётр' }] },
    { field: 'consultants[0].fullName', code: 'invalid', message: /not three words/ },
  ],
  [
    'a full name with digits',
    { supervisor: { login: 'sv.digits', fullName: 'Иванов Пётр 2' }, consultants: 0 },
    { field: 'supervisor.fullName', code: 'invalid', message: /patronymic \(invalid characters\)/ },
  ],
])('refuses %s, naming the field, and creates nothing', (_name, input, issue) => {
  const h = harness();
  expect(refusal(h, input)).toContainEqual({ ...issue, message: expect.stringMatching(issue.message) });
});

it('lists every problem of the input at once', () => {
  const h = harness();
  const issues = refusal(h, {
    supervisor: 'sv.nobody',
    consultants: [{ login: 'mk.aset' }, { login: 'BAD' }],
    password: 'short',
  });
  expect(issues.map((issue) => issue.field)).toEqual([
    'password',
    'supervisor',
    'consultants[0].login',
    'consultants[1].login',
  ]);
});

it('says what is wrong and what to do in the error, which a retry does not help', () => {
  const h = harness();
  try {
    h.admin.createTeam({ consultants: [{ login: 'mk.aset' }] });
    expect.unreachable('createTeam accepted a taken login');
  } catch (error) {
    expect(error).toMatchObject({
      code: 'validation_failed',
      retryable: false,
      message: expect.stringContaining('consultants[0].login: The login "mk.aset" is taken'),
      remedy: expect.stringContaining('another login'),
    });
  }
});
