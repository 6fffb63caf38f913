/**
 * The team a run needs: one consultant and one shift in its login window per flow.
 *
 * The admin API has no "create N consultants with shifts", so the team is made through the supervisor
 * API, as a supervisor would: every seeded supervisor logs in, binds the unbound consultants, and
 * assigns each flow a shift of its own (now − 10 min to now + 8 h, inside today's local day) to a
 * consultant of the team, round-robin. Several flows may share a consultant; each closes its own shift.
 */
import http from 'k6/http';
import { localDayBounds } from '../core/almaty-day.ts';
import type { AdminClient, AdminUser } from './admin-client.ts';
import type { Credentials } from './steps/log-in.ts';

/** A consultant and the shift a flow closes. */
export interface TeamMember extends Credentials {
  readonly shiftId: string;
}

/** The team could not be made; the message says why. */
export class TeamError extends Error {
  override readonly name = 'TeamError';
}

/** How many assignments go out at once. */
const ASSIGN_BATCH = 50;
const MINUTE = 60_000;

interface Supervisor {
  readonly user: AdminUser;
  readonly headers: Record<string, string>;
}

function jsonHeaders(appVersion: string, token?: string): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'X-App-Version': appVersion,
    'X-Client-Kind': 'web',
    ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
  };
}

function post(
  url: string,
  body: unknown,
  headers: Record<string, string>,
): { status: number; body: unknown } {
  const res = http.post(url, JSON.stringify(body), {
    headers,
    tags: { step: 'admin', name: url.replace(/^.*\/api\/v\d+/, '') },
  });
  let parsed: unknown = null;
  try {
    parsed = typeof res.body === 'string' && res.body !== '' ? JSON.parse(res.body) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed };
}

function logInSupervisor(baseUrl: string, appVersion: string, user: AdminUser): Supervisor {
  const res = post(
    `${baseUrl}/auth/token`,
    { login: user.login, password: user.password },
    jsonHeaders(appVersion),
  );
  const access = (res.body as { access?: unknown } | null)?.access;
  if (res.status !== 200 || typeof access !== 'string') {
    throw new TeamError(
      `supervisor ${user.login} could not log in (${res.status}): ${JSON.stringify(res.body)}`,
    );
  }
  return { user, headers: jsonHeaders(appVersion, access) };
}

function firstProjectId(baseUrl: string, supervisor: Supervisor): string {
  const res = http.get(`${baseUrl}/projects`, {
    headers: supervisor.headers,
    tags: { step: 'admin', name: '/projects' },
  });
  const body =
    res.status === 200 && typeof res.body === 'string'
      ? (JSON.parse(res.body) as { items?: { id: string }[] })
      : {};
  const id = body.items?.[0]?.id;
  if (id === undefined) throw new TeamError(`GET /projects gave no project (${res.status})`);
  return id;
}

/**
 * Makes a team of `flows` members on the mock.
 *
 * @throws {@link TeamError} when no supervisor can log in or a shift cannot be assigned
 */
export function provisionTeam(
  admin: AdminClient,
  flows: number,
  baseUrl: string,
  appVersion: string,
): TeamMember[] {
  const users = admin.users().filter((user) => user.deletedAt === null);
  const supervisors = users
    .filter((user) => user.role === 'supervisor')
    .map((user) => logInSupervisor(baseUrl, appVersion, user));
  const [first] = supervisors;
  if (first === undefined) throw new TeamError('the mock has no supervisor to assign shifts');
  const bySupervisorId = new Map(supervisors.map((s) => [s.user.id, s]));
  const consultants: { user: AdminUser; supervisor: Supervisor }[] = [];
  for (const user of users.filter((u) => u.role === 'consultant')) {
    let supervisor = user.supervisorId === null ? undefined : bySupervisorId.get(user.supervisorId);
    if (user.supervisorId === null) {
      const bound = post(`${baseUrl}/supervisor/team`, { consultantId: user.id }, first.headers);
      if (bound.status === 200 || bound.status === 201) supervisor = first;
    }
    if (supervisor !== undefined) consultants.push({ user, supervisor });
  }
  if (consultants.length === 0) throw new TeamError('no consultant can be bound to a supervisor');

  const now = Date.parse(admin.now());
  const day = localDayBounds(now);
  const plannedStart = new Date(Math.max(now - 10 * MINUTE, day.start)).toISOString();
  const plannedEnd = new Date(Math.min(now + 8 * 60 * MINUTE, day.end - MINUTE)).toISOString();
  if (Date.parse(plannedEnd) <= now + MINUTE) {
    throw new TeamError(
      `the virtual clock (${new Date(now).toISOString()}) is at the end of the local day: set it earlier`,
    );
  }
  const projectId = firstProjectId(baseUrl, first);

  const team: TeamMember[] = [];
  for (let from = 0; from < flows; from += ASSIGN_BATCH) {
    const slice = Array.from(
      { length: Math.min(ASSIGN_BATCH, flows - from) },
      (_, i) => consultants[(from + i) % consultants.length],
    );
    const responses = http.batch(
      slice.map((member) => ({
        method: 'POST',
        url: `${baseUrl}/supervisor/shifts`,
        body: JSON.stringify({
          consultantId: member?.user.id,
          date: day.date,
          plannedStart,
          plannedEnd,
          projectId,
        }),
        params: {
          headers: member?.supervisor.headers ?? {},
          tags: { step: 'admin', name: '/supervisor/shifts' },
        },
      })),
    );
    responses.forEach((res, i) => {
      const member = slice[i];
      const id =
        res.status === 201 && typeof res.body === 'string'
          ? (JSON.parse(res.body) as { id?: string }).id
          : undefined;
      if (member === undefined || id === undefined) {
        throw new TeamError(`assigning a shift answered ${res.status}: ${String(res.body)}`);
      }
      team.push({ login: member.user.login, password: member.user.password, shiftId: id });
    });
  }
  return team;
}
