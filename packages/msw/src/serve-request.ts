import type { Backend } from '@icontact/mock-core';
import { HttpResponse } from 'msw';
import type { ApiBase } from './api-base.js';
import { deliverResult } from './deliver-result.js';
import { toBackendRequest } from './to-backend-request.js';

/**
 * Serves one intercepted request with the core. MSW has no DNS answer and no TCP connect of its own, so
 * every request stands for a new connection: the fault engine is asked for a `dns_failure`, then for a
 * `refuse`, and either fails the request with `HttpResponse.error()` before the core sees it. Otherwise
 * the core answers and {@link deliverResult} carries its answer out.
 */
export async function serveRequest(
  backend: Pick<Backend, 'handle' | 'admin'>,
  base: ApiBase,
  request: Request,
): Promise<Response> {
  if (backend.admin.connection('dns') !== null || backend.admin.connection('connect') !== null) {
    return HttpResponse.error();
  }
  const result = await backend.handle(await toBackendRequest(base, request));
  return deliverResult(base, request, result);
}
