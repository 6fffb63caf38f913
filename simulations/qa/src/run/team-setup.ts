import { localDateOf } from '@icontact/domain';
import type { UserRecord } from '@icontact/mock-core';
import type { IContactClient } from '@icontact/sdk';
import { resolveMoment } from '../scenario/local-time.js';
import { expandLogins, type QaScenario } from '../scenario/scenario-schema.js';
import type { ConsultantPlan } from '../scenario/team-schema.js';
import { createActorClient, type ProjectInfo, projectNamed, type RunContext } from './run-context.js';

/** One consultant of the team, with the entry of the scenario it comes from. */
export interface TeamConsultant {
  readonly login: string;
  /** Its place in the team (for generated consumers). */
  readonly index: number;
  readonly plan: ConsultantPlan;
}

/** The team as set up on the mock. */
export interface SetUpTeam {
  readonly consultants: readonly TeamConsultant[];
  /** Logged-in supervisor clients (web), by login. */
  readonly supervisors: ReadonlyMap<string, IContactClient>;
  readonly users: ReadonlyMap<string, UserRecord>;
  readonly projects: ReadonlyMap<string, ProjectInfo>;
}

/** The team's consultants, one per login (`count` expanded), in the scenario's order. */
export function teamConsultants(scenario: QaScenario): TeamConsultant[] {
  return scenario.team.consultants
    .flatMap((plan) => expandLogins(plan.login, plan.count).map((login) => ({ login, plan })))
    .map((entry, index) => ({ ...entry, index }));
}

/** A seed account a scenario entry names, and what the entry asks of it that the seed may not give. */
function checkSeededConsultant(login: string, plan: ConsultantPlan, user: UserRecord): void {
  if (plan.deleted && user.deletedAt === null) {
    throw new Error(
      `"${login}" is an account of the seed data, which the runner does not delete: give the deleted consultant a new login (deleted: true creates it deleted), or use mk.deleted`,
    );
  }
}

/**
 * Sets the team up on a freshly reset mock. New accounts — supervisors and consultants the seed lacks —
 * are made by the admin API's `POST /team`, one call per consultant entry: bound to their supervisor
 * (unless `bound: false`), created deleted when `deleted: true`, with the entry's shift. Seed accounts
 * the scenario names are bound and given their shift through the supervisor API, as a supervisor would:
 * a seed account given a `shift` has the seed's planned shift of that day deleted first, so it works the
 * scenario's.
 * Every supervisor is logged in on the web.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the scenario's team set up through the admin API in order, TODO(#17): split into named stages (supervisors, consultants, shifts)
export async function setUpTeam(context: Omit<RunContext, 'users' | 'projects'>): Promise<SetUpTeam> {
  const { scenario, admin, start } = context;
  const seeded = new Map((await admin.users()).map((user) => [user.login, user]));
  for (const supervisor of scenario.team.supervisors) {
    if (!seeded.has(supervisor.login)) {
      await admin.createTeam({ supervisor: { login: supervisor.login }, consultants: 0, shift: null });
    }
  }
  const firstSupervisor = scenario.team.supervisors[0]?.login ?? 'sv.nurlan';

  const supervisors = new Map<string, IContactClient>();
  let users = new Map((await admin.users()).map((user) => [user.login, user]));
  const supervisorClient = async (login: string): Promise<IContactClient> => {
    const known = supervisors.get(login);
    if (known !== undefined) return known;
    const user = users.get(login);
    if (user === undefined) throw new Error(`No supervisor "${login}" on the mock`);
    const client = createActorClient(
      { ...context, users, projects: new Map() },
      { actor: login, appVersion: '3.2.0', clientKind: 'web' },
    );
    await client.auth.login({ login, password: user.password });
    supervisors.set(login, client);
    return client;
  };
  for (const supervisor of scenario.team.supervisors) await supervisorClient(supervisor.login);
  const lead = await supervisorClient(firstSupervisor);
  const projects = new Map(
    (await lead.projects.list()).map((project) => [
      project.name,
      { id: project.id, name: project.name, activityTypes: project.activityTypes },
    ]),
  );

  for (const plan of scenario.team.consultants) {
    const logins = expandLogins(plan.login, plan.count);
    const fresh = logins.filter((login) => !seeded.has(login));
    if (fresh.length > 0) {
      if (plan.shift !== undefined && !plan.bound) {
        throw new Error(`"${plan.login}" has a shift but is not bound to a supervisor (bound: false)`);
      }
      const plannedStart = plan.shift === undefined ? 0 : resolveMoment(plan.shift.start, start);
      await admin.createTeam({
        supervisor: plan.bound ? (plan.supervisor ?? firstSupervisor) : null,
        consultants: fresh.map((login) => (plan.deleted ? { login, deleted: true } : { login })),
        shift:
          plan.shift === undefined || !plan.bound
            ? null
            : {
                startOffsetMinutes: (plannedStart - start) / 60_000,
                durationMinutes: (resolveMoment(plan.shift.end, start) - plannedStart) / 60_000,
                projectId: projectNamed(projects, plan.shift.project).id,
              },
      });
    }
    for (const login of logins.filter((candidate) => seeded.has(candidate))) {
      checkSeededConsultant(login, plan, seeded.get(login) as UserRecord);
    }
  }
  users = new Map((await admin.users()).map((user) => [user.login, user]));
  const byId = new Map([...users.values()].map((user) => [user.id, user]));
  const seededShifts = await admin.shifts();

  for (const { login, plan } of teamConsultants(scenario).filter((member) => seeded.has(member.login))) {
    const user = users.get(login);
    if (user === undefined || plan.deleted) continue;
    let supervisorLogin = user.supervisorId === null ? undefined : byId.get(user.supervisorId)?.login;
    if (supervisorLogin === undefined && plan.bound) {
      supervisorLogin = plan.supervisor ?? firstSupervisor;
      await (await supervisorClient(supervisorLogin)).supervisor.bind(user.id);
      users.set(login, { ...user, supervisorId: users.get(supervisorLogin)?.id ?? null });
    }
    if (plan.shift === undefined) continue;
    if (supervisorLogin === undefined) {
      throw new Error(`"${login}" has a shift but is not bound to a supervisor (bound: false)`);
    }
    const plannedStart = new Date(resolveMoment(plan.shift.start, start));
    const plannedEnd = new Date(resolveMoment(plan.shift.end, start));
    // The scenario's shift replaces the seed's of that day: its supervisor deletes it, so the
    // consultant works the shift the scenario plans (and the seed's is not left planned beside it).
    const date = localDateOf(plannedStart);
    for (const seededShift of seededShifts.filter(
      (shift) => shift.consultantId === user.id && shift.date === date && shift.status === 'planned',
    )) {
      const owner = byId.get(seededShift.supervisorId)?.login ?? supervisorLogin;
      await (await supervisorClient(owner)).supervisor.deleteShift(seededShift.id);
    }
    await (await supervisorClient(supervisorLogin)).supervisor.assignShift({
      consultantId: user.id,
      date,
      plannedStart: plannedStart.toISOString(),
      plannedEnd: plannedEnd.toISOString(),
      projectId: projectNamed(projects, plan.shift.project).id,
    });
  }
  return { consultants: teamConsultants(scenario), supervisors, users, projects };
}
