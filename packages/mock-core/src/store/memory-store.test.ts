import { registerStoreConformanceTests } from '../testing/store-conformance.js';
import { createMemoryStore } from './memory-store.js';

registerStoreConformanceTests('memory store', createMemoryStore);
