/**
 * `@icontact/openapi/routes`: the contract's operations as data, generated from it: each operationId
 * with its method, path template, whether it is public and whether it takes an `Idempotency-Key`.
 * Browser-safe (no `node:` import). The SDK tags its requests with it and the mock's tests check
 * every answer against the operation it finds here.
 */
import type { operations } from './generated/openapi.js';
import { ROUTES } from './generated/routes.js';

export { ROUTES };

/** The operationId of an operation of the contract, e.g. `startShift`. */
export type OperationId = keyof operations;

/** How an operation is reached, as {@link ROUTES} lists it. */
export type Route = (typeof ROUTES)[OperationId];

/** Every operationId of the contract, in the contract's order. */
export const OPERATION_IDS: readonly OperationId[] = Object.keys(ROUTES) as OperationId[];

/**
 * The key of a route as `METHOD /path/{template}`, e.g. `POST /shifts/{shiftId}/start`.
 *
 * @param route - the method (any case) and the path template
 */
export function routeKey(route: { readonly method: string; readonly path: string }): string {
  return `${route.method.toUpperCase()} ${route.path}`;
}

/** The operationId of each route key (`POST /shifts/{shiftId}/start` → `startShift`). */
export const OPERATION_OF_ROUTE: ReadonlyMap<string, OperationId> = new Map(
  OPERATION_IDS.map((id) => [routeKey(ROUTES[id]), id]),
);

interface RoutePattern {
  readonly method: string;
  readonly pattern: RegExp;
  readonly id: OperationId;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each route as a regular expression over a concrete path; literal routes first, so `/a/b` wins over `/a/{x}`. */
const PATTERNS: readonly RoutePattern[] = OPERATION_IDS.map((id) => {
  const { method, path } = ROUTES[id];
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : escapeRegExp(part)))
    .join('');
  return { method, pattern: new RegExp(`^${source}$`), id };
}).sort((a, b) => Number(ROUTES[a.id].path.includes('{')) - Number(ROUTES[b.id].path.includes('{')));

/**
 * Finds the operation a concrete request addresses.
 *
 * @param method - the HTTP method, any case
 * @param path - the path under the API's base path, e.g. `/shifts/0b5c…/start`; a query is ignored
 * @returns its operationId, or `null` when no operation of the contract has that method and path
 */
export function operationOfRequest(method: string, path: string): OperationId | null {
  const bare = path.split('?')[0] ?? path;
  const upper = method.toUpperCase();
  return PATTERNS.find((route) => route.method === upper && route.pattern.test(bare))?.id ?? null;
}
