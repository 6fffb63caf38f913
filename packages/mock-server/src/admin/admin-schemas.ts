import { isoInstantSchema } from '@icontact/faults';
import { isInClockRange, MAX_CLOCK_SPEED, VIRTUAL_CLOCK_RANGE } from '@icontact/mock-core';
import { z } from 'zod';

/** `POST /__admin/reset`: start over from the seed data, optionally with another seed. */
export const resetBodySchema = z.strictObject({
  /** A new seed. Default: the seed in force. */
  seed: z.int().optional(),
});

/** `POST /__admin/reseed`: start over from the seed data of another seed. */
export const reseedBodySchema = z.strictObject({
  /** The new seed. */
  seed: z.int(),
});

/** `PUT /__admin/clock`: set the virtual instant, the speed, or both. */
export const setClockBodySchema = z
  .strictObject({
    /** The new virtual instant, from 2000 to before 2100 (`VIRTUAL_CLOCK_RANGE`). Default: unchanged. */
    now: isoInstantSchema
      .refine((instant) => isInClockRange(Date.parse(instant)), {
        message: `the virtual clock stays from ${new Date(VIRTUAL_CLOCK_RANGE.earliest).toISOString()} to before ${new Date(VIRTUAL_CLOCK_RANGE.latest).toISOString()}`,
      })
      .optional(),
    /** Virtual ms per real ms, 0 (frozen) to `MAX_CLOCK_SPEED`. Default: unchanged. */
    speed: z.number().min(0).max(MAX_CLOCK_SPEED).optional(),
  })
  .refine((body) => body.now !== undefined || body.speed !== undefined, {
    message: 'send `now`, `speed` or both',
  });

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
  });

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
        state: z.enum(['up', 'down', 'slow']).optional(),
        /** How long a slow KOMPRA takes, real ms. */
        delayMs: milliseconds.optional(),
        /** How long the backend waits before `kompra_timeout` (504), real ms. */
        timeoutMs: milliseconds.optional(),
      })
      .optional(),
    smsGateway: z
      .strictObject({
        /** `up`, `down` (503, still counted), `drop` (accepted, never delivered), `slow` (delivers after `delayMs`). */
        state: z.enum(['up', 'down', 'drop', 'slow']).optional(),
        /** How long a slow gateway takes to accept a message, real ms. */
        delayMs: milliseconds.optional(),
      })
      .optional(),
  })
  .refine((body) => body.kompra !== undefined || body.smsGateway !== undefined, {
    message: 'send `kompra`, `smsGateway` or both',
  });

const jsonRecord = z.record(z.string(), z.json());

/** `PUT /__admin/snapshot`: a snapshot taken with `GET /__admin/snapshot`. */
export const snapshotBodySchema = z.strictObject({
  version: z.literal(1),
  collections: z.record(z.string(), z.record(z.string(), jsonRecord)),
});

/**
 * `POST /__admin/team`: the shape of `backend.admin.createTeam`'s input. Only types are checked here;
 * the core checks the rest (free logins, an existing supervisor and project, ranges) and names the field.
 */
export const teamBodySchema = z.strictObject({
  /** An existing supervisor's login, a new `{ login, fullName? }`, or `null` (unbound). Default: a new one. */
  supervisor: z
    .union([z.string(), z.strictObject({ login: z.string(), fullName: z.string().optional() })])
    .nullable()
    .optional(),
  /** How many consultants, or one entry each. */
  consultants: z.union([
    z.int(),
    z.array(
      z.strictObject({
        login: z.string().optional(),
        fullName: z.string().optional(),
        deleted: z.boolean().optional(),
      }),
    ),
  ]),
  /** Each consultant's shift, relative to the virtual now; `null`: none. Default: now, 480 min, first project. */
  shift: z
    .strictObject({
      startOffsetMinutes: z.number().optional(),
      durationMinutes: z.number().optional(),
      projectId: z.string().optional(),
    })
    .nullable()
    .optional(),
  /** Every new account's password. Default: the seed's. */
  password: z.string().optional(),
});
