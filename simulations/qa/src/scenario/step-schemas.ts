import { ERROR_CODES } from '@icontact/errors';
import { z } from 'zod';
import { durationSchema } from './duration.js';
import { momentSchema } from './local-time.js';

/** A catalogue code of `@icontact/errors`. */
export const errorCodeSchema = z.enum(ERROR_CODES, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a catalogue code: use one of ERROR_CODES of @icontact/errors (e.g. kompra_unavailable)`,
});

/** When a step runs and how patient the actor is with it: fields every step has. */
const timing = {
  /** Wait until this moment (`HH:MM` in Almaty, or an ISO instant) before the step. Default: at once. */
  at: momentSchema.optional(),
  /** Wait this long (virtual time) before the step, after `at`. Default: no wait. */
  after: durationSchema.optional(),
  /** Tries of the step in all, the first included, while the error's remedy says a retry can help. Default: 4. */
  attempts: z.int().min(1).max(50).optional(),
  /** Virtual time between two tries when the error asks for an immediate retry. Default: `1m`. */
  pause: durationSchema.optional(),
  /** What the actor does when the step finally fails: `stop` its script or `continue` with the next step. Default: `stop`. */
  onFailure: z.enum(['stop', 'continue']).optional(),
};

/** A consumer as the consultant types it; every field may be left out to take the generated one. */
export const consumerSchema = z.strictObject({
  surname: z.string().optional(),
  firstName: z.string().optional(),
  patronymic: z.string().optional(),
  /** 12 digits, as a string (quote it in YAML: leading zeros are real). */
  iin: z.string().optional(),
  /** `+7XXXXXXXXXX` or `8XXXXXXXXXX`. */
  phone: z.string().optional(),
});

/** The consultant's steps, one screen or action of the app each. */
export const consultantStepSchema = z.discriminatedUnion(
  'do',
  [
    z.strictObject({
      do: z.literal('login'),
      ...timing,
      /** The login as typed (capitals and spaces are trimmed and lowercased by the SDK). Default: the account's. */
      login: z.string().optional(),
      /** The password as typed. Default: the account's current one. */
      password: z.string().optional(),
      /** The client logging in (R1: a consultant is served on `tablet` only). Default: the device's. */
      clientKind: z.enum(['tablet', 'web', 'phone', 'other']).optional(),
    }),
    z.strictObject({ do: z.literal('logout'), ...timing }),
    z.strictObject({
      do: z.literal('updateApp'),
      ...timing,
      /** The new app version (`MAJOR.MINOR.PATCH`). */
      version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'expected MAJOR.MINOR.PATCH, e.g. 3.2.0' }),
    }),
    z.strictObject({
      do: z.literal('resetPassword'),
      ...timing,
      /** The email as typed. Default: the account's. */
      email: z.string().optional(),
      /** The new password. Default: `New-passw0rd`. */
      newPassword: z.string().optional(),
    }),
    z.strictObject({ do: z.literal('start'), ...timing }),
    z.strictObject({
      do: z.literal('register'),
      ...timing,
      /** How many contacts. Default: 1. */
      count: z.int().min(1).max(500).default(1),
      /** Virtual time between the starts of two contacts. Default: none, one after the other. */
      every: durationSchema.optional(),
      /** The activity type's name; the shift's project must allow it (guide #2). Default: the project's first. */
      activity: z.string().optional(),
      /** The consumers, in order; missing ones (or fields) are generated from the seed. Default: all generated. */
      consumers: z.array(consumerSchema).optional(),
      /** Fields every consumer of this step takes (the same phone for the SMS quota, say). Default: none. */
      consumer: consumerSchema.optional(),
      /** The SMS code the consultant types first: `right`, or `wrong` then the right one. Default: `right`. */
      smsCode: z.enum(['right', 'wrong']).default('right'),
      /** Go back a screen after recording the consumer (guide #24): the app refuses; press "Отказ" and begin again. Default: false. */
      mistake: z.boolean().default(false),
      /** The consumer declines after their data was recorded: press "Отказ". Default: false. */
      refuse: z.boolean().default(false),
      /** Push the outbox after each contact (the app's background sync, one try). Default: true. */
      syncEach: z.boolean().default(true),
    }),
    z.strictObject({ do: z.literal('sync'), ...timing }),
    z.strictObject({ do: z.literal('close'), ...timing }),
    z.strictObject({ do: z.literal('wait'), ...timing }),
    z.strictObject({
      do: z.literal('clearAppData'),
      ...timing,
    }),
  ],
  {
    error:
      'expected a step with `do`: login, logout, updateApp, resetPassword, start, register, sync, close, wait, clearAppData',
  },
);

/** The supervisor's steps in the web panel. */
export const supervisorStepSchema = z.discriminatedUnion(
  'do',
  [
    z.strictObject({
      do: z.literal('changeProject'),
      ...timing,
      /** Whose shift (today's). */
      consultant: z.string(),
      /** The project's name. */
      project: z.string(),
    }),
    z.strictObject({ do: z.literal('deleteShift'), ...timing, consultant: z.string() }),
    z.strictObject({
      do: z.literal('assignShift'),
      ...timing,
      consultant: z.string(),
      start: momentSchema,
      end: momentSchema,
      /** The project's name. Default: the first project. */
      project: z.string().optional(),
    }),
    z.strictObject({ do: z.literal('bind'), ...timing, consultant: z.string() }),
    z.strictObject({ do: z.literal('wait'), ...timing }),
  ],
  { error: 'expected a step with `do`: changeProject, deleteShift, assignShift, bind, wait' },
);

/** A consultant step, validated. */
export type ConsultantStep = z.output<typeof consultantStepSchema>;
/** A supervisor step, validated. */
export type SupervisorStep = z.output<typeof supervisorStepSchema>;
/** A consumer override, validated. */
export type ConsumerOverride = z.output<typeof consumerSchema>;
/** The timing and patience fields every step has. */
export type StepTiming = Pick<ConsultantStep, 'at' | 'after' | 'attempts' | 'pause' | 'onFailure'>;
