/**
 * The error codes of `@icontact/errors`, for the k6 scripts and for Node alike. k6 resolves no package
 * names, so this reaches the package's built public entry through the workspace's `node_modules` link
 * (`pnpm build` builds it; turbo does before `test` and `typecheck`). It imports nothing else.
 */

export type { ErrorCode } from '@icontact/errors';
export { Code } from '../../node_modules/@icontact/errors/dist/index.js';
