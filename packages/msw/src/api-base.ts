import openapi from '@icontact/openapi/openapi.json' with { type: 'json' };

/** The base path of the contract's server (`/api/v1`): the core routes every path under it. */
export const CONTRACT_BASE_PATH: string = new URL(
  openapi.servers[0]?.url ?? '/',
  'http://contract.invalid',
).pathname.replace(/\/+$/, '');

/** One base URL the handlers answer, and how its paths map onto the contract's. */
export interface ApiBase {
  /** The base URL as given, without a trailing slash (`https://api.icontact.test/api/v1`, `/api/v1`). */
  readonly url: string;
  /** Its path (`/api/v1`), without a trailing slash. */
  readonly path: string;
  /** The MSW path pattern of every request under it (`https://api.icontact.test/api/v1/*`). */
  readonly pattern: string;
}

/**
 * Reads a base URL as a client passes it. A relative one (`/api/v1`) is kept relative: MSW resolves it
 * against the page in a browser.
 *
 * @throws TypeError when it is neither an absolute URL nor a path starting with `/`, or has a query or fragment
 */
export function parseApiBase(baseUrl: string): ApiBase {
  const url = baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(url) && !url.startsWith('/') && url !== '') {
    throw new TypeError(
      `Invalid baseUrl ${JSON.stringify(baseUrl)}: give the client's base URL, absolute (https://api.icontact.test/api/v1) or a path (/api/v1)`,
    );
  }
  const parsed = new URL(url === '' ? '/' : url, 'http://relative.invalid');
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new TypeError(`Invalid baseUrl ${JSON.stringify(baseUrl)}: a base URL has no query or fragment`);
  }
  return { url, path: parsed.pathname.replace(/\/+$/, ''), pattern: `${url}/*` };
}

/**
 * The URL to hand to the core for a request under `base`: the contract's base path, the rest of the
 * request's path, and its query (`https://api.icontact.test/v2/shifts?from=…` → `/api/v1/shifts?from=…`).
 */
export function toContractUrl(base: ApiBase, requestUrl: string): string {
  const url = new URL(requestUrl);
  const rest = url.pathname.startsWith(`${base.path}/`) ? url.pathname.slice(base.path.length) : url.pathname;
  return `${CONTRACT_BASE_PATH}${rest}${url.search}`;
}

/**
 * The URL a client sees for a URL the core wrote (a redirect's `Location`): paths under the contract's
 * base path go back under the request's own base URL, resolved against the request.
 */
export function fromContractUrl(base: ApiBase, coreUrl: string, requestUrl: string): string {
  if (coreUrl === CONTRACT_BASE_PATH || coreUrl.startsWith(`${CONTRACT_BASE_PATH}/`)) {
    return new URL(`${base.path}${coreUrl.slice(CONTRACT_BASE_PATH.length)}`, requestUrl).href;
  }
  return new URL(coreUrl, requestUrl).href;
}
