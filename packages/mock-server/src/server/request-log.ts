import type { FastifyBaseLogger, FastifyRequest, FastifyServerOptions } from 'fastify';

/** Whether the logger writes `info` lines (pino's `isLevelEnabled`; a logger without it: yes). */
function writesInfo(logger: FastifyBaseLogger): boolean {
  const check = (logger as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
  return check === undefined ? true : check.call(logger, 'info');
}

/**
 * Fastify's `childLoggerFactory` for the mock: a request gets a child logger bound to its id only when
 * per-request lines are written (level `info` or below); otherwise the server's own logger, so that no
 * logger is made per request for nothing. {@link requestLog} binds the id when a line is written anyway.
 */
export const childLoggerWhenLogging: NonNullable<FastifyServerOptions['childLoggerFactory']> = (
  logger,
  bindings,
  options,
) => (writesInfo(logger) ? logger.child(bindings, options) : logger);

/** The request's logger, bound to its request id (made now when the request has none of its own). */
export function requestLog(request: FastifyRequest): FastifyBaseLogger {
  return request.log === request.server.log ? request.log.child({ requestId: request.id }) : request.log;
}
