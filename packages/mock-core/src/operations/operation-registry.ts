import type { OperationEntry } from '../pipeline/handle-request.js';
import { appOperations } from './app-operations.js';
import { authOperations } from './auth-operations.js';
import { contactOperations } from './contact-operations.js';
import { shiftOperations } from './shift-operations.js';
import { supervisorOperations } from './supervisor-operations.js';
import { syncOperations } from './sync-operations.js';

/** Every operation the backend serves, by operationId. */
export const OPERATIONS: ReadonlyMap<string, OperationEntry> = new Map(
  Object.entries({
    ...appOperations,
    ...authOperations,
    ...shiftOperations,
    ...supervisorOperations,
    ...contactOperations,
    ...syncOperations,
  }),
);
