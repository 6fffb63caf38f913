import { createHash, timingSafeEqual } from 'node:crypto';
import { Code } from '@icontact/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendAdminError } from './admin-error.js';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * An `onRequest` hook that closes the admin API with a bearer token: a request without
 * `Authorization: Bearer <token>` answers 401 `authentication_required`. Compares in constant time.
 */
export function requireAdminToken(token: string) {
  const expected = digest(token);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.authorization ?? '');
    const given = match?.[1];
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return;
    await sendAdminError(request, reply, Code.authentication_required, {
      detail:
        given === undefined
          ? 'The admin API is closed: send Authorization: Bearer <the --admin-token the mock was started with>.'
          : 'The admin token is wrong: send the --admin-token the mock was started with.',
      headers: { 'www-authenticate': 'Bearer realm="icontact-mock-admin"' },
    });
  };
}
