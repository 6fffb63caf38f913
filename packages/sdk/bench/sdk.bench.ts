import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient, createMemoryStorage, type OutboxItem } from '../src/index.js';
import { type LoopbackApi, startLoopbackApi } from './loopback-api.js';

let api: LoopbackApi;
beforeAll(async () => {
  api = await startLoopbackApi();
});
afterAll(async () => {
  await api.close();
});

const headers = { 'X-App-Version': '3.2.0', 'X-Client-Kind': 'tablet' };

test('SDK call overhead: one GET /app/version on loopback, SDK against a raw fetch', async ({ bench }) => {
  const sdk = createClient({ baseUrl: api.baseUrl, appVersion: '3.2.0', clientKind: 'tablet' });
  const result = await bench.compare(
    bench('raw fetch + response.json()', async () => {
      const response = await fetch(`${api.baseUrl}/app/version`, { headers });
      await response.json();
    }),
    bench('sdk client.app.version()', async () => {
      await sdk.app.version();
    }),
  );
  expect(result.get('sdk client.app.version()').latency.mean).toBeGreaterThan(0);
});

function item(shift: number, n: number): OutboxItem {
  const suffix = String(shift * 1000 + n).padStart(12, '0');
  return {
    idempotencyKey: `00000000-0000-4000-8000-${suffix}`,
    contactId: `10000000-0000-4000-8000-${suffix}`,
    recordedAt: '2026-11-24T07:00:00.000Z',
    contact: {
      activityTypeId: '4c6e8a0b-3d5f-4a7c-9e1b-2f4a6c8e0d3f',
      step: 'submitted',
      consumer: {
        surname: 'Сейтказиева',
        firstName: 'Айгерим',
        patronymic: 'Нурлановна',
        iin: '791028302728',
        phone: '+77011234567',
      },
      details: { devices: [{ model: 'Tulpar X', quantity: 1 }], compliment: { kind: 'чехол', quantity: 1 } },
    },
  };
}

test('outbox throughput: 500 contacts recorded in a memory outbox, then pushed in 5 batches of 100 on loopback', async ({
  bench,
}) => {
  let round = 0;
  let client = createClient({ baseUrl: api.baseUrl, appVersion: '3.2.0', clientKind: 'tablet' });
  const fresh = async (record: boolean): Promise<void> => {
    round += 1;
    client = createClient({
      baseUrl: api.baseUrl,
      appVersion: '3.2.0',
      clientKind: 'tablet',
      storage: createMemoryStorage(),
    });
    if (record) for (let n = 0; n < 500; n++) await client.outbox.add(`shift-${round}`, item(round, n));
  };
  const record = await bench(
    'record 500 contacts (outbox.add)',
    { beforeEach: () => fresh(false) },
    async () => {
      for (let n = 0; n < 500; n++) await client.outbox.add(`shift-${round}`, item(round, n));
    },
  ).run({ iterations: 20, time: 0 });
  const push = await bench('sync.push() of 500 contacts', { beforeEach: () => fresh(true) }, async () => {
    const report = await client.sync.push(`shift-${round}`);
    if (report.accepted !== 500 || report.unsent !== 0) throw new Error('sync lost items');
  }).run({ iterations: 20, time: 0 });
  expect(record.latency.mean).toBeGreaterThan(0);
  expect(push.latency.mean).toBeGreaterThan(0);
});
