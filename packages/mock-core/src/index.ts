export { createMemoryStore } from './store/memory-store.js';
export type { JsonRecord, JsonValue, Store, StoreFactory, StoreSnapshot } from './store/store.js';
