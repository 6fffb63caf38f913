/**
 * The flow's transport in the Node runner: `node:http`/`node:https` with a keep-alive agent per thread
 * (a virtual tablet keeps its connection as OkHttp does), measuring each attempt into the registry as k6
 * does: `http_reqs`, `http_req_duration` and `http_req_failed`, tagged with the step and the name.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN_STEP } from '../core/steps.ts';
import {
  headerLookup,
  type Transport,
  type TransportAnswer,
  type TransportRequest,
} from '../core/transport.ts';
import type { MetricsRegistry } from './metrics-registry.ts';
import type { Timeline } from './timeline.ts';

/** A transport over Node's HTTP client that measures into `registry` and `timeline`. */
export function httpTransport(
  registry: MetricsRegistry,
  timeline: Timeline | null,
): Transport & { close(): void } {
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY }),
  };
  const send = (request: TransportRequest): Promise<TransportAnswer & { durationMs: number }> =>
    new Promise((resolve) => {
      const url = new URL(request.url);
      const secure = url.protocol === 'https:';
      const started = performance.now();
      const headers: Record<string, string | number> = { ...request.headers };
      if (request.body !== null) headers['Content-Length'] = Buffer.byteLength(request.body);
      let settled = false;
      const finish = (answer: TransportAnswer) => {
        if (settled) return;
        settled = true;
        resolve({ ...answer, durationMs: performance.now() - started });
      };
      const fail = (error: Error) =>
        finish({ status: 0, body: null, header: () => undefined, error: error.message || String(error) });
      const req = (secure ? httpsRequest : httpRequest)(
        url,
        {
          method: request.method,
          headers,
          agent: secure ? agents.https : agents.http,
          timeout: request.timeoutMs,
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', fail);
          res.on('aborted', () => fail(new Error('unexpected end of stream')));
          res.on('end', () => {
            if (!res.complete) return fail(new Error('unexpected end of stream'));
            const text = Buffer.concat(chunks).toString('utf8');
            finish({
              status: res.statusCode ?? 0,
              body: text === '' ? null : text,
              header: headerLookup(res.headers),
              error: null,
            });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('request timeout')));
      req.on('error', fail);
      req.end(request.body ?? undefined);
    });
  return {
    async request(request) {
      const answer = await send(request);
      const failed = !request.expect.includes(answer.status);
      const tags = { step: request.tags.step, name: request.tags.name, status: String(answer.status) };
      registry.count('http_reqs', 1, tags);
      registry.trend('http_req_duration', answer.durationMs, tags);
      registry.rate('http_req_failed', failed, tags);
      if (request.tags.step !== ADMIN_STEP) timeline?.request(Date.now(), answer.durationMs, failed);
      return answer;
    },
    sleep: (ms) => sleep(ms),
    now: () => performance.now(),
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
