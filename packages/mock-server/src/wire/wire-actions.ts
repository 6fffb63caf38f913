import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { WireResponse } from './wire-response.js';

/** Writes a whole response and ends it. */
export function writeResponse(res: ServerResponse, response: WireResponse): void {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}

/**
 * Sends the status line, the headers with the full `Content-Length` and the first `fraction` of the body,
 * then destroys the socket once those bytes left: the client sees the stream end early
 * (OkHttp's "unexpected end of stream", undici's "terminated").
 *
 * @param fraction - the share of the body sent, above 0 and below 1. A response without a body is lost whole.
 */
export function resetMidBody(res: ServerResponse, response: WireResponse, fraction: number): Promise<void> {
  if (response.body.length === 0) {
    // A response without a body (204) cannot be cut in the middle: lose it whole instead.
    abortConnection(res, false);
    return Promise.resolve();
  }
  const sent = Math.min(response.body.length - 1, Math.max(0, Math.floor(response.body.length * fraction)));
  // Keep `Content-Length` honest to the whole body: the client must know bytes are missing.
  const headers = { ...response.headers, 'content-length': response.body.length };
  res.writeHead(response.status, headers);
  return new Promise((resolve) => {
    const socket = res.socket;
    const cut = (): void => {
      socket?.destroy();
      resolve();
    };
    if (sent > 0) {
      res.write(response.body.subarray(0, sent), cut);
    } else {
      // Only the head goes out; the stream's write callbacks run in order, so the cut follows it.
      res.flushHeaders();
      if (socket === null) resolve();
      else socket.write(Buffer.alloc(0), cut);
    }
  });
}

/**
 * Destroys the connection before a byte of the response was written. `reset` sends a TCP RST (the client
 * sees `ECONNRESET`); otherwise the socket closes with a FIN (the client sees "other side closed").
 */
export function abortConnection(res: ServerResponse, reset: boolean): void {
  const socket = res.socket ?? res.req.socket;
  if (reset && typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

/** Waits `ms` milliseconds, or less when `signal` aborts (the client went away). */
export async function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  await sleep(ms, undefined, signal === undefined ? {} : { signal }).catch(() => undefined);
}
