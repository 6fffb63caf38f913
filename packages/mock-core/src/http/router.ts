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
  /**
   * The operation of `method` at the contract path `template` (as {@link Router.templates} lists it),
   * with the parameters read from `path` — for an adapter whose own router already matched the path, so
   * that a request is routed once. `undefined` when the contract has no such operation (or the path does
   * not fit the template): route with {@link Router.match} then.
   */
  matchTemplate(method: string, template: string, path: string): RouteMatch | undefined;
  /** Every operation's method and full path template (base path included, `{name}` parameters). */
  readonly templates: readonly { readonly method: string; readonly path: string }[];
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
  const byTemplate = new Map<string, { operation: OperationSpec; segments: readonly string[] }>();
  for (const operation of operations) {
    byTemplate.set(`${operation.method} ${basePath}${operation.path}`, {
      operation,
      segments: `${basePath}${operation.path}`.split('/'),
    });
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
    templates: operations.map((operation) => ({
      method: operation.method,
      path: `${basePath}${operation.path}`,
    })),
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the router's hot path (every request), a segment-by-segment match kept in one loop
    matchTemplate(method, template, path) {
      const upper = method.toUpperCase();
      const found =
        byTemplate.get(`${upper} ${template}`) ??
        (upper === 'HEAD' ? byTemplate.get(`GET ${template}`) : undefined);
      if (found === undefined) return undefined;
      const parts = path.split('/');
      if (parts.length !== found.segments.length) return undefined;
      const raw: Record<string, string> = {};
      for (let i = 0; i < parts.length; i += 1) {
        const segment = found.segments[i] as string;
        const part = parts[i] as string;
        if (segment.startsWith('{') && segment.endsWith('}')) {
          if (part === '') return undefined;
          raw[segment.slice(1, -1)] = part;
        } else if (segment !== part) return undefined;
      }
      const params = decodeParams(raw);
      if (params === null) return { kind: 'no_route' };
      return { kind: 'operation', operation: found.operation, params };
    },
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the router's hot path (every request), a segment-by-segment match kept in one loop
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
