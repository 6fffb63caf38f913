import { Code } from '@icontact/errors';
import { faultSpecSchema, parseScenario, type Scenario, ScenarioFileError } from '@icontact/faults';
import type { Backend } from '@icontact/mock-core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { fieldOf } from '../admin/admin-body.js';
import { sendAdminError } from '../admin/admin-error.js';
import type { RequestLog, RequestLogEntry } from './request-log.js';

/** The scenario in force: the one loaded at start or through `POST /scenario`. */
export interface ScenarioHolder {
  current: Scenario | undefined;
}

/** Options of {@link registerConsoleApiRoutes}. */
export interface ConsoleApiRoutesOptions {
  readonly backend: Backend;
  /** The log of finished requests. */
  readonly requestLog: RequestLog;
  /** The scenario in force, read and replaced by `GET`/`POST /scenario`. */
  readonly scenario: ScenarioHolder;
  /** Called after the faults changed, so a `refuse` outage applies at once. */
  readonly onFaultsChanged: () => void;
  /** Called for each open live stream; the function it is given ends the stream (on shutdown). */
  readonly onStream?: (end: () => void) => () => void;
}

/** How often a live stream sends a comment, so proxies and browsers keep it open. */
const HEARTBEAT_MS = 15_000;

/** The JSON Schema (2020-12) of a fault spec as written: the console builds its form from it. */
export const FAULT_SPEC_JSON_SCHEMA = z.toJSONSchema(faultSpecSchema, {
  io: 'input',
  unrepresentable: 'any',
});

function sseFrame(entry: RequestLogEntry): string {
  return `id: ${entry.seq}\nevent: request\ndata: ${JSON.stringify(entry)}\n\n`;
}

function afterSeq(value: unknown): number {
  const parsed = typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : 0;
}

/**
 * The admin routes the console reads (register them with the admin API, behind its token): the request
 * log (`GET /requests`, and `GET /requests/stream` as server-sent events), the fault spec's JSON Schema
 * (`GET /faults/schema`) and the scenario in force (`GET`/`POST /scenario`).
 */
export function registerConsoleApiRoutes(app: FastifyInstance, options: ConsoleApiRoutesOptions): void {
  const { backend, requestLog } = options;

  app.get<{ Querystring: { after?: string } }>('/requests', async (request) => ({
    capacity: requestLog.capacity,
    entries: requestLog.entries(afterSeq(request.query.after)),
  }));

  app.get<{ Querystring: { after?: string } }>('/requests/stream', (request, reply) => {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-request-id': request.id,
    });
    const from = afterSeq(request.headers['last-event-id'] ?? request.query.after);
    raw.write(`retry: 1000\n\n`);
    for (const entry of requestLog.entries(from)) raw.write(sseFrame(entry));
    const unsubscribe = requestLog.subscribe((entry) => raw.write(sseFrame(entry)));
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unsubscribe();
      forget();
      raw.end();
    };
    const forget = options.onStream?.(end) ?? (() => undefined);
    raw.once('close', end);
  });

  app.get('/faults/schema', async () => FAULT_SPEC_JSON_SCHEMA);

  app.get('/scenario', async () => ({ scenario: options.scenario.current ?? null }));
  app.post('/scenario', async (request, reply) => {
    const text = typeof request.body === 'string' ? request.body : '';
    let scenario: Scenario;
    try {
      scenario = parseScenario(text, 'the scenario');
    } catch (error) {
      if (!(error instanceof ScenarioFileError)) throw error;
      return sendAdminError(request, reply, error.code, {
        detail: `${error.message}\n${error.remedy}`,
        errors: error.issues.map((issue) => ({
          field: fieldOf(issue.path),
          code: Code.validation_failed,
          message: issue.line === undefined ? issue.message : `line ${issue.line}: ${issue.message}`,
        })),
      });
    }
    if (scenario.seed !== undefined) backend.admin.reset(scenario.seed);
    if (scenario.clock !== undefined) backend.admin.setClock(scenario.clock.start, scenario.clock.speed);
    backend.admin.clearFaults();
    for (const fault of scenario.faults) backend.admin.addFault(fault);
    options.scenario.current = scenario;
    options.onFaultsChanged();
    return { scenario, faults: backend.admin.faults(), clock: backend.admin.clock() };
  });
}
