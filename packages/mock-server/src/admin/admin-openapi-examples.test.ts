import { readFileSync } from 'node:fs';
import { fetch } from 'undici';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { closeMocksAfterEach, startMock } from '../test-support/start-mock.js';

closeMocksAfterEach();

interface Example {
  readonly summary: string;
  readonly value: unknown;
}

const spec = parse(readFileSync(new URL('../../admin-openapi.yaml', import.meta.url), 'utf8'));
const teamExamples = Object.entries(
  spec.paths['/team'].post.requestBody.content['application/json'].examples as Record<string, Example>,
);

it('documents POST /team with examples', () => {
  expect(teamExamples.length).toBeGreaterThanOrEqual(3);
});

it.each(teamExamples)(
  'accepts the POST /team example "%s" as written, on a fresh mock',
  async (_name, example) => {
    const { addresses } = await startMock();
    const response = await fetch(`${addresses.adminUrl}/team`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(example.value),
    });
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    const team = (await response.json()) as { consultants: unknown[] };
    const asked = (example.value as { consultants: number | unknown[] }).consultants;
    expect(team.consultants).toHaveLength(typeof asked === 'number' ? asked : asked.length);
  },
);

it('shows in the 400 example the answer the mock gives to a taken login', async () => {
  const { addresses } = await startMock();
  const documented = spec.paths['/team'].post.responses['400'].content['application/json'].examples[
    'login-taken'
  ].value as { detail: string; errors: unknown[] };
  const response = await fetch(`${addresses.adminUrl}/team`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ consultants: [{ login: 'mk.aset' }] }),
  });
  expect(await response.json()).toMatchObject({ detail: documented.detail, errors: documented.errors });
});
