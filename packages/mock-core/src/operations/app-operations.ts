import type { OperationTable } from './operation-context.js';

/** `GET /app/version`: public, never refused for an outdated app. */
export const appOperations = {
  getAppVersion: {
    handle: ({ core }) => ({
      status: 200,
      body: { minimumVersion: core.config.minimumAppVersion, latestVersion: core.config.latestAppVersion },
    }),
  },
} satisfies Partial<OperationTable>;
