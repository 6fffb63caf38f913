import type { ContactAction } from '@icontact/domain';
import type { Outbox } from '../outbox/outbox.js';
import { isStorageFullError, type Storage } from '../storage/storage.js';
import { storageFullError } from '../storage/storage-full-error.js';
import type { ConsumerInput, Contact, ContactDetails } from '../types.js';

/** An `Idempotency-Key` kept for the next request of the same action with the same body. */
export interface HeldKey {
  readonly key: string;
  /** The request's body as JSON (`null` for a step without one). */
  readonly body: string;
}

/**
 * What the device keeps of one contact registration between two steps, so that it survives an app
 * restart: the contact as the server last answered, the consultant's answers so far, the key of its
 * record in the outbox, and the keys of the steps whose answer never came.
 */
export interface RegistrationState {
  /** The contact as the server last returned it (its id, shift, step and allowed actions). */
  readonly contact: Contact;
  /** The key of the contact's record in the outbox. */
  readonly recordKey: string;
  /** The consumer the server accepted (normalised). */
  readonly consumer?: ConsumerInput;
  /** The devices and compliment the server accepted. */
  readonly details?: ContactDetails;
  /** The key of each step sent whose answer may be missing, by action. */
  readonly heldKeys: Readonly<Partial<Record<ContactAction, HeldKey>>>;
  /** The action whose request went out last without its answer being known, if any. */
  readonly pendingAction?: ContactAction;
  /** When the state was saved, ISO 8601 (the device's clock). */
  readonly savedAt: string;
}

/** The stored document: a version, so a later SDK can read what an earlier one wrote. */
interface RegistrationDocument extends RegistrationState {
  readonly version: 1;
}

/** The prefix of the storage keys of registrations (`icontact.registration.<contactId>`). */
const PREFIX = 'icontact.registration.';

/**
 * The registrations in progress on this device, one JSON document per contact in the client's
 * {@link Storage} (the outbox's), each written whole or not at all.
 *
 * A write the storage refuses for want of space fails with `local_storage_full` (with the outbox's
 * `data.unsent`), leaving the previous document whole.
 */
export class RegistrationStore {
  readonly #storage: Storage;
  readonly #outbox: Outbox;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(storage: Storage, outbox: Outbox) {
    this.#storage = storage;
    this.#outbox = outbox;
  }

  /** Saves the state of a registration (replacing the previous one). */
  save(state: RegistrationState): Promise<void> {
    const document: RegistrationDocument = { version: 1, ...state };
    return this.#serial(async () => {
      try {
        await this.#storage.setItem(PREFIX + state.contact.id, JSON.stringify(document));
      } catch (error) {
        if (!isStorageFullError(error)) throw error;
        throw storageFullError(error, await this.#outbox.unsentCount());
      }
    });
  }

  /** The saved state of the registration of `contactId`, or `undefined` when none is kept. */
  load(contactId: string): Promise<RegistrationState | undefined> {
    return this.#serial(async () => {
      const text = await this.#storage.getItem(PREFIX + contactId);
      return text === null ? undefined : (JSON.parse(text) as RegistrationDocument);
    });
  }

  /** Every saved registration (of `shiftId`, when given), the least recently saved first. */
  list(shiftId?: string): Promise<RegistrationState[]> {
    return this.#serial(async () => {
      const states: RegistrationState[] = [];
      for (const key of await this.#storage.keys(PREFIX)) {
        const text = await this.#storage.getItem(key);
        if (text === null) continue;
        const state = JSON.parse(text) as RegistrationDocument;
        if (shiftId === undefined || state.contact.shiftId === shiftId) states.push(state);
      }
      return states.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    });
  }

  /** Forgets the registration of `contactId` (once it is finished). */
  remove(contactId: string): Promise<void> {
    return this.#serial(() => this.#storage.removeItem(PREFIX + contactId));
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
