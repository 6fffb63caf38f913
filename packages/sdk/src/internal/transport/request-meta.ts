import type { Operation } from '@icontact/errors';

/** What the SDK's middleware tells the transport about a request it is about to send. */
export interface RequestMeta {
  /** The route, `METHOD /path/{param}`, for events. */
  readonly route: string;
  /** The catalogue's operation, when the route has one (it narrows what a bare status means). */
  readonly operation: Operation | undefined;
  /** Whether the request carries the session's bearer token. */
  readonly authenticate: boolean;
}

const metas = new WeakMap<Request, RequestMeta>();

/** Attaches {@link RequestMeta} to a request object (done once per logical call, by the middleware). */
export function setRequestMeta(request: Request, meta: RequestMeta): void {
  metas.set(request, meta);
}

/** The {@link RequestMeta} of a request, when the SDK's middleware prepared it. */
export function getRequestMeta(request: Request): RequestMeta | undefined {
  return metas.get(request);
}
