import { Code } from '@icontact/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type FieldError, sendAdminError } from './admin-error.js';

/** Writes a zod path the way the API's `errors[].field` does: `target.window.from`, `faults[2].kind`. */
export function fieldOf(path: readonly PropertyKey[]): string {
  let field = '';
  for (const key of path) {
    if (typeof key === 'number') field += `[${key}]`;
    else field += field === '' ? String(key) : `.${String(key)}`;
  }
  return field === '' ? '(root)' : field;
}

/** zod's issues as the API's per-field errors. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: fieldOf(issue.path),
    code: issue.code,
    message: issue.message,
  }));
}

/**
 * Validates an admin request's JSON body: the parsed data, or `undefined` after answering 400
 * (`malformed_json` for a body that is not JSON, `validation_failed` with per-field `errors` otherwise).
 */
export async function readBody<S extends z.ZodType>(
  schema: S,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<z.output<S> | undefined> {
  const raw = request.body;
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = raw.trim() === '' ? undefined : JSON.parse(raw);
    } catch (error) {
      await sendAdminError(request, reply, Code.malformed_json, {
        detail: `The body is not JSON: ${(error as Error).message}`,
      });
      return undefined;
    }
  }
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  await sendAdminError(request, reply, Code.validation_failed, {
    detail: 'The body was refused: fix the fields listed in errors.',
    errors: fieldErrorsOf(result.error),
  });
  return undefined;
}
