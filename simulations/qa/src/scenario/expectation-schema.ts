import { z } from 'zod';
import { errorCodeSchema } from './step-schemas.js';

const who = {
  /** The consultant's login (with `count`, `mk.a2` names the second). Default: every consultant. */
  consultant: z.string().optional(),
};

/** One thing the run must show; `that` names what. */
export const expectationSchema = z.discriminatedUnion(
  'that',
  [
    /** Every contact a consultant recorded (submitted or refused) is on the server exactly once, none lost, none doubled. */
    z.strictObject({ that: z.literal('everyContactOnce') }),
    /** No shift was closed without its final sync, and none that was started is left open. */
    z.strictObject({ that: z.literal('noShiftClosedIncorrectly') }),
    /** The consultant's shift was closed, correctly by default. */
    z.strictObject({
      that: z.literal('shiftClosed'),
      consultant: z.string(),
      correctly: z.boolean().default(true),
    }),
    /**
     * The error was seen (the app showed it) at least `min`, at most `max` times, and its remedy contains
     * `remedy` (Russian or English). Who counts: `consultant` alone; without it, the whole team's sightings
     * added together; with `each: true`, every consultant of the team on their own.
     */
    z
      .strictObject({
        that: z.literal('sees'),
        ...who,
        /** Count each consultant of the team on their own: every one must see it `min`–`max` times. Default: false (the team's total). */
        each: z.boolean().default(false),
        code: errorCodeSchema,
        remedy: z.string().min(1).optional(),
        min: z.int().min(0).default(1),
        max: z.int().min(0).optional(),
      })
      .refine((sees) => !(sees.each && sees.consultant !== undefined), {
        path: ['each'],
        message: '`each` counts every consultant of the team on their own: leave out `consultant`, or `each`',
      })
      .refine((sees) => sees.max === undefined || sees.max >= sees.min, {
        path: ['max'],
        message: '`max` is below `min`: no count can pass',
      }),
    /** The consultant never saw the error. */
    z.strictObject({ that: z.literal('neverSees'), ...who, code: errorCodeSchema }),
    /** The SDK repeated requests (retries, throttling waits, redirects, re-authentications) at most `max` times. */
    z.strictObject({
      that: z.literal('retries'),
      ...who,
      max: z.int().min(0),
      min: z.int().min(0).default(0),
    }),
    /** The server holds exactly this many contacts of the consultant(s), by final step. */
    z.strictObject({
      that: z.literal('contactsOnServer'),
      ...who,
      submitted: z.int().min(0).optional(),
      refused: z.int().min(0).optional(),
    }),
    /** The consultant's timesheet shows this lateness and under-work, in minutes (R9, R10). */
    z.strictObject({
      that: z.literal('timesheet'),
      consultant: z.string(),
      lateness: z.int().min(0).optional(),
      underwork: z.int().min(0).optional(),
    }),
    /** A fault of the plan struck at least `min` times (so the scenario really tested it). */
    z.strictObject({ that: z.literal('faultInjected'), fault: z.string(), min: z.int().min(1).default(1) }),
    /** SMS that reached the gateway for the number this month (R16, R17). */
    z.strictObject({ that: z.literal('smsSent'), phone: z.string(), count: z.int().min(0) }),
    /** Contacts left in the consultants' outboxes at the end. */
    z.strictObject({ that: z.literal('backlog'), ...who, max: z.int().min(0) }),
  ],
  {
    error:
      'expected an expectation with `that`: everyContactOnce, noShiftClosedIncorrectly, shiftClosed, sees, neverSees, retries, contactsOnServer, timesheet, faultInjected, smsSent, backlog',
  },
);

/** A validated expectation. */
export type Expectation = z.output<typeof expectationSchema>;
