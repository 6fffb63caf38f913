export { createLookup, type DnsServerAddress, type LookupOptions } from './dns/create-lookup.js';
export {
  createDnsResponder,
  type DnsFailureAnswer,
  type DnsQueryRecord,
  type DnsResponder,
  type DnsResponderOptions,
} from './dns/dns-responder.js';
export { API_PREFIX } from './server/api-route.js';
export {
  ADMIN_PREFIX,
  createMockServer,
  DATA_FILE,
  type MockServer,
  type MockServerAddresses,
} from './server/create-mock-server.js';
export {
  LOG_LEVELS,
  type LogLevel,
  MOCK_SERVER_DEFAULTS,
  type MockServerOptions,
} from './server/mock-server-options.js';
export { DataFileError } from './store/open-database.js';
export { createSqliteStore, type SqliteStoreOptions } from './store/sqlite-store.js';
