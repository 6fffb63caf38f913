import { z } from 'zod';
import { momentSchema } from './local-time.js';
import { consultantStepSchema, supervisorStepSchema } from './step-schemas.js';

const loginSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,40}$/, { error: 'a login is lowercase letters, digits, ".", "_" or "-"' });

/** A supervisor: a seeded one (`sv.nurlan`, `sv.elena`) or a new account. */
export const supervisorSchema = z.strictObject({
  login: loginSchema,
  /** What the supervisor does in the web panel during the run. Default: nothing. */
  script: z.array(supervisorStepSchema).default([]),
});

/** The shift the supervisor assigns at the start of the run. */
export const shiftPlanSchema = z.strictObject({
  /** Planned start (`HH:MM` in Almaty on the clock's day, or an ISO instant). */
  start: momentSchema,
  /** Planned end. */
  end: momentSchema,
  /** The project's name (`Напитки Алматы`, `Смартфоны Tulpar`, `Кофе Sary`). Default: the first project. */
  project: z.string().optional(),
});

/** The tablet a consultant works on. */
export const deviceSchema = z.strictObject({
  /** The app version sent as `X-App-Version`. Default: `3.2.0`. */
  appVersion: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .default('3.2.0'),
  /** The client kind sent as `X-Client-Kind`. Default: `tablet`. */
  clientKind: z.enum(['tablet', 'web', 'phone', 'other']).default('tablet'),
  /** The app's local storage, in bytes; past it a contact cannot be saved (guide #13). Default: no limit. */
  storageBytes: z.int().positive().optional(),
});

/**
 * A consultant, or `count` of them (`mk.q` with `count: 3` is `mk.q1`, `mk.q2`, `mk.q3`). A login of the
 * seed data (`mk.aset`, …) without `shift` is that account with its seeded shift; with `shift`, the seeded
 * shift of that day is deleted and the scenario's assigned instead. Any other login is created.
 */
export const consultantSchema = z.strictObject({
  login: loginSchema,
  /** How many consultants this entry stands for. Default: 1 (the login as written). */
  count: z.int().min(1).max(200).optional(),
  /** Their supervisor's login. Default: the first supervisor of the team. */
  supervisor: loginSchema.optional(),
  /** Bound to the supervisor (R12: an unbound consultant sees no shift). Default: true. */
  bound: z.boolean().default(true),
  /** The account was deleted (R5, guide #9). Default: false. */
  deleted: z.boolean().default(false),
  /** The shift assigned at the start (for a seeded login, instead of its seeded shift that day). Default: the seed's for a seeded login, else none. */
  shift: shiftPlanSchema.optional(),
  /** The tablet. Default: app 3.2.0, `tablet`, unlimited storage. */
  device: deviceSchema.default({ appVersion: '3.2.0', clientKind: 'tablet' }),
  /** What the consultant does, in order. Default: nothing. */
  script: z.array(consultantStepSchema).default([]),
});

/** Who takes part. The mock's seed data is always there; the team adds to it. */
export const teamSchema = z.strictObject({
  /** Supervisors. Default: the seed's `sv.nurlan`. */
  supervisors: z.array(supervisorSchema).default([{ login: 'sv.nurlan', script: [] }]),
  /** Consultants. */
  consultants: z.array(consultantSchema).min(1, { error: 'a team needs at least one consultant' }),
});

/** A validated supervisor entry. */
export type SupervisorPlan = z.output<typeof supervisorSchema>;
/** A validated consultant entry. */
export type ConsultantPlan = z.output<typeof consultantSchema>;
