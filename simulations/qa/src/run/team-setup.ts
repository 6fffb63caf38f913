import { localDateOf } from '@icontact/domain';
import { SEED_PASSWORD, type StoreSnapshot, type UserRecord } from '@icontact/mock-core';
import type { IContactClient } from '@icontact/sdk';
import { resolveMoment } from '../scenario/local-time.js';
import { expandLogins, type QaScenario } from '../scenario/scenario-schema.js';
import type { ConsultantPlan } from '../scenario/team-schema.js';
import type { AdminClient } from './admin-client.js';
import { createConsumerGenerator } from './generated-consumers.js';
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

function newUser(
  scenario: QaScenario,
  login: string,
  role: UserRecord['role'],
  index: number,
  deletedAt: string | null,
): UserRecord {
  const person = createConsumerGenerator(scenario.seed + 31, 900 + index).next();
  return {
    id: crypto.randomUUID(),
    login,
    password: SEED_PASSWORD,
    role,
    surname: person.surname,
    firstName: person.firstName,
    patronymic: person.patronymic,
    email: `${login}@icontact.example`,
    phone: person.phone,
    iin: person.iin,
    supervisorId: null,
    deletedAt,
  };
}

/**
 * Adds the accounts the seed lacks and marks deleted ones, in one snapshot round trip (the admin API
 * has no "create user"): the only state the runner writes behind the API's back.
 */
async function writeAccounts(admin: AdminClient, scenario: QaScenario, start: number): Promise<void> {
  const snapshot = await admin.snapshot();
  const users: Record<string, UserRecord> = {
    ...((snapshot.collections.users ?? {}) as unknown as Record<string, UserRecord>),
  };
  const byLogin = new Map(Object.values(users).map((user) => [user.login, user]));
  const deletedAt = new Date(start - 7 * 86_400_000).toISOString();
  let created = 0;
  for (const supervisor of scenario.team.supervisors) {
    if (!byLogin.has(supervisor.login)) {
      const user = newUser(scenario, supervisor.login, 'supervisor', created++, null);
      users[user.id] = user;
    }
  }
  for (const { login, plan } of teamConsultants(scenario)) {
    const existing = byLogin.get(login);
    if (existing === undefined) {
      const user = newUser(scenario, login, 'consultant', created++, plan.deleted ? deletedAt : null);
      users[user.id] = user;
    } else if (plan.deleted && existing.deletedAt === null) {
      users[existing.id] = { ...existing, deletedAt };
    }
  }
  const next: StoreSnapshot = {
    ...snapshot,
    collections: { ...snapshot.collections, users: users as unknown as StoreSnapshot['collections'][string] },
  };
  await admin.restore(next);
}

/**
 * Sets the team up on a freshly reset mock: writes the new accounts, logs the supervisors in on the
 * web, binds the consultants and assigns the planned shifts through the supervisor API, as a
 * supervisor would.
 */
export async function setUpTeam(context: Omit<RunContext, 'users' | 'projects'>): Promise<SetUpTeam> {
  const { scenario, admin, start } = context;
  await writeAccounts(admin, scenario, start);
  const users = new Map((await admin.users()).map((user) => [user.login, user]));
  const byId = new Map([...users.values()].map((user) => [user.id, user]));
  const supervisors = new Map<string, IContactClient>();
  const supervisorClient = async (login: string): Promise<IContactClient> => {
    const known = supervisors.get(login);
    if (known !== undefined) return known;
    const user = users.get(login);
    if (user === undefined) throw new Error(`No supervisor "${login}" on the mock`);
    const client = createActorClient(
      { ...context, users, projects: new Map() },
      {
        actor: login,
        appVersion: '3.2.0',
        clientKind: 'web',
      },
    );
    await client.auth.login({ login, password: user.password });
    supervisors.set(login, client);
    return client;
  };
  for (const supervisor of scenario.team.supervisors) await supervisorClient(supervisor.login);

  const firstSupervisor = scenario.team.supervisors[0]?.login ?? 'sv.nurlan';
  const lead = await supervisorClient(firstSupervisor);
  const projects = new Map(
    (await lead.projects.list()).map((project) => [
      project.name,
      { id: project.id, name: project.name, activityTypes: project.activityTypes },
    ]),
  );

  for (const { login, plan } of teamConsultants(scenario)) {
    const user = users.get(login);
    if (user === undefined) throw new Error(`The consultant "${login}" was not created`);
    if (plan.deleted) continue;
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
    await (await supervisorClient(supervisorLogin)).supervisor.assignShift({
      consultantId: user.id,
      date: localDateOf(plannedStart),
      plannedStart: plannedStart.toISOString(),
      plannedEnd: plannedEnd.toISOString(),
      projectId: projectNamed(projects, plan.shift.project).id,
    });
  }
  return { consultants: teamConsultants(scenario), supervisors, users, projects };
}
