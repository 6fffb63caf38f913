import { isOperation, type Operation } from '@icontact/errors';
import { OPERATION_OF_ROUTE, ROUTES } from '@icontact/openapi/routes';

/** What the SDK knows of a route (`METHOD /path/{template}`) from the contract. */
export interface RouteInfo {
  /**
   * The operationId when the catalogue reads a bare status at it in context (its `OPERATIONS`);
   * `undefined` for the others.
   */
  readonly operation: Operation | undefined;
  /** `false` for the routes the contract marks public: sent without `Authorization` (a stale token must not break a login). */
  readonly authenticate: boolean;
}

/**
 * Looks a route up in the contract's route table.
 *
 * @param route - `METHOD /path/{template}`, as openapi-fetch's `schemaPath` names it
 */
export function routeInfo(route: string): RouteInfo {
  const id = OPERATION_OF_ROUTE.get(route);
  if (id === undefined) return { operation: undefined, authenticate: true };
  return { operation: isOperation(id) ? id : undefined, authenticate: !ROUTES[id].public };
}
