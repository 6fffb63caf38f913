/**
 * The team a run needs: one consultant of its own per flow, each with a shift open now (see
 * `core/team-shift.ts`), made by the mock's `POST /__admin/team` — in batches under one new supervisor.
 * Every flow closes its own consultant's only shift, so flows never share an account or a login.
 */

import type { AdminClient } from './admin-client.ts';
import type { Credentials } from './steps/log-in.ts';
import { teamShift } from './team-shift.ts';

/** A consultant and the shift a flow closes. */
export interface TeamMember extends Credentials {
  readonly shiftId: string;
}

/** The team could not be made; the message says why. */
export class TeamError extends Error {
  override readonly name = 'TeamError';
}

/** How many consultants one `POST /__admin/team` asks for (the mock takes at most 10 000). */
const TEAM_BATCH = 1000;

/**
 * Makes a team of `flows` members on the mock: the first batch creates the supervisor, the next ones
 * bind to it.
 *
 * @throws {@link TeamError} when the clock leaves no room for a shift today or a member came back without one
 */
export async function provisionTeam(admin: AdminClient, flows: number): Promise<TeamMember[]> {
  let shift: ReturnType<typeof teamShift>;
  try {
    shift = teamShift(Date.parse(await admin.now()));
  } catch (error) {
    throw new TeamError(String((error as Error).message));
  }
  const team: TeamMember[] = [];
  let supervisor: string | undefined;
  for (let from = 0; from < flows; from += TEAM_BATCH) {
    const created = await admin.createTeam({
      ...(supervisor === undefined ? {} : { supervisor }),
      consultants: Math.min(TEAM_BATCH, flows - from),
      shift,
    });
    supervisor ??= created.supervisor?.login;
    for (const member of created.consultants) {
      if (member.shiftId === undefined) throw new TeamError(`${member.login} was created without a shift`);
      team.push({ login: member.login, password: member.password, shiftId: member.shiftId });
    }
  }
  return team;
}
