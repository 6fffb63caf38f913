import { apiErrorFromResponse } from './transport/api-error-from-response.js';
import { errorOfAnswer } from './transport/resilient-fetch.js';

/** What an openapi-fetch call resolves to. */
export interface FetchResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * The data of a successful call, or the call's `ApiError` thrown (the one the transport built, or one
 * built here when a custom fetch bypassed it). Transport failures were already thrown by the fetch.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  throw (
    errorOfAnswer(response) ??
    apiErrorFromResponse({
      status: response.status,
      headers: response.headers,
      body: error,
      operation: undefined,
      now: Date.now(),
    })
  );
}
