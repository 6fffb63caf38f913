import { addRoute, createRouter, findRoute, type RouterContext } from 'rou3';
import type { OperationSpec } from '../spec/operations.js';

/** What routing a path and method found. */
export type RouteMatch =
  | {
      readonly kind: 'operation';
      readonly operation: OperationSpec;
      /** The path parameters, percent-decoded. */
      readonly params: Readonly<Record<string, string>>;
    }
  /** The path exists with other methods (405); `allow` lists them. */
  | { readonly kind: 'wrong_method'; readonly allow: readonly string[] }
  /** No operation has this path (404). */
  | { readonly kind: 'no_route' };

/** Finds the operation of a request by the contract's paths and methods. */
export interface Router {
  /** Routes `path` (without the query) for `method`. */
  match(method: string, path: string): RouteMatch;
}

function toRouterPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

function decodeParams(raw: Readonly<Record<string, string>> | undefined): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return params;
}

/**
 * Builds the router of the contract's operations. `basePath` (`/api/v1`) is stripped from each
 * request path first; a path outside it is not found.
 */
export function createOperationRouter(operations: readonly OperationSpec[], basePath: string): Router {
  const byMethod: RouterContext<OperationSpec> = createRouter();
  const byPath: RouterContext<string[]> = createRouter();
  const methodsOfPath = new Map<string, string[]>();
  for (const operation of operations) {
    const routePath = toRouterPath(operation.path);
    addRoute(byMethod, operation.method, routePath, operation);
    let methods = methodsOfPath.get(routePath);
    if (!methods) {
      methods = [];
      methodsOfPath.set(routePath, methods);
      addRoute(byPath, '', routePath, methods);
    }
    methods.push(operation.method);
  }

  return {
    match(method, rawPath) {
      if (basePath !== '' && rawPath !== basePath && !rawPath.startsWith(`${basePath}/`))
        return { kind: 'no_route' };
      const path = rawPath.slice(basePath.length) || '/';
      const upper = method.toUpperCase();
      // HEAD is served as GET where the contract has no HEAD of its own (the adapter sends no body).
      const found =
        findRoute(byMethod, upper, path) ?? (upper === 'HEAD' ? findRoute(byMethod, 'GET', path) : undefined);
      if (found) {
        const params = decodeParams(found.params);
        if (params === null) return { kind: 'no_route' };
        return { kind: 'operation', operation: found.data, params };
      }
      const other = findRoute(byPath, '', path);
      if (other) {
        const allow = [...other.data];
        if (allow.includes('GET') && !allow.includes('HEAD')) allow.push('HEAD');
        return { kind: 'wrong_method', allow };
      }
      return { kind: 'no_route' };
    },
  };
}
