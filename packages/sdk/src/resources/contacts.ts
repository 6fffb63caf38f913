import { ContactRegistration } from '../contacts/contact-registration.js';
import type { RegistrationState } from '../contacts/registration-store.js';
import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import { randomUuid } from '../internal/util/random-uuid.js';
import type { Contact } from '../types.js';
import { type CallOptions, initOf, type MutationOptions } from './call-options.js';

/** What `contacts.begin` takes. */
export interface BeginContactInput {
  /** The activity type; the shift's project must allow it (`activity_not_in_project`, guide #2). */
  readonly activityTypeId: string;
}

/** Consumer contacts: begin a registration, resume one after a restart, read one. */
export class ContactsResource {
  readonly #context: SdkContext;

  constructor(context: SdkContext) {
    this.#context = context;
  }

  /**
   * Opens a contact in a started shift and returns its forward-only {@link ContactRegistration}:
   * `recordConsumer → checkIin → sendSmsCode → verifySmsCode → recordDetails → submit`, or `refuse` at any step.
   * The registration is kept in the client's storage until it is submitted or refused (see
   * {@link ContactsResource.resume}).
   */
  async begin(
    shiftId: string,
    input: BeginContactInput,
    options: MutationOptions = {},
  ): Promise<ContactRegistration> {
    const contact = await unwrap(
      this.#context.raw.POST('/shifts/{shiftId}/contacts', {
        params: { path: { shiftId } },
        body: { activityTypeId: input.activityTypeId },
        ...initOf(options),
      }),
    );
    const state = { contact, recordKey: randomUuid(), heldKeys: {} };
    const registration = new ContactRegistration(this.#context, state);
    // Best effort: nothing was entered yet, and a full storage fails the first step before it is sent.
    await this.#context.registrations
      .save({ ...state, savedAt: new Date(this.#context.now()).toISOString() })
      .catch(() => undefined);
    return registration;
  }

  /**
   * The registration of `contactId` as this device kept it — after an app restart, say — to carry on
   * where it stopped: at its step, with the consumer and details the server accepted, its outbox key
   * and the keys of the steps whose answer never came ({@link ContactRegistration.pendingAction}).
   * Repeating such a step reuses its key, so the server replays its first answer: the SMS is not sent
   * twice, the contact is not submitted twice. No request is made; the step is the one the device
   * last knew (`contacts.get(contactId)` reads the server's).
   *
   * @returns the registration, or `undefined` when the device keeps none for `contactId` (never begun
   *   here, or already submitted or refused)
   */
  async resume(contactId: string): Promise<ContactRegistration | undefined> {
    const state = await this.#context.registrations.load(contactId);
    return state === undefined ? undefined : this.#registration(state);
  }

  /**
   * Every registration begun on this device and not yet submitted or refused (of `shiftId`, when
   * given), least recently touched first: what to offer the consultant after an app restart.
   */
  async resumable(shiftId?: string): Promise<readonly ContactRegistration[]> {
    const states = await this.#context.registrations.list(shiftId);
    return states.map((state) => this.#registration(state));
  }

  #registration(state: RegistrationState): ContactRegistration {
    return new ContactRegistration(this.#context, state);
  }

  /** A contact as the server holds it. */
  get(contactId: string, options: CallOptions = {}): Promise<Contact> {
    return unwrap(
      this.#context.raw.GET('/contacts/{contactId}', { params: { path: { contactId } }, ...initOf(options) }),
    );
  }
}
