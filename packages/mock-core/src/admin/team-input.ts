/**
 * What `BackendAdmin.createTeam` takes and gives: a supervisor and consultants made in one call, bound
 * and with a shift open now, for tests and load runs that need many fresh accounts.
 */

/** The most consultants one `createTeam` call makes. */
export const MAX_TEAM_CONSULTANTS = 10_000;

/** A shift's length when `shift.durationMinutes` is not given: 8 hours. */
export const DEFAULT_TEAM_SHIFT_MINUTES = 480;

/**
 * A login `createTeam` accepts: lowercase letters, digits, `.`, `_` and `-`, starting with a letter or a
 * digit, at most 150 characters — a login a consultant can type (R3: lowercase, no spaces).
 */
export const TEAM_LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{0,149}$/;

/** A new supervisor for the team. */
export interface TeamSupervisorInput {
  /** The new account's login; refused when taken. */
  readonly login: string;
  /** `Surname FirstName Patronymic`. Default: a generated name. */
  readonly fullName?: string;
}

/** One consultant of the team. */
export interface TeamConsultantInput {
  /** The new account's login; refused when taken. Default: `team<n>.mk<i>`. */
  readonly login?: string;
  /** `Surname FirstName Patronymic`. Default: a generated Kazakh or Russian name. */
  readonly fullName?: string;
  /** Create the account already deleted (R5: its login answers 410); it gets no shift. Default: `false`. */
  readonly deleted?: boolean;
}

/** The shift each consultant gets, relative to the virtual clock. */
export interface TeamShiftInput {
  /** Planned start, in minutes from the virtual now (negative: already begun). Default: `0`. */
  readonly startOffsetMinutes?: number;
  /** Planned length in minutes, more than 0 and at most 16 hours. Default: `480`. */
  readonly durationMinutes?: number;
  /** The shift's project. Default: the first project `GET /projects` lists. */
  readonly projectId?: string;
}

/** What `createTeam` makes. */
export interface TeamInput {
  /**
   * The consultants' supervisor:
   * - a login: an existing supervisor (refused when there is none with that login);
   * - `{ login, fullName? }`: a new supervisor account;
   * - `null`: none — the consultants stay unbound (R12) and get no shift.
   *
   * Default: a new supervisor, `team<n>.sv`, with a generated name.
   */
  readonly supervisor?: string | TeamSupervisorInput | null;
  /** How many consultants to make with generated logins and names (0 to 10 000), or one entry each. */
  readonly consultants: number | readonly TeamConsultantInput[];
  /**
   * The shift every consultant gets today (assigned by the supervisor, as through the supervisor API);
   * `null`: none. Default: a shift starting at the virtual now, 480 minutes long, on the first project.
   */
  readonly shift?: TeamShiftInput | null;
  /** The password of every new account (8–128 characters, no spaces at either end, not all digits). Default: `Passw0rd!`, the seed's. */
  readonly password?: string;
}

/** An account of a created team (passwords included: this is a mock). */
export interface TeamAccount {
  readonly id: string;
  readonly login: string;
  readonly password: string;
  /** `Surname FirstName Patronymic`. */
  readonly fullName: string;
}

/** A consultant of a created team. */
export interface TeamConsultantAccount extends TeamAccount {
  /** The shift assigned; absent when the team has none, or the account was created deleted. */
  readonly shiftId?: string;
}

/** What `createTeam` returns, consultants in the order asked. */
export interface CreatedTeam {
  /** The supervisor the consultants are bound to, or `null` when they are unbound. */
  readonly supervisor: TeamAccount | null;
  readonly consultants: readonly TeamConsultantAccount[];
}
