import type { AdminClient } from '../support/admin-client.js';

/** A consultant made for a chaos run: login, password and the id of their shift today. */
export interface AddedConsultant {
  readonly login: string;
  readonly password: string;
  readonly shiftId: string;
}

/**
 * Makes `count` consultants for a chaos run with the admin API's `POST /team` (`mk.chaos01`, …), bound to
 * the seed's sv.nurlan, each with a shift of their own starting at the virtual now for 8 hours.
 *
 * @throws Error when the admin API refuses, or a consultant comes back without a shift
 */
export async function createVirtualConsultants(
  admin: AdminClient,
  count: number,
): Promise<AddedConsultant[]> {
  const answer = await admin.call('POST', '/team', {
    supervisor: 'sv.nurlan',
    consultants: Array.from({ length: count }, (_, index) => ({
      login: `mk.chaos${String(index + 1).padStart(2, '0')}`,
    })),
    shift: { startOffsetMinutes: 0, durationMinutes: 480 },
  });
  const { consultants } = answer.body as {
    consultants: { login: string; password: string; shiftId?: string }[];
  };
  return consultants.map(({ login, password, shiftId }) => {
    if (shiftId === undefined) throw new Error(`${login} was created without a shift`);
    return { login, password, shiftId };
  });
}
