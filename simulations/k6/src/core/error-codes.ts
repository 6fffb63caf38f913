/**
 * The error codes and catalogue of `@icontact/errors`, for the k6 scripts and for Node alike. k6 resolves
 * no package names, so this reaches the package's built public entry through the workspace's
 * `node_modules` link (`pnpm build` builds it; turbo does before `test` and `typecheck`).
 */

export type { ErrorCode } from '@icontact/errors';
export { Code, catalogue, TRANSIENT_STATUSES } from '../../node_modules/@icontact/errors/dist/index.js';
