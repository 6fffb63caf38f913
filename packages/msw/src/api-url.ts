import type { paths } from '@icontact/openapi';

/** A path of the contract as its generated types spell it, e.g. `/shifts/{shiftId}/sync`. */
export type ApiPath = keyof paths & string;

/** The names of the `{parameters}` of a path template, e.g. `shiftId` for `/shifts/{shiftId}/sync`. */
export type PathParamName<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamName<Rest>
  : never;

/** The values of a path template's parameters, e.g. `{ shiftId: string }`. */
export type PathParams<P extends string> = { readonly [Name in PathParamName<P>]: string };

/** The arguments after the path: its parameters when it has some, then an optional query. */
export type UrlArguments<P extends ApiPath> = [PathParamName<P>] extends [never]
  ? [query?: Readonly<Record<string, string>>]
  : [params: PathParams<P>, query?: Readonly<Record<string, string>>];

/**
 * The URL of a contract path under a base URL, its parameters filled in and percent-encoded.
 *
 * @example apiUrl('https://api.icontact.test/api/v1', '/shifts/{shiftId}/sync', { shiftId: 's1' })
 */
export function apiUrl<P extends ApiPath>(baseUrl: string, path: P, ...args: UrlArguments<P>): string {
  const [first, second] = args;
  const hasParams = path.includes('{');
  const params = (hasParams ? first : undefined) as Readonly<Record<string, string>> | undefined;
  const query = hasParams ? second : first;
  const filled = path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new TypeError(`apiUrl: no value for {${name}} of ${path}`);
    return encodeURIComponent(value);
  });
  const search = query === undefined ? '' : new URLSearchParams(query).toString();
  return `${baseUrl}${filled}${search === '' ? '' : `?${search}`}`;
}

/**
 * The MSW path pattern of a contract path under a base URL (`{shiftId}` becomes `:shiftId`), to
 * override one operation in a test with `server.use(http.get(apiRoute(...), resolver))`.
 */
export function apiRoute(baseUrl: string, path: ApiPath): string {
  return `${baseUrl}${path.replace(/\{([^}]+)\}/g, ':$1')}`;
}
