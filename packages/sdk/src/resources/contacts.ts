import { ContactRegistration } from '../contacts/contact-registration.js';
import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import type { Contact } from '../types.js';
import { type CallOptions, initOf, type MutationOptions } from './call-options.js';

/** What `contacts.begin` takes. */
export interface BeginContactInput {
  /** The activity type; the shift's project must allow it (`activity_not_in_project`, guide #2). */
  readonly activityTypeId: string;
}

/** Consumer contacts: begin a registration, read one. */
export class ContactsResource {
  readonly #context: SdkContext;

  constructor(context: SdkContext) {
    this.#context = context;
  }

  /**
   * Opens a contact in a started shift and returns its forward-only {@link ContactRegistration}:
   * `recordConsumer → checkIin → sendSms → verifySms → recordDetails → submit`, or `refuse` at any step.
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
    return new ContactRegistration(this.#context, contact);
  }

  /** A contact as the server holds it. */
  get(contactId: string, options: CallOptions = {}): Promise<Contact> {
    return unwrap(
      this.#context.raw.GET('/contacts/{contactId}', { params: { path: { contactId } }, ...initOf(options) }),
    );
  }
}
