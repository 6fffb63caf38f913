import { COLLECTIONS, type ShiftRecord, type UserRecord } from '../state/records.js';
import type { Store } from '../store/store.js';
import { fullNameOf } from '../views/user-view.js';
import { SEED_CONSULTANTS, SEED_PASSWORD, type SeedName } from './seed-people.js';
import { sampleConsumers } from './seed-state.js';

/** One account to try. */
export interface SeedAccount {
  readonly login: string;
  readonly role: 'consultant' | 'supervisor';
  readonly fullName: string;
  /** The account's shift today, if any (planned start and end, ISO 8601 UTC). */
  readonly shift: {
    readonly number: number;
    readonly plannedStart: string;
    readonly plannedEnd: string;
  } | null;
  /** What the account shows. */
  readonly note: string;
}

/** What `describeSeed` returns: what to print on start. */
export interface SeedDescription {
  readonly seed: number;
  /** The password of every seeded account. */
  readonly password: string;
  readonly accounts: readonly SeedAccount[];
  /** Consumers with valid ИИНs and Kazakh mobile numbers to register. */
  readonly sampleConsumers: readonly {
    readonly name: SeedName;
    readonly iin: string;
    readonly phone: string;
  }[];
}

/** Describes the seeded accounts as they are in the store now (with their current shifts). */
export function describeSeed(store: Store, seed: number): SeedDescription {
  const users = store.list<UserRecord>(COLLECTIONS.users);
  const shifts = store.list<ShiftRecord>(COLLECTIONS.shifts).filter((shift) => shift.status !== 'deleted');
  const notes = new Map<string, string>(SEED_CONSULTANTS.map((person) => [person.login, person.note]));
  const accounts = users
    .filter((user) => user.role === 'supervisor' || notes.has(user.login))
    .map((user): SeedAccount => {
      const shift = shifts.find((candidate) => candidate.consultantId === user.id) ?? null;
      return {
        login: user.login,
        role: user.role,
        fullName: fullNameOf(user),
        shift: shift && {
          number: shift.number,
          plannedStart: shift.plannedStart,
          plannedEnd: shift.plannedEnd,
        },
        note:
          user.role === 'supervisor'
            ? 'supervisor: tablet or web, no login window'
            : (notes.get(user.login) ?? ''),
      };
    })
    .sort((a, b) => (a.role === b.role ? a.login.localeCompare(b.login) : a.role === 'supervisor' ? -1 : 1));
  return { seed, password: SEED_PASSWORD, accounts, sampleConsumers: sampleConsumers(seed) };
}
