import {
  applyContactAction,
  type ContactAction,
  parseIin,
  parsePhone,
  validateConsumerName,
} from '@icontact/domain';
import { Code } from '@icontact/errors';
import { IContactError } from '../core/errors/icontact-error.js';
import { LocalError } from '../core/errors/local-error.js';
import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import { randomUuid } from '../internal/util/random-uuid.js';
import type { ContactRecord } from '../outbox/outbox-item.js';
import { type CallInit, initOf, type MutationOptions } from '../resources/call-options.js';
import type {
  ConsumerInput,
  Contact,
  ContactDetails,
  ContactStep,
  ContactAction as WireContactAction,
} from '../types.js';
import type { HeldKey, RegistrationState } from './registration-store.js';

/** The consumer as the consultant enters it (R13): the full name, the ИИН and the phone. */
export interface ConsumerEntry {
  readonly surname: string;
  readonly firstName: string;
  readonly patronymic: string;
  /** 12 digits, as a string. */
  readonly iin: string;
  /** `+7XXXXXXXXXX` or `8XXXXXXXXXX`, spaces and dashes allowed. */
  readonly phone: string;
}

/** Options of every registration step. */
/** Options of a registration step: those of every mutation (`idempotencyKey`, `timeout`, `maxRetries`, `headers`, `signal`). */
export type StepOptions = MutationOptions;

/** The SDK method of each domain action, for the message of a local refusal. */
const METHOD_OF_ACTION: Readonly<Record<ContactAction, string>> = {
  record_consumer: 'recordConsumer',
  check_iin: 'checkIin',
  send_sms: 'sendSmsCode',
  verify_sms: 'verifySmsCode',
  record_details: 'recordDetails',
  submit: 'submit',
  refuse: 'refuse',
};

/** The steps after which a registration is finished (nothing more to resume). */
const FINISHED: ReadonlySet<ContactStep> = new Set(['submitted', 'refused']);

/**
 * One consumer contact being registered: a forward-only object (R14). Each method is one screen of the
 * app; a method called out of order fails locally with `local_step_out_of_order`, naming the current
 * step and the allowed next actions. To correct a mistake, {@link ContactRegistration.refuse} and begin
 * a new contact.
 *
 * Inputs are checked locally before any request: the name (`consumer_incomplete`), the ИИН
 * (`iin_invalid`: 12 digits, a real birth date, the century/sex digit, the check digit) and the phone
 * (`phone_invalid`).
 *
 * When a step may have been applied without an answer saying so (`error.maybeApplied`: an attempt lost
 * on the network, whatever the transport's retries then got),
 * calling the same step again reuses the same `Idempotency-Key`: the server replays its first answer
 * instead of acting twice — so a lost SMS answer never sends a second SMS against the monthly quota.
 * The key stays with the step (same action, same body) until a call of it succeeds, however many
 * calls in between fail. A deliberate resend after a successful send gets a new key (and counts
 * toward the quota).
 *
 * `submit()` and `refuse()` put the contact's record in the outbox (with its own idempotency key)
 * before they call the server; `client.sync.push()` uploads it.
 *
 * The registration is kept in the client's storage until it is submitted or refused: its step, the
 * answers the server accepted, its record key and its held keys — a step's key is saved **before**
 * its request goes out. After an app restart, `client.contacts.resume(contactId)` (or
 * `client.contacts.resumable()`) gives it back, and a step repeated there reuses its key: the server
 * replays the answer it stored instead of acting twice (one SMS, one contact). A save the storage
 * refuses for want of space fails the step with `local_storage_full` before its request is sent.
 */
export class ContactRegistration {
  readonly #context: SdkContext;
  readonly #heldKeys: Map<ContactAction, HeldKey>;
  #contact: Contact;
  #consumer: ConsumerInput | undefined;
  #details: ContactDetails | undefined;
  #pendingAction: ContactAction | undefined;

  /** The key the contact's record carries in the outbox and in every sync of it. */
  readonly recordKey: string;

  /** @internal Use `client.contacts.begin()` or `client.contacts.resume()`. */
  constructor(context: SdkContext, state: Omit<RegistrationState, 'savedAt'>) {
    this.#context = context;
    this.#contact = state.contact;
    this.recordKey = state.recordKey;
    this.#consumer = state.consumer;
    this.#details = state.details;
    this.#heldKeys = new Map(
      Object.entries(state.heldKeys).flatMap(([action, held]) =>
        held === undefined ? [] : [[action as ContactAction, held] as const],
      ),
    );
    this.#pendingAction = state.pendingAction;
  }

  /** The contact's id on the server. */
  get contactId(): string {
    return this.#contact.id;
  }

  /** The shift the contact belongs to. */
  get shiftId(): string {
    return this.#contact.shiftId;
  }

  /** The contact's current step. */
  get step(): ContactStep {
    return this.#contact.step;
  }

  /** The actions allowed at the current step, as the server names them. */
  get allowedActions(): readonly WireContactAction[] {
    return this.#contact.allowedActions;
  }

  /** The contact as the server last returned it. */
  get contact(): Contact {
    return this.#contact;
  }

  /**
   * The consumer as recorded (normalised: `+7…` phone, trimmed names), or the one whose
   * `recordConsumer()` is still unanswered; `undefined` before the first `recordConsumer()`. After a
   * restart, it fills the consumer screen again: repeating `recordConsumer()` with it reuses the key.
   */
  get consumer(): ConsumerInput | undefined {
    if (this.#consumer !== undefined) return this.#consumer;
    const held = this.#heldKeys.get('record_consumer');
    return held === undefined ? undefined : (JSON.parse(held.body) as ConsumerInput);
  }

  /** The devices and compliment the server accepted, once `recordDetails()` succeeded. */
  get details(): ContactDetails | undefined {
    return this.#details;
  }

  /**
   * The step (as the server names it) whose request went out last and whose answer never came — the
   * app was closed, or the network lost it — or `undefined`. Calling that step again (with the same
   * input) reuses its key, so the server answers what it did the first time.
   */
  get pendingAction(): WireContactAction | undefined {
    return this.#pendingAction;
  }

  /** Records the consumer (R13); name, ИИН and phone are checked locally first. */
  async recordConsumer(entry: ConsumerEntry, options: StepOptions = {}): Promise<Contact> {
    this.#ensure('record_consumer');
    const consumer = this.#checkConsumer(entry);
    return this.#step(
      'record_consumer',
      options,
      async (init) => {
        const contact = await unwrap(
          this.#context.raw.PUT('/contacts/{contactId}/consumer', {
            params: { path: { contactId: this.contactId } },
            body: consumer,
            ...init,
          }),
        );
        this.#consumer = consumer;
        return contact;
      },
      consumer,
    );
  }

  /**
   * Verifies the ИИН through KOMPRA (R15). When KOMPRA is down (`kompra_unavailable`, 503) or slow
   * (`kompra_timeout`), wait `error.data.retryAfter` seconds (5–10 minutes) and call it again.
   */
  async checkIin(options: StepOptions = {}): Promise<Contact> {
    this.#ensure('check_iin');
    return this.#step('check_iin', options, (init) =>
      unwrap(
        this.#context.raw.POST('/contacts/{contactId}/iin-check', {
          params: { path: { contactId: this.contactId } },
          ...init,
        }),
      ),
    );
  }

  /**
   * Sends the SMS code to the consumer's phone (R16: at most 3 per number per month). Repeating this
   * after a lost answer reuses the same idempotency key, so the server does not count it twice; calling
   * it again after a successful send is a deliberate resend and counts.
   */
  async sendSmsCode(options: StepOptions = {}): Promise<Contact> {
    this.#ensure('send_sms');
    return this.#step('send_sms', options, (init) =>
      unwrap(
        this.#context.raw.POST('/contacts/{contactId}/sms', {
          params: { path: { contactId: this.contactId } },
          ...init,
        }),
      ),
    );
  }

  /** Verifies the code the consumer received (6 digits; 3 tries; 5 minutes). */
  async verifySmsCode(code: string, options: StepOptions = {}): Promise<Contact> {
    this.#ensure('verify_sms');
    const body = { code: code.trim() };
    return this.#step(
      'verify_sms',
      options,
      (init) =>
        unwrap(
          this.#context.raw.POST('/contacts/{contactId}/sms/verify', {
            params: { path: { contactId: this.contactId } },
            body,
            ...init,
          }),
        ),
      body,
    );
  }

  /** @deprecated Use {@link ContactRegistration.sendSmsCode}, the contract's name (`sendSmsCode`). */
  sendSms(options?: StepOptions): Promise<Contact> {
    return this.sendSmsCode(options);
  }

  /** @deprecated Use {@link ContactRegistration.verifySmsCode}, the contract's name (`verifySmsCode`). */
  verifySms(code: string, options?: StepOptions): Promise<Contact> {
    return this.verifySmsCode(code, options);
  }

  /** Records the devices and the compliment handed over (R13). */
  async recordDetails(details: ContactDetails, options: StepOptions = {}): Promise<Contact> {
    this.#ensure('record_details');
    return this.#step(
      'record_details',
      options,
      async (init) => {
        const contact = await unwrap(
          this.#context.raw.PUT('/contacts/{contactId}/details', {
            params: { path: { contactId: this.contactId } },
            body: details,
            ...init,
          }),
        );
        this.#details = details;
        return contact;
      },
      details,
    );
  }

  /**
   * Submits the contact. Its record goes to the outbox first (durably, with {@link recordKey}); only
   * then is the server told. A full storage fails with `local_storage_full` before anything is sent.
   */
  async submit(options: StepOptions = {}): Promise<Contact> {
    this.#ensure('submit');
    await this.#record({ step: 'submitted' });
    return this.#step('submit', options, (init) =>
      unwrap(
        this.#context.raw.POST('/contacts/{contactId}/submit', {
          params: { path: { contactId: this.contactId } },
          ...init,
        }),
      ),
    );
  }

  /**
   * Refuses the contact ("Отказ", R14) from any step before `submitted`; begin a new one to start again.
   * The refusal is recorded in the outbox first, like a submission.
   */
  async refuse(reason: string, options: StepOptions = {}): Promise<Contact> {
    this.#ensure('refuse');
    const body = { reason: reason.trim() };
    await this.#record({ step: 'refused', refusalReason: body.reason });
    return this.#step(
      'refuse',
      options,
      (init) =>
        unwrap(
          this.#context.raw.POST('/contacts/{contactId}/refuse', {
            params: { path: { contactId: this.contactId } },
            body,
            ...init,
          }),
        ),
      body,
    );
  }

  /** Throws `local_step_out_of_order` unless `action` is allowed at the current step. */
  #ensure(action: ContactAction): void {
    const transition = applyContactAction(this.step, action);
    if (transition.ok) return;
    // `data` speaks the server's vocabulary (`record_consumer`), as a `contact_step_conflict` does; the
    // message names the SDK's methods for the developer reading it.
    const allowed = transition.code === Code.contact_step_conflict ? [...transition.allowedActions] : [];
    const next =
      allowed.length === 0
        ? 'the contact is closed: begin a new one'
        : `allowed next: ${allowed.map((name) => `${METHOD_OF_ACTION[name]}()`).join(', ')}`;
    throw new LocalError({
      code: Code.local_step_out_of_order,
      detail: `${METHOD_OF_ACTION[action]}() is not allowed at step "${this.step}" (${next}). A contact only moves forward: to correct a mistake, refuse it and begin a new one.`,
      data: { currentStep: this.step, allowedActions: allowed, action },
    });
  }

  #checkConsumer(entry: ConsumerEntry): ConsumerInput {
    const name = validateConsumerName(entry);
    if (!name.ok) {
      throw new LocalError({
        code: name.code,
        detail: `The consumer's full name is incomplete or invalid: ${name.errors.map((error) => `${error.field} (${error.reason})`).join(', ')}.`,
        data: {
          errors: name.errors.map((error) => ({
            field: error.field,
            code: error.code,
            message: error.reason,
          })),
        },
        operation: 'recordConsumer',
      });
    }
    const iin = parseIin(entry.iin.trim());
    if (!iin.ok) {
      throw new LocalError({
        code: Code.iin_invalid,
        detail: `The ИИН "${entry.iin}" is not valid (${iin.reason}): check the 12 digits against the document.`,
        data: { reason: iin.reason },
        operation: 'recordConsumer',
      });
    }
    const phone = parsePhone(entry.phone);
    if (!phone.ok) {
      throw new LocalError({
        code: Code.phone_invalid,
        detail: `"${entry.phone}" is not a Kazakhstan mobile number (${phone.reason}): +7 or 8, then 10 digits.`,
        data: { reason: phone.reason },
        operation: 'recordConsumer',
      });
    }
    return { ...name.name, iin: iin.iin, phone: phone.phone };
  }

  /** Puts the contact's record in the outbox (idempotent per {@link recordKey}). */
  async #record(outcome: Pick<ContactRecord, 'step' | 'refusalReason'>): Promise<void> {
    const contact: ContactRecord = {
      activityTypeId: this.#contact.activityType.id,
      step: outcome.step,
      ...(this.#consumer === undefined ? {} : { consumer: this.#consumer }),
      ...(this.#details === undefined ? {} : { details: this.#details }),
      ...(outcome.refusalReason === undefined ? {} : { refusalReason: outcome.refusalReason }),
    };
    await this.#context.outbox.add(this.shiftId, {
      idempotencyKey: this.recordKey,
      contactId: this.contactId,
      recordedAt: new Date(this.#context.now()).toISOString(),
      contact,
    });
  }

  /**
   * Runs one step's call with its idempotency key: the held one when the previous attempt of the same
   * action with the same body was lost on the network, else a new one. The key is saved before the
   * request goes out (a full storage fails the step there, with nothing sent). Updates the contact
   * from the answer, or its step from a `contact_step_conflict`.
   */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one step of the forward-only flow: the held key, the persisted pending step, the request and the conflict, in the order they must happen
  async #step(
    action: ContactAction,
    options: StepOptions,
    call: (init: CallInit) => Promise<Contact>,
    body: unknown = null,
  ): Promise<Contact> {
    const bodyText = JSON.stringify(body);
    const held = this.#heldKeys.get(action);
    const pendingBefore = this.#pendingAction;
    // The caller's key wins (a registration resumed after a restart repeats its step with it).
    const key =
      options.idempotencyKey ?? (held !== undefined && held.body === bodyText ? held.key : randomUuid());
    // Saved before the request goes out: an app closed while it is on the wire repeats it with this key.
    this.#heldKeys.set(action, { key, body: bodyText });
    this.#pendingAction = action;
    try {
      await this.#save();
    } catch (error) {
      if (held === undefined) this.#heldKeys.delete(action);
      else this.#heldKeys.set(action, held);
      this.#pendingAction = pendingBefore;
      throw error;
    }
    try {
      const contact = await call(initOf({ ...options, idempotencyKey: key }));
      this.#heldKeys.delete(action);
      this.#pendingAction = undefined;
      this.#contact = contact;
      await this.#saveAnswered();
      return contact;
    } catch (error) {
      // A key stays held while any attempt sent under it may have been applied: in this call
      // (`maybeApplied`) or in an earlier one (the key was held already). Only a success lets it go. A
      // call that fails without reaching the operation (a refused connection while the server
      // restarts, a 502 from the gateway) proves nothing about the earlier attempt, and a new key would
      // meet the step the server had applied (`contact_step_conflict`, or `contact_closed` after a lost
      // submit). A refusal the server stored under the key is replayed as it was: keeping it costs nothing.
      const heldBefore = held?.key === key;
      if (!heldBefore && !(error instanceof IContactError && error.maybeApplied)) {
        this.#heldKeys.delete(action);
        this.#pendingAction = pendingBefore === action ? undefined : pendingBefore;
      }
      if (error instanceof IContactError && typeof error.data.currentStep === 'string') {
        this.#contact = {
          ...this.#contact,
          step: error.data.currentStep,
          allowedActions: [...(error.data.allowedActions ?? [])],
        };
      }
      await this.#saveAnswered();
      throw error;
    }
  }

  /** Saves the registration's state in the client's storage (`local_storage_full` when it is full). */
  #save(): Promise<void> {
    return this.#context.registrations.save({
      contact: this.#contact,
      recordKey: this.recordKey,
      ...(this.#consumer === undefined ? {} : { consumer: this.#consumer }),
      ...(this.#details === undefined ? {} : { details: this.#details }),
      heldKeys: Object.fromEntries(this.#heldKeys),
      ...(this.#pendingAction === undefined ? {} : { pendingAction: this.#pendingAction }),
      savedAt: new Date(this.#context.now()).toISOString(),
    });
  }

  /**
   * Saves the state after an answer, or forgets a finished registration. Best effort: when it fails,
   * the saved state is the one from before the request, with the request's key held — resuming from
   * it repeats the step under that key, and the server replays its answer.
   */
  async #saveAnswered(): Promise<void> {
    try {
      if (FINISHED.has(this.#contact.step)) await this.#context.registrations.remove(this.contactId);
      else await this.#save();
    } catch {
      // See above: the state saved before the request is safe to resume from.
    }
  }
}
