import type { RequestLogEntry } from '../../src/console/request-log.js';
import { ADMIN_BASE, authHeaders } from './admin-api.js';

/** What the live stream reports besides entries. */
export type StreamStatus = 'connecting' | 'live' | 'retrying' | 'closed';

/**
 * Follows `GET /requests/stream` (server-sent events) with `fetch`, so that the admin token can go in
 * a header, which `EventSource` cannot send. Reconnects after a drop, from the last entry seen.
 */
export function followRequests(
  onEntry: (entry: RequestLogEntry) => void,
  onStatus: (status: StreamStatus) => void,
): () => void {
  const controller = new AbortController();
  let lastSeq = 0;

  const readOnce = async (): Promise<void> => {
    onStatus('connecting');
    const response = await fetch(`${ADMIN_BASE}/requests/stream?after=${lastSeq}`, {
      headers: authHeaders(),
      signal: controller.signal,
    });
    if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status}`);
    onStatus('live');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        const data = frame
          .split('\n')
          .filter((line) => line.startsWith('data: '))
          .map((line) => line.slice(6))
          .join('\n');
        if (data === '') continue;
        const entry = JSON.parse(data) as RequestLogEntry;
        lastSeq = entry.seq;
        onEntry(entry);
      }
    }
  };

  void (async () => {
    while (!controller.signal.aborted) {
      try {
        await readOnce();
      } catch {
        // the mock restarted or the token is missing: try again shortly
      }
      if (controller.signal.aborted) break;
      onStatus('retrying');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    onStatus('closed');
  })();
  return () => controller.abort();
}
