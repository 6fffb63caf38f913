import type { OperationEntry } from '../pipeline/handle-request.js';

/** `GET /app/version`: public, never refused for an outdated app. */
export const appOperations: Readonly<Record<string, OperationEntry>> = {
  getAppVersion: {
    handle: ({ core }) => ({
      status: 200,
      body: { minimumVersion: core.config.minimumAppVersion, latestVersion: core.config.latestAppVersion },
    }),
  },
};
