import type { BackendCore } from '../backend/backend-core.js';
import { lastShiftNumber, putNewShift } from '../rules/new-shift.js';
import { META_ID } from '../seed/seed-state.js';
import { COLLECTIONS, type MetaRecord, type ProjectRecord, type UserRecord } from '../state/records.js';
import { fullNameOf } from '../views/user-view.js';
import { planTeam } from './plan-team.js';
import type { CreatedTeam, TeamAccount, TeamInput } from './team-input.js';

/** The id, in the `meta` collection, of the count of teams created since the state was seeded. */
export const TEAM_COUNTER_ID = 'teams';

/** How many teams were created since the state was seeded: the next team's data are drawn from it. */
export interface TeamCounterRecord {
  readonly teams: number;
}

function accountOf(user: UserRecord): TeamAccount {
  return { id: user.id, login: user.login, password: user.password, fullName: fullNameOf(user) };
}

/**
 * Creates a team in one transaction: the new accounts, the consultants bound to the supervisor, and
 * each one's shift (numbered after the last shift, as the supervisor API numbers them). Deterministic
 * from the backend's seed and the count of teams created since the state was seeded.
 *
 * @throws TeamSpecError listing every problem of the input; nothing is created then
 */
export function createTeam(core: BackendCore, input: TeamInput): CreatedTeam {
  const { store } = core;
  return store.transaction(() => {
    const meta = store.get<MetaRecord>(COLLECTIONS.meta, META_ID);
    const counter = store.get<TeamCounterRecord>(COLLECTIONS.meta, TEAM_COUNTER_ID);
    const plan = planTeam(input, {
      seed: meta?.seed ?? 1,
      now: core.clock.now(),
      users: store.list<UserRecord>(COLLECTIONS.users),
      projects: store.list<ProjectRecord>(COLLECTIONS.projects),
      lastTeamNumber: counter?.teams ?? 0,
      lastShiftNumber: lastShiftNumber(meta),
    });

    if (plan.supervisor?.isNew === true)
      store.put(COLLECTIONS.users, plan.supervisor.user.id, plan.supervisor.user);
    for (const { user, shift } of plan.consultants) {
      store.put(COLLECTIONS.users, user.id, user);
      if (shift === null) continue;
      putNewShift(store, shift);
    }
    if (meta)
      store.put(COLLECTIONS.meta, META_ID, {
        ...meta,
        shiftNumber: plan.lastShiftNumber,
      } satisfies MetaRecord);
    store.put(COLLECTIONS.meta, TEAM_COUNTER_ID, { teams: plan.teamNumber } satisfies TeamCounterRecord);
    core.logger.info(
      {
        team: plan.teamNumber,
        consultants: plan.consultants.length,
        supervisor: plan.supervisor?.user.login ?? null,
      },
      'team created',
    );

    return {
      supervisor: plan.supervisor === null ? null : accountOf(plan.supervisor.user),
      consultants: plan.consultants.map(({ user, shift }) =>
        shift === null ? accountOf(user) : { ...accountOf(user), shiftId: shift.id },
      ),
    };
  });
}
