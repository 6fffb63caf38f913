import type { paths } from '@icontact/openapi';
import type { Client } from 'openapi-fetch';
import type { Session } from '../auth/session.js';
import type { TokenStore } from '../auth/token-store.js';
import type { RegistrationStore } from '../contacts/registration-store.js';
import type { Outbox } from '../outbox/outbox.js';

/** What every resource of the client shares. */
export interface SdkContext {
  /** The typed openapi-fetch client, over the resilient fetch. */
  readonly raw: Client<paths>;
  readonly outbox: Outbox;
  /** The contact registrations in progress, in the outbox's storage. */
  readonly registrations: RegistrationStore;
  readonly session: Session;
  readonly tokenStore: TokenStore;
  /** The clock, epoch ms. */
  readonly now: () => number;
  /** Most items per sync batch. */
  readonly syncBatchSize: number;
}
