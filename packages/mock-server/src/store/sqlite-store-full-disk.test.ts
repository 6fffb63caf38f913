import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Backend, createBackend } from '@icontact/mock-core';
import { afterAll, expect, it } from 'vitest';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'icontact-full-disk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const START = '2026-11-24T03:30:00.000Z';
const APP = { 'x-client-kind': 'tablet', 'x-app-version': '3.2.0', 'content-type': 'application/json' };

/** A backend on the SQLite file; `maxBytes` caps the database as a full disk would. */
function backendOn(file: string, maxBytes?: number): Backend {
  return createBackend({
    clock: { start: START, speed: 0 },
    store: createSqliteStore({ file, ...(maxBytes === undefined ? {} : { maxBytes }) }),
  });
}

async function call(
  backend: Backend,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: the test reads answers loosely; the core's tests check their shape
): Promise<{ status: number; headers: Record<string, string>; body: any }> {
  const result = await backend.handle({
    method,
    url: `/api/v1${path}`,
    headers,
    bodyText: body === undefined ? undefined : JSON.stringify(body),
  });
  if (result.kind !== 'response') throw new Error(`a wire fault: ${result.fault.faultId}`);
  return result;
}

const storedAnswers = (backend: Backend): string[] =>
  Object.keys(backend.admin.snapshot().collections.idempotencyKeys ?? {});

it('keeps nothing of a contact written on a full disk, and opens it once when retried after space is freed', async () => {
  const file = join(dir, 'full.sqlite');
  let backend = backendOn(file);
  const login = await call(backend, 'POST', '/auth/token', APP, {
    login: 'mk.aigerim',
    password: 'Passw0rd!',
  });
  const auth = { ...APP, authorization: `Bearer ${login.body.access}` };
  const userId = backend.admin.users().find((user) => user.login === 'mk.aigerim')?.id;
  const shift = backend.admin.shifts().find((candidate) => candidate.consultantId === userId);
  const started = await call(backend, 'POST', `/shifts/${shift?.id}/start`, auth);
  const activityTypeId = started.body.project.activityTypes[0].id as string;
  backend.close();

  const open = (on: Backend, key: string) =>
    call(
      on,
      'POST',
      `/shifts/${shift?.id}/contacts`,
      { ...auth, 'idempotency-key': key },
      { activityTypeId },
    );
  const contactsOfShift = (on: Backend) => on.admin.contacts().filter((c) => c.shiftId === shift?.id).length;
  let held = 0;
  let attempt = 0;
  // Several times over, so that the disk fills up at each of the request's writes in turn (the contact,
  // its index entries, its stored answer), wherever the next page is needed.
  for (let round = 0; round < 8; round += 1) {
    // The same file, now full: the database may not grow past its present size.
    backend = backendOn(file, 1);
    let failedKey: string | undefined;
    for (let tries = 0; tries < 500 && failedKey === undefined; tries += 1) {
      attempt += 1;
      const answer = await open(backend, `open-${attempt}`);
      if (answer.status === 201) held += 1;
      else {
        expect(answer).toMatchObject({ status: 500, body: { code: 'internal_server_error' } });
        failedKey = `open-${attempt}`;
      }
    }
    expect(failedKey, 'the database never filled up').toBeDefined();
    expect(contactsOfShift(backend)).toBe(held);
    expect(storedAnswers(backend).filter((id) => id.includes(`"${failedKey}"`))).toEqual([]);
    backend.close();

    // Space freed, the mock restarted on the same file: the retry applies once.
    backend = backendOn(file);
    try {
      const retried = await open(backend, failedKey as string);
      expect(retried.status).toBe(201);
      expect(retried.headers['idempotency-replayed']).toBeUndefined();
      held += 1;
      const again = await open(backend, failedKey as string);
      expect(again.headers['idempotency-replayed']).toBe('true');
      expect(again.body).toEqual(retried.body);
      expect(contactsOfShift(backend)).toBe(held);
    } finally {
      backend.close();
    }
  }
});
