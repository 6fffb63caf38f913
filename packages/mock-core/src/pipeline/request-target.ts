/** The path and the query of a request, as the pipeline reads them. */
export interface RequestTarget {
  /** The path, without the query. */
  readonly path: string;
  /** The query without `?`; `''` for none. */
  readonly query: string;
}

/** A path made only of characters that `new URL` keeps as they are, with no dot segment and no `//` start. */
const PLAIN_PATH = /^\/(?!\/)(?:[A-Za-z0-9\-_~!$&()*+,;=:@]|\.(?![./]|$)|\/(?!\.))*$/;
/** A query made only of characters that `new URL` keeps as they are. */
const PLAIN_QUERY = /^[A-Za-z0-9\-_.~!$&()*+,;=:@/?%]*$/;

/**
 * Splits a request's URL into path and query as `new URL(url, base)` would (percent-encoding, dot segments,
 * an absolute URL), without building a `URL` for the common case: a plain path and query are taken as
 * they are; anything else goes through `URL`.
 */
export function requestTarget(url: string): RequestTarget {
  const mark = url.indexOf('?');
  const path = mark === -1 ? url : url.slice(0, mark);
  const query = mark === -1 ? '' : url.slice(mark + 1);
  if (PLAIN_PATH.test(path) && PLAIN_QUERY.test(query)) return { path, query };
  const parsed = new URL(url, 'http://backend.invalid');
  return { path: parsed.pathname, query: parsed.search.replace(/^\?/, '') };
}
