import { type ErrorCode, getEntry } from '@icontact/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** One problem with a field of an admin request body. */
export interface FieldError {
  /** Where, as a dotted path (`target.window.from`); `(root)` for the body itself. */
  readonly field: string;
  /** A machine code for the problem (`invalid_type`, `too_small`, `custom`, …). */
  readonly code: string;
  /** What is wrong, and what to send instead. */
  readonly message: string;
}

/** How an admin refusal differs from its catalogue entry. */
export interface AdminErrorOptions {
  /** The HTTP status. Default: the catalogue's. */
  readonly status?: number;
  /** The body's `detail`. Default: the catalogue's text. */
  readonly detail?: string;
  /** Per-field problems, for `validation_failed`. Default: none. */
  readonly errors?: readonly FieldError[];
  /** Extra headers. Default: none. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Answers an admin request with the API's one error body, `{ detail, code, requestId, errors? }`, so
 * that the admin API refuses the way the API does: the catalogue's status and text unless overridden.
 */
export function sendAdminError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  options: AdminErrorOptions = {},
): FastifyReply {
  const entry = getEntry(code);
  const status = options.status ?? (entry.wire.kind === 'http' ? entry.wire.status : 500);
  for (const [name, value] of Object.entries(options.headers ?? {})) reply.header(name, value);
  return reply.code(status).send({
    detail: options.detail ?? entry.appText,
    code,
    requestId: request.id,
    ...(options.errors === undefined ? {} : { errors: options.errors }),
  });
}
