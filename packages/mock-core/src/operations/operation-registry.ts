import { appOperations } from './app-operations.js';
import { authOperations } from './auth-operations.js';
import { contactOperations } from './contact-operations.js';
import type { OperationEntry, OperationTable } from './operation-context.js';
import { shiftOperations } from './shift-operations.js';
import { supervisorOperations } from './supervisor-operations.js';
import { syncOperations } from './sync-operations.js';

/** Every operation of the contract with its handler: typed by operationId, so none can be missing. */
const TABLE: OperationTable = {
  ...appOperations,
  ...authOperations,
  ...shiftOperations,
  ...supervisorOperations,
  ...contactOperations,
  ...syncOperations,
};

/** Every operation the backend serves, by operationId. */
export const OPERATIONS: ReadonlyMap<string, OperationEntry> = new Map(Object.entries(TABLE));
