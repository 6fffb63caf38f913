import { expect, it } from 'vitest';
import { atWork } from '../test-support/flows.js';
import { harness, PASSWORD } from '../test-support/harness.js';

const MINUTE = 60_000;

it('lists the consultant’s shifts of today, and refuses the consultant’s list to a supervisor', async () => {
  const h = harness();
  const token = await h.login('mk.aigerim');
  const list = await h.call('GET', '/shifts', { token });
  expect(list.body.items.map((shift: { number: number }) => shift.number)).toEqual([
    h.shiftOf('mk.aigerim').number,
  ]);
  const supervisor = await h.login('sv.nurlan');
  expect((await h.call('GET', '/shifts', { token: supervisor })).body.code).toBe('permission_denied');
});

it('lets a consultant bound to no supervisor log in, and answers consultant_not_bound from the shift list (decision 0005)', async () => {
  const h = harness();
  const token = await h.login('mk.unbound');
  const list = await h.call('GET', '/shifts', { token });
  expect(list).toMatchObject({ status: 409, body: { code: 'consultant_not_bound' } });
});

it.each([
  ['`to` before `from`', '?from=2026-11-24&to=2026-11-23'],
  ['more than 31 days', '?from=2026-11-01&to=2026-12-31'],
  ['a malformed date', '?from=24.11.2026'],
])('refuses a shift range with %s', async (_name, query) => {
  const h = harness();
  const token = await h.login('mk.aigerim');
  const answer = await h.call('GET', `/shifts${query}`, { token });
  expect(answer).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
  expect(answer.body.errors[0].field).toMatch(/^query\./);
});

it.each([
  ['on time', 'mk.aset', 0, 0],
  ['10 min early', 'mk.aigerim', 0, 0],
  ['30 min late', 'mk.dana', 0, 30],
  ['90 s late, rounded up', 'mk.aset', 1.5, 2],
])('counts lateness when started %s', async (_name, login, minutesAfterStart, lateness) => {
  const h = harness();
  h.backend.clock.advance(minutesAfterStart * MINUTE);
  const work = await atWork(h, login);
  const sheet = await h.call('GET', `/shifts/${work.shiftId}/timesheet`, { token: work.token });
  expect(sheet.body.latenessMinutes).toBe(lateness);
  expect(sheet.body.closedCorrectly).toBeNull();
});

it('counts under-work when closed before the planned end, even when started early', async () => {
  const h = harness();
  const work = await atWork(h, 'mk.aigerim'); // 10 min before the planned start
  await h.call('POST', `/shifts/${work.shiftId}/sync/final`, { token: work.token, body: { manifest: [] } });
  h.backend.clock.set('2026-11-24T11:30:00Z'); // planned end 11:40Z: 10 min early
  const token = await h.login('mk.aigerim'); // the shift in progress keeps the window open
  const closed = await h.call('POST', `/shifts/${work.shiftId}/close`, { token });
  expect(closed.body.status).toBe('closed');
  const sheet = await h.call('GET', `/shifts/${work.shiftId}/timesheet`, { token });
  expect(sheet.body).toMatchObject({
    latenessMinutes: 0,
    underworkMinutes: 10,
    workedMinutes: 480,
    closedCorrectly: true,
  });
});

it('refuses to close before the final sync with final_sync_incomplete', async () => {
  const h = harness();
  const work = await atWork(h);
  const answer = await h.call('POST', `/shifts/${work.shiftId}/close`, { token: work.token });
  expect(answer).toMatchObject({ status: 409, body: { code: 'final_sync_incomplete', missing: [] } });
  expect(answer.body.detail).toBe('Ошибка при завершении смены');
});

it('closes a shift left open at local midnight as not closed correctly, when next observed', async () => {
  const h = harness();
  const work = await atWork(h);
  h.backend.clock.set('2026-11-24T19:00:01Z'); // 00:00:01 on the 25th in Almaty
  const sheet = await h.call('GET', `/shifts/${work.shiftId}/timesheet`, {
    token: await h.login('sv.nurlan'),
  });
  expect(sheet.body).toMatchObject({ actualEnd: '2026-11-24T19:00:00.000Z', closedCorrectly: false });
});

it('refuses to start a shift before its window opens with outside_shift', async () => {
  const h = harness();
  h.backend.clock.set('2026-11-24T05:15:00Z'); // mk.olga's window opens
  const token = await h.login('mk.olga');
  h.backend.clock.set('2026-11-24T05:00:00Z');
  const answer = await h.call('POST', `/shifts/${h.shiftOf('mk.olga').id}/start`, { token });
  expect(answer).toMatchObject({ status: 403, body: { code: 'outside_shift' } });
});

it('refuses to start a shift after its planned end with outside_shift (a refreshed session)', async () => {
  const h = harness();
  const pair = await h.call('POST', '/auth/token', { body: { login: 'mk.aigerim', password: PASSWORD } });
  h.backend.clock.set('2026-11-24T11:41:00Z'); // planned end 11:40Z
  const refreshed = await h.call('POST', '/auth/token/refresh', { body: { refresh: pair.body.refresh } });
  const answer = await h.call('POST', `/shifts/${h.shiftOf('mk.aigerim').id}/start`, {
    token: refreshed.body.access,
  });
  expect(answer).toMatchObject({ status: 403, body: { code: 'outside_shift' } });
});

it('hides another consultant’s shift with shift_not_found', async () => {
  const h = harness();
  const token = await h.login('mk.aigerim');
  expect((await h.call('POST', `/shifts/${h.shiftOf('mk.aset').id}/start`, { token })).body.code).toBe(
    'shift_not_found',
  );
});

it('answers a second start with shift_already_started', async () => {
  const h = harness();
  const work = await atWork(h);
  expect((await h.call('POST', `/shifts/${work.shiftId}/start`, { token: work.token })).body.code).toBe(
    'shift_already_started',
  );
});

it('answers a deleted shift with shift_not_found', async () => {
  const h = harness();
  const sv = await h.login('sv.elena');
  const deleted = h.admin.shifts().find((shift) => shift.status === 'deleted');
  expect((await h.call('GET', `/shifts/${deleted?.id}`, { token: sv })).body.code).toBe('shift_not_found');
});

it('lets the supervisor change the project, which changes the activities a contact may use (guide #2)', async () => {
  const h = harness();
  const work = await atWork(h);
  const sv = await h.login('sv.nurlan', { clientKind: 'web' });
  const projects = (await h.call('GET', '/projects', { token: sv, clientKind: 'web' })).body.items;
  const other = projects.find((project: { id: string }) => project.id !== work.shift.project.id);
  const wrong =
    other.activityTypes.find(
      (type: { name: string }) =>
        !work.shift.project.activityTypes.some((own: { name: string }) => own.name === type.name),
    ) ?? other.activityTypes[0];
  const refused = await h.call('POST', `/shifts/${work.shiftId}/contacts`, {
    token: work.token,
    body: { activityTypeId: wrong.id },
  });
  expect(refused).toMatchObject({ status: 422, body: { code: 'activity_not_in_project' } });
  const changed = await h.call('PATCH', `/supervisor/shifts/${work.shiftId}`, {
    token: sv,
    clientKind: 'web',
    body: { projectId: other.id },
  });
  expect(changed.body.project.id).toBe(other.id);
  const opened = await h.call('POST', `/shifts/${work.shiftId}/contacts`, {
    token: work.token,
    body: { activityTypeId: wrong.id },
  });
  expect(opened.status).toBe(201);
});

it('refuses supervisor operations to a consultant with permission_denied', async () => {
  const h = harness();
  const token = await h.login('mk.aigerim');
  expect((await h.call('GET', '/supervisor/team', { token })).body.code).toBe('permission_denied');
});

it('lists the team, binds an unbound consultant once, and refuses one of another team', async () => {
  const h = harness();
  const sv = await h.login('sv.nurlan', { clientKind: 'web' });
  const opts = { token: sv, clientKind: 'web' };
  const unbound = (await h.call('GET', '/supervisor/consultants?bound=false', opts)).body.items;
  expect(unbound.map((c: { login: string }) => c.login)).toEqual(['mk.unbound']);
  const id = h.userId('mk.unbound');
  expect((await h.call('POST', '/supervisor/team', { ...opts, body: { consultantId: id } })).status).toBe(
    201,
  );
  expect((await h.call('POST', '/supervisor/team', { ...opts, body: { consultantId: id } })).status).toBe(
    200,
  );
  const others = await h.call('POST', '/supervisor/team', {
    ...opts,
    body: { consultantId: h.userId('mk.timur') },
  });
  expect(others.body.code).toBe('permission_denied');
  const team = (await h.call('GET', '/supervisor/team', opts)).body.items.map(
    (c: { login: string }) => c.login,
  );
  expect(team).toContain('mk.unbound');
});

it('assigns a shift and refuses one whose date is not the local day of its start or longer than 16 h', async () => {
  const h = harness();
  const sv = await h.login('sv.nurlan', { clientKind: 'web' });
  const opts = { token: sv, clientKind: 'web' };
  const body = {
    consultantId: h.userId('mk.aigerim'),
    date: '2026-11-25',
    plannedStart: '2026-11-25T03:00:00Z',
    plannedEnd: '2026-11-25T11:00:00Z',
    projectId: h.shiftOf('mk.aigerim').projectId,
  };
  const created = await h.call('POST', '/supervisor/shifts', { ...opts, body });
  expect(created).toMatchObject({ status: 201, body: { date: '2026-11-25', status: 'planned' } });
  const badDay = await h.call('POST', '/supervisor/shifts', {
    ...opts,
    body: { ...body, date: '2026-11-24' },
  });
  expect(badDay.body.errors[0]).toMatchObject({ field: 'date' });
  const tooLong = await h.call('POST', '/supervisor/shifts', {
    ...opts,
    body: { ...body, plannedEnd: '2026-11-25T20:00:01Z' },
  });
  expect(tooLong.body.errors[0]).toMatchObject({ field: 'plannedEnd' });
});

it('deletes a planned shift, which then disappears for the consultant, and refuses to delete a started one', async () => {
  const h = harness();
  const work = await atWork(h, 'mk.aigerim');
  const sv = await h.login('sv.nurlan', { clientKind: 'web' });
  const opts = { token: sv, clientKind: 'web' };
  expect((await h.call('DELETE', `/supervisor/shifts/${work.shiftId}`, opts)).body.code).toBe(
    'shift_already_started',
  );
  const olga = h.shiftOf('mk.olga');
  expect((await h.call('DELETE', `/supervisor/shifts/${olga.id}`, opts)).status).toBe(204);
  const team = (await h.call('GET', '/supervisor/shifts?date=2026-11-24', opts)).body.items;
  expect(team.some((shift: { id: string }) => shift.id === olga.id)).toBe(false);
});
