import type { Backend } from '../backend/create-backend.js';
import type { BackendResult } from '../http/backend-request.js';

/** How a test request is sent. */
export interface TestRequestOptions {
  /** The JSON body (serialised) or raw text. Default: none. */
  readonly body?: unknown;
  /** Send `body` as it is (a string), not as JSON. Default: `false`. */
  readonly raw?: boolean;
  /** The bearer token. Default: none. */
  readonly token?: string;
  /** `X-Client-Kind`. Default: `tablet`. */
  readonly clientKind?: string | null;
  /** `X-App-Version`. Default: `3.2.0`. */
  readonly appVersion?: string | null;
  /** More headers. Default: none. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Aborts when the simulated client goes away. Default: none. */
  readonly signal?: AbortSignal;
}

/** Sends requests to a backend as an app would, under `/api/v1`. */
export interface BackendClient {
  request(method: string, path: string, options?: TestRequestOptions): Promise<BackendResult>;
}

/** A client for tests: the tablet app's headers by default, JSON bodies, bearer tokens. */
export function createBackendClient(backend: Backend, basePath = '/api/v1'): BackendClient {
  return {
    request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      const clientKind = options.clientKind === undefined ? 'tablet' : options.clientKind;
      const appVersion = options.appVersion === undefined ? '3.2.0' : options.appVersion;
      if (clientKind !== null) headers['X-Client-Kind'] = clientKind;
      if (appVersion !== null) headers['X-App-Version'] = appVersion;
      if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
      let bodyText: string | undefined;
      if (options.body !== undefined) {
        bodyText = options.raw === true ? String(options.body) : JSON.stringify(options.body);
        headers['Content-Type'] ??= 'application/json';
      }
      return backend.handle({ method, url: `${basePath}${path}`, headers, bodyText, signal: options.signal });
    },
  };
}
