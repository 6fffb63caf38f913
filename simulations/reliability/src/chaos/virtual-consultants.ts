import type { StoreSnapshotJson } from '../support/admin-client.js';

/** A consultant added to the seed for a chaos run: a login and the id of their shift today. */
export interface AddedConsultant {
  readonly login: string;
  readonly shiftId: string;
}

/**
 * Adds `count` consultants to a store snapshot (the admin API's `GET /snapshot`), each a copy of the
 * seeded `template` consultant under a new id and login (`mk.chaos01`, …), bound to the same
 * supervisor, with a shift of their own planned from `plannedStart` for 8 hours. Pure: returns a new
 * snapshot for `PUT /snapshot`.
 */
export function withVirtualConsultants(
  snapshot: StoreSnapshotJson,
  template: string,
  count: number,
  plannedStart: string,
): { snapshot: StoreSnapshotJson; consultants: AddedConsultant[] } {
  const users = { ...snapshot.collections.users };
  const shifts = { ...snapshot.collections.shifts };
  const syncStats = { ...snapshot.collections.syncStats };
  const templateUser = Object.values(users).find((user) => user.login === template);
  const templateShift = Object.values(shifts).find((shift) => shift.consultantId === templateUser?.id);
  if (templateUser === undefined || templateShift === undefined) {
    throw new Error(`the seed has no consultant ${template} with a shift`);
  }
  const start = new Date(plannedStart);
  const end = new Date(start.getTime() + 8 * 60 * 60_000);
  let number = Math.max(...Object.values(shifts).map((shift) => Number(shift.number)));
  const consultants: AddedConsultant[] = [];
  for (let index = 1; index <= count; index += 1) {
    const suffix = String(index).padStart(2, '0');
    const userId = `c4a05000-0000-4000-8000-0000000000${suffix}`;
    const shiftId = `c4a05000-0000-4000-9000-0000000000${suffix}`;
    const login = `mk.chaos${suffix}`;
    number += 1;
    users[userId] = { ...templateUser, id: userId, login, email: `${login}@icontact.example` };
    shifts[shiftId] = {
      ...templateShift,
      id: shiftId,
      number,
      consultantId: userId,
      plannedStart: start.toISOString(),
      plannedEnd: end.toISOString(),
      status: 'planned',
      actualStart: null,
      actualEnd: null,
    };
    syncStats[shiftId] = { accepted: 0, duplicate: 0, rejected: 0, lastSyncAt: null };
    consultants.push({ login, shiftId });
  }
  return {
    snapshot: { ...snapshot, collections: { ...snapshot.collections, users, shifts, syncStats } },
    consultants,
  };
}
