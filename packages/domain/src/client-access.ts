/**
 * Who may use which client (R1): a consultant works only through the tablet app.
 */
import { Code } from '@icontact/errors';

/** The roles of the iContact API. */
export const ROLES = ['consultant', 'supervisor'] as const;

/** A user's role: `consultant` (МК, tablet only) or `supervisor` (СВ, tablet or web panel). */
export type Role = (typeof ROLES)[number];

/** The client kinds a request declares in `X-Client-Kind`. */
export const CLIENT_KINDS = ['tablet', 'web', 'phone', 'other'] as const;

/** The kind of client a request comes from. */
export type ClientKind = (typeof CLIENT_KINDS)[number];

const KNOWN_KINDS: ReadonlySet<string> = new Set(CLIENT_KINDS);
const ALLOWED_KINDS: Readonly<Record<Role, readonly ClientKind[]>> = {
  consultant: ['tablet'],
  supervisor: ['tablet', 'web'],
};

/**
 * Reads the `X-Client-Kind` header. A missing or unknown value is `other` (and so closed to consultants).
 *
 * @param header - the header's value, if any
 */
export function parseClientKind(header: string | null | undefined): ClientKind {
  return header !== null && header !== undefined && KNOWN_KINDS.has(header)
    ? (header as ClientKind)
    : 'other';
}

/** The result of {@link checkClientAccess}. */
export type ClientAccessResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: typeof Code.access_closed;
      /** The client kinds this role may use. */
      readonly allowedKinds: readonly ClientKind[];
    };

/**
 * Decides whether a role may use a client kind: consultants only `tablet`, supervisors `tablet` or
 * `web`; anything else is `access_closed`, always, whatever the credentials.
 *
 * @param role - the user's role
 * @param clientKind - the declared client kind
 */
export function checkClientAccess(role: Role, clientKind: ClientKind): ClientAccessResult {
  const allowedKinds = ALLOWED_KINDS[role];
  return allowedKinds.includes(clientKind)
    ? { ok: true }
    : { ok: false, code: Code.access_closed, allowedKinds };
}
