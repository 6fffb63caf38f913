/**
 * The mock of the soak, in a child process of its own (run with `--expose-gc`): it listens on free
 * ports — its state in memory (the mock's default) or, given a folder, in SQLite there — with its
 * clock at the speed asked, tells the parent where, and answers `memory` messages with its memory
 * after a full GC and the requests it served (and, when asked, what its store holds).
 *
 *   soak-server.js '{"clockSpeed":60,"dataDir":"/tmp/…"}'
 */
import { createMockServer } from '@icontact/mock-server';
import { SUITE_MOCK_OPTIONS } from '../support/mock-harness.js';
import type { SoakProbe, StoreContents } from './soak-sample.js';

const config = JSON.parse(process.argv[2] ?? '{}') as { clockSpeed?: number; dataDir?: string };
const server = await createMockServer({
  ...SUITE_MOCK_OPTIONS,
  clockSpeed: config.clockSpeed ?? 0,
  ...(config.dataDir === undefined ? {} : { dataDir: config.dataDir }),
});
const addresses = await server.listen();
process.send?.({ type: 'listening', apiUrl: addresses.apiUrl, adminUrl: addresses.adminUrl });

/**
 * Records per collection and their size as JSON (a proxy for the memory they hold), read before the GC
 * so that the reading's own garbage is not measured. It stops the mock while it runs: asked only at
 * the start and the end of the measured part.
 */
function storeContents(): StoreContents {
  const records: Record<string, number> = {};
  const jsonBytes: Record<string, number> = {};
  for (const [name, collection] of Object.entries(server.backend.admin.snapshot().collections)) {
    records[name] = Object.keys(collection).length;
    jsonBytes[name] = Buffer.byteLength(JSON.stringify(collection));
  }
  return { records, jsonBytes };
}

process.on('message', (message: { type?: string; contents?: boolean }) => {
  if (message.type === 'memory') {
    const contents = message.contents === true ? storeContents() : undefined;
    (globalThis as { gc?: () => void }).gc?.();
    const usage = process.memoryUsage();
    const probe: SoakProbe = {
      rss: usage.rss,
      heapUsed: usage.heapUsed,
      served: server.backend.admin.metrics().total,
      ...(contents === undefined ? {} : { contents }),
    };
    process.send?.({ type: 'memory', ...probe });
  } else if (message.type === 'stop') {
    void server.close(500).finally(() => process.exit(0));
  }
});
// The parent gone (killed, crashed): nothing to serve any more.
process.on('disconnect', () => void server.close(100).finally(() => process.exit(0)));
