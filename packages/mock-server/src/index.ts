export { createLookup, type DnsServerAddress, type LookupOptions } from './dns/create-lookup.js';
export {
  createDnsResponder,
  type DnsFailureAnswer,
  type DnsQueryRecord,
  type DnsResponder,
  type DnsResponderOptions,
} from './dns/dns-responder.js';
export { createSqliteStore, type SqliteStoreOptions } from './store/sqlite-store.js';
