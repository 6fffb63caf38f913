import { isoInstantSchema } from '@icontact/faults';
import { isInClockRange, MAX_CLOCK_SPEED, VIRTUAL_CLOCK_RANGE } from '@icontact/mock-core';
import { z } from 'zod';

// The admin API's request bodies: the routes validate with these, and `scripts/admin-openapi.ts`
// writes their JSON Schema into `admin-openapi.yaml` (`.meta()` carries what a reader of the API needs:
// descriptions, and the bounds the core checks after them). Edit them here, then `pnpm generate`.

/** `POST /__admin/reset`: start over from the seed data, optionally with another seed. */
export const resetBodySchema = z.strictObject({
  /** A new seed. Default: the seed in force. */
  seed: z.int().optional().meta({ description: 'A new seed. Default: the seed in force.' }),
});

/** `POST /__admin/reseed`: start over from the seed data of another seed. */
export const reseedBodySchema = z.strictObject({
  /** The new seed. */
  seed: z.int().meta({ description: 'The new seed.' }),
});

/** `PUT /__admin/clock`: set the virtual instant, the speed, or both. */
export const setClockBodySchema = z
  .strictObject({
    /** The new virtual instant, from 2000 to before 2100 (`VIRTUAL_CLOCK_RANGE`). Default: unchanged. */
    now: isoInstantSchema
      .refine((instant) => isInClockRange(Date.parse(instant)), {
        message: `the virtual clock stays from ${new Date(VIRTUAL_CLOCK_RANGE.earliest).toISOString()} to before ${new Date(VIRTUAL_CLOCK_RANGE.latest).toISOString()}`,
      })
      .optional()
      .meta({ description: 'The new virtual instant, from 2000 to before 2100. Default: unchanged.' }),
    /** Virtual ms per real ms, 0 (frozen) to `MAX_CLOCK_SPEED`. Default: unchanged. */
    speed: z
      .number()
      .min(0)
      .max(MAX_CLOCK_SPEED)
      .optional()
      .meta({ description: 'Virtual ms per real ms; `0` freezes the clock. Default: unchanged.' }),
  })
  .refine((body) => body.now !== undefined || body.speed !== undefined, {
    message: 'send `now`, `speed` or both',
  })
  .meta({ minProperties: 1 });

/** The whole span the virtual clock may cover, in milliseconds: no advance can be longer. */
const CLOCK_SPAN_MS = VIRTUAL_CLOCK_RANGE.latest - VIRTUAL_CLOCK_RANGE.earliest;

/** An amount of a unit of `msPerUnit` milliseconds, no longer than the clock's whole span either way. */
const amount = (msPerUnit: number) => {
  const most = Math.floor(CLOCK_SPAN_MS / msPerUnit);
  return z.number().finite().min(-most).max(most);
};

/** The units of an advance, and their milliseconds. */
export const ADVANCE_UNITS_MS = {
  ms: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
} as const;

/**
 * `POST /__admin/clock/advance`: move the clock by the sum of the amounts given (negative goes back);
 * each amount is bounded by the clock's whole span, and the route refuses an advance that would leave
 * `VIRTUAL_CLOCK_RANGE`, naming the fields it came from.
 */
export const advanceClockBodySchema = z
  .strictObject({
    ms: amount(ADVANCE_UNITS_MS.ms).optional(),
    seconds: amount(ADVANCE_UNITS_MS.seconds).optional(),
    minutes: amount(ADVANCE_UNITS_MS.minutes).optional(),
    hours: amount(ADVANCE_UNITS_MS.hours).optional(),
    days: amount(ADVANCE_UNITS_MS.days).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'send at least one of ms, seconds, minutes, hours, days',
  })
  .meta({ minProperties: 1 });

/** The milliseconds an advance body stands for. */
export function advanceMs(body: z.output<typeof advanceClockBodySchema>): number {
  let total = 0;
  for (const [unit, msPerUnit] of Object.entries(ADVANCE_UNITS_MS)) {
    total += (body[unit as keyof typeof ADVANCE_UNITS_MS] ?? 0) * msPerUnit;
  }
  return total;
}

const milliseconds = z.int().min(0);

/** `PATCH /__admin/upstreams`: change KOMPRA's or the SMS gateway's behaviour. */
export const upstreamsPatchSchema = z
  .strictObject({
    kompra: z
      .strictObject({
        /** `up`, `down` (503 `kompra_unavailable`), `slow` (answers after `delayMs`). */
        state: z.enum(['up', 'down', 'slow']).optional().meta({
          description: '`up`, `down` (503 `kompra_unavailable`), `slow` (answers after `delayMs`).',
        }),
        /** How long a slow KOMPRA takes, real ms. */
        delayMs: milliseconds.optional().meta({ description: 'How long a slow KOMPRA takes, real ms.' }),
        /** How long the backend waits before `kompra_timeout` (504), real ms. */
        timeoutMs: milliseconds
          .optional()
          .meta({ description: 'How long the backend waits before `kompra_timeout` (504), real ms.' }),
      })
      .optional()
      .meta({ description: 'The simulated KOMPRA (the ИИН check).' }),
    smsGateway: z
      .strictObject({
        /** `up`, `down` (503, still counted), `not_delivered` (accepted, never delivered), `slow` (delivers after `delayMs`); `drop` is the deprecated spelling of `not_delivered`. */
        state: z.enum(['up', 'down', 'not_delivered', 'slow', 'drop']).optional().meta({
          description:
            '`up`, `down` (503, still counted), `not_delivered` (accepted, never delivered), `slow` (delivers after `delayMs`); `drop` is the deprecated spelling of `not_delivered`.',
        }),
        /** How long a slow gateway takes to accept a message, real ms. */
        delayMs: milliseconds
          .optional()
          .meta({ description: 'How long a slow gateway takes to accept a message, real ms.' }),
      })
      .optional()
      .meta({ description: 'The simulated SMS gateway.' }),
  })
  .refine((body) => body.kompra !== undefined || body.smsGateway !== undefined, {
    message: 'send `kompra`, `smsGateway` or both',
  })
  .meta({ minProperties: 1 });

const jsonRecord = z.record(z.string(), z.json());

/** `PUT /__admin/snapshot`: a snapshot taken with `GET /__admin/snapshot`. */
export const snapshotBodySchema = z.strictObject({
  version: z.literal(1),
  collections: z
    .record(z.string(), z.record(z.string(), jsonRecord))
    .meta({ description: 'collection → id → record.' }),
});

/**
 * `POST /__admin/team`: the shape of `backend.admin.createTeam`'s input. Only types are checked here;
 * the core checks the rest (free logins, an existing supervisor and project, ranges) and names the field.
 */
export const teamBodySchema = z
  .strictObject({
    /** An existing supervisor's login, a new `{ login, fullName? }`, or `null` (unbound). Default: a new one. */
    supervisor: z
      .union([
        z.string().meta({ description: "An existing supervisor's login." }),
        z
          .strictObject({
            login: z.string().meta({ description: 'The new login; refused when taken.' }),
            fullName: z
              .string()
              .optional()
              .meta({ description: '`Surname FirstName Patronymic`. Default: generated.' }),
          })
          .meta({ description: 'A new supervisor.' }),
      ])
      .nullable()
      .optional()
      .meta({
        description:
          "The consultants' supervisor: a login names an existing supervisor; `{ login, fullName? }` creates one; " +
          '`null` leaves the consultants unbound (R12), with no shift. Default: a new supervisor, `team<n>.sv`.',
      }),
    /** How many consultants, or one entry each. */
    consultants: z
      .union([
        z.int().meta({ minimum: 0, maximum: 10_000 }),
        z
          .array(
            z.strictObject({
              login: z
                .string()
                .optional()
                .meta({ description: 'The new login; refused when taken. Default: `team<n>.mk<i>`.' }),
              fullName: z.string().optional().meta({
                description: '`Surname FirstName Patronymic`. Default: a generated Kazakh or Russian name.',
              }),
              deleted: z.boolean().optional().meta({
                description: 'Create the account deleted (410 at login); it gets no shift. Default: false.',
              }),
            }),
          )
          .meta({ maxItems: 10_000 }),
      ])
      .meta({
        description: 'How many consultants with generated logins and names (0 to 10 000), or one entry each.',
      }),
    /** Each consultant's shift, relative to the virtual now; `null`: none. Default: now, 480 min, first project. */
    shift: z
      .strictObject({
        startOffsetMinutes: z.number().optional().meta({
          description: 'Planned start in minutes from the virtual now; negative has begun. Default: 0.',
        }),
        durationMinutes: z
          .number()
          .optional()
          .meta({ exclusiveMinimum: 0, maximum: 960, description: 'Planned length. Default: 480.' }),
        projectId: z
          .string()
          .optional()
          .meta({ description: 'The project. Default: the first `GET /api/v1/projects` lists.' }),
      })
      .nullable()
      .optional()
      .meta({
        description:
          "Every consultant's shift today; `null`: none. Default: starting now, 480 minutes, on the first project.",
      }),
    /** Every new account's password. Default: the seed's. */
    password: z.string().optional().meta({
      minLength: 8,
      maxLength: 128,
      description:
        "Every new account's password: no spaces at either end, not all digits. Default: `Passw0rd!`.",
    }),
  })
  .meta({
    description:
      'What `POST /team` creates. The bounds (counts, lengths, minutes) and the rest (free logins, an existing ' +
      'supervisor and project) are checked by the core, which names the field.',
  });
