/**
 * The mock of the soak, in a child process of its own (run with `--expose-gc`): it listens on free
 * ports with its state in a data dir, tells the parent where, and answers `memory` messages with its
 * memory after a full GC.
 */
import { createMockServer } from '@icontact/mock-server';
import { SUITE_MOCK_OPTIONS } from '../support/mock-harness.js';

const dataDir = process.argv[2];
const server = await createMockServer({
  ...SUITE_MOCK_OPTIONS,
  ...(dataDir === undefined ? {} : { dataDir }),
});
const addresses = await server.listen();
process.send?.({ type: 'listening', apiUrl: addresses.apiUrl, adminUrl: addresses.adminUrl });
process.on('message', (message: { type?: string }) => {
  if (message.type === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    const usage = process.memoryUsage();
    process.send?.({ type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed });
  } else if (message.type === 'stop') {
    void server.close(500).then(() => process.exit(0));
  }
});
