import type { components, paths } from '@icontact/openapi';

type Schemas = components['schemas'];

/** The generated `paths` of the contract (for `client.raw`). */
export type { paths };
/** A user as `GET /auth/me` returns it. */
export type User = Schemas['User'];
/** The token pair and user `POST /auth/token` returns. */
export type TokenResponse = Schemas['TokenResponse'];
/** The supported app versions. */
export type AppVersion = Schemas['AppVersion'];
/** A shift. */
export type Shift = Schemas['Shift'];
/** A shift's timesheet (lateness, under-work). */
export type Timesheet = Schemas['Timesheet'];
/** A contact as the server holds it, with its step and allowed actions. */
export type Contact = Schemas['Contact'];
/** A contact's step. */
export type ContactStep = Schemas['ContactStep'];
/** An action on a contact. */
export type ContactAction = Schemas['ContactAction'];
/** The consumer as the consultant enters it. */
export type ConsumerInput = Schemas['ConsumerInput'];
/** Devices and compliment of a contact. */
export type ContactDetails = Schemas['ContactDetails'];
/** A phone number's SMS quota this month. */
export type SmsQuota = Schemas['SmsQuota'];
/** What the server holds of a shift's sync. */
export type SyncStatus = Schemas['SyncStatus'];
/** The answer of a completed final sync. */
export type FinalSyncResponse = Schemas['FinalSyncResponse'];
/** A project and its activity types. */
export type ProjectList = Schemas['ProjectList'];
/** The consultants a supervisor sees. */
export type ConsultantList = Schemas['ConsultantList'];
/** A consultant as the supervisor sees them. */
export type Consultant = Schemas['Consultant'];
/** A shift assignment. */
export type AssignShiftRequest = Schemas['AssignShiftRequest'];
/** A list of shifts. */
export type ShiftList = Schemas['ShiftList'];
/** The kind of client (`tablet`, `web`, `phone`, `other`). */
export type ClientKind = Schemas['ClientKind'];
