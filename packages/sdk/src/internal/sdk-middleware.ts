import type { Middleware } from 'openapi-fetch';
import { routeInfo } from './routes.js';
import { setRequestMeta } from './transport/request-meta.js';
import { randomUuid } from './util/random-uuid.js';

const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What the SDK stamps on every request. */
export interface StampOptions {
  readonly appVersion: string;
  readonly clientKind: string;
}

/**
 * The openapi-fetch middleware that runs once per logical call: it sets `X-App-Version` and
 * `X-Client-Kind`, gives every unsafe request an `Idempotency-Key` (a new UUID, unless the caller set
 * one) that the transport then reuses across the call's retries, and tells the transport the route,
 * its catalogue operation and whether it carries the bearer token.
 */
export function createSdkMiddleware(options: StampOptions): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      request.headers.set('X-App-Version', options.appVersion);
      request.headers.set('X-Client-Kind', options.clientKind);
      if (UNSAFE_METHODS.has(request.method) && !request.headers.has('Idempotency-Key')) {
        request.headers.set('Idempotency-Key', randomUuid());
      }
      const route = `${request.method} ${schemaPath}`;
      setRequestMeta(request, { route, ...routeInfo(route) });
      return request;
    },
  };
}
