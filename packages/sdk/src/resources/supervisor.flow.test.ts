import { expect, it } from 'vitest';
import { useSdkMock } from '../test-support/sdk-mock.js';

const mock = useSdkMock();

async function supervisor() {
  const made = mock.client({ clientKind: 'web' });
  await made.client.auth.login({ login: 'sv.nurlan', password: mock.password });
  return made.client;
}

it('lets a supervisor on the web bind a consultant who, unbound, logs in and meets consultant_not_bound', async () => {
  const client = await supervisor();
  const unbound = await client.supervisor.consultants({ bound: false });
  const consultant = unbound.find((candidate) => candidate.login === 'mk.unbound');
  expect(consultant).toBeDefined();
  // With no supervisor there is no shift and no login window: the shift list says why (decision 0005).
  const { client: tablet } = mock.client();
  await tablet.auth.login({ login: 'mk.unbound', password: mock.password });
  expect(await tablet.shifts.list().catch((e: unknown) => e)).toMatchObject({ code: 'consultant_not_bound' });
  const bound = await client.supervisor.bind(consultant?.id ?? '');
  expect(bound.supervisorId).toBe((await client.auth.me()).id);
  expect((await client.supervisor.team()).map((member) => member.login)).toContain('mk.unbound');
  // Bound, with no shift assigned yet: no login window, opensAt null (decision 0001).
  const { client: later } = mock.client();
  const refused = await later.auth
    .login({ login: 'mk.unbound', password: mock.password })
    .catch((e: unknown) => e);
  expect(refused).toMatchObject({ code: 'login_before_shift_window', data: { opensAt: null } });
});

it("assigns a shift, changes its project and deletes it; the consultant's shift is then not found", async () => {
  const client = await supervisor();
  const team = await client.supervisor.team();
  const aset = team.find((member) => member.login === 'mk.aset');
  const [project] = await client.projects.list();
  if (aset === undefined || project === undefined) throw new Error('seed without mk.aset or a project');
  const shift = await client.supervisor.assignShift({
    consultantId: aset.id,
    date: '2026-11-25',
    plannedStart: '2026-11-25T03:00:00.000Z',
    plannedEnd: '2026-11-25T11:00:00.000Z',
    projectId: project.id,
  });
  expect(shift).toMatchObject({ date: '2026-11-25', status: 'planned' });
  expect((await client.supervisor.shifts({ date: '2026-11-25' })).map((listed) => listed.id)).toContain(
    shift.id,
  );
  expect((await client.supervisor.changeShiftProject(shift.id, project.id)).project.id).toBe(project.id);
  await client.supervisor.deleteShift(shift.id);
  const error = await client.shifts.get(shift.id).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'shift_not_found', status: 404 });
});

it("reads a started shift's timesheet with its lateness", async () => {
  const { client } = mock.client();
  await client.auth.login({ login: 'mk.dana', password: mock.password });
  const [shift] = await client.shifts.list();
  if (shift === undefined) throw new Error('mk.dana has no shift');
  await client.shifts.start(shift.id);
  expect((await client.shifts.timesheet(shift.id)).latenessMinutes).toBe(30);
});
