/**
 * Prepares the comparison's requests on a running mock, as a consultant: a seeded consultant whose
 * shift window is open logs in, starts the shift, opens 20 contacts and uploads them once. The read is
 * `GET /shifts/{id}`; the upload sends the same 20-item batch again, which the mock answers item by item
 * as `duplicate` (the path of a tablet that retries, and the one a benchmark can repeat).
 */
import { randomUUID } from 'node:crypto';
import type { MockServer } from '@icontact/mock-server';
import { planShiftContacts } from '../../src/core/shift-contacts.ts';
import { syncItemOf } from '../../src/core/sync-item.ts';
import type { CapturedAnswer, ComparedRequest } from './bench-request.ts';

/** Items of the upload batch. */
export const UPLOAD_BATCH = 20;

const LEAD_MS = 15 * 60_000;

async function call(
  apiUrl: string,
  method: 'GET' | 'POST',
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<CapturedAnswer & { json: unknown }> {
  const res = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? 'application/json',
    body: text,
    json: JSON.parse(text),
  };
}

/** Makes the read and the upload on the mock and captures its answers. */
export async function prepareMockRequests(server: MockServer, apiUrl: string): Promise<ComparedRequest[]> {
  const now = server.backend.clock.now().getTime();
  const account = server.backend.admin
    .describeSeed()
    .accounts.find(
      (a) =>
        a.role === 'consultant' &&
        a.shift !== null &&
        Date.parse(a.shift.plannedStart) - LEAD_MS <= now &&
        now < Date.parse(a.shift.plannedEnd),
    );
  if (account === undefined) throw new Error('no seeded consultant can log in at the clock start');
  const password = server.backend.admin.describeSeed().password;
  const version = (
    await call(apiUrl, 'GET', '/app/version', { 'X-Client-Kind': 'tablet', 'X-App-Version': '0.0.0' })
  ).json as { minimumVersion: string };
  const app = { 'X-Client-Kind': 'tablet', 'X-App-Version': version.minimumVersion };
  const token = (await call(apiUrl, 'POST', '/auth/token', app, { login: account.login, password })).json as {
    access: string;
  };
  const headers = { ...app, Authorization: `Bearer ${token.access}` };
  const shifts = (await call(apiUrl, 'GET', '/shifts', headers)).json as {
    items: { id: string; status: string; project: { activityTypes: { id: string }[] } }[];
  };
  const shift = shifts.items.find((s) => s.status !== 'closed');
  if (shift === undefined) throw new Error(`${account.login} has no open shift today`);
  if (shift.status === 'planned') {
    await call(apiUrl, 'POST', `/shifts/${shift.id}/start`, { ...headers, 'Idempotency-Key': randomUUID() });
  }
  const activityTypeId = shift.project.activityTypes[0]?.id ?? '';
  const planned = planShiftContacts({ runSeed: 'bench', flow: 0, count: UPLOAD_BATCH, refusalRate: 0.1 });
  const items = [];
  for (const contact of planned) {
    const opened = (
      await call(
        apiUrl,
        'POST',
        `/shifts/${shift.id}/contacts`,
        { ...headers, 'Idempotency-Key': contact.openKey },
        { activityTypeId },
      )
    ).json as { id: string; openedAt: string };
    items.push(
      syncItemOf({ planned: contact, contactId: opened.id, activityTypeId, openedAt: opened.openedAt }),
    );
  }
  const batch = JSON.stringify({ items });
  await call(apiUrl, 'POST', `/shifts/${shift.id}/sync`, headers, { items });
  const upload = await call(apiUrl, 'POST', `/shifts/${shift.id}/sync`, headers, { items });
  const read = await call(apiUrl, 'GET', `/shifts/${shift.id}`, headers);
  const jsonHeaders = { ...headers, 'Content-Type': 'application/json' };
  return [
    {
      name: 'read',
      description: "GET /shifts/{shiftId}: one shift with its project (a consultant's token)",
      request: { method: 'GET', path: `/shifts/${shift.id}`, headers, expect: 200 },
      answer: read,
    },
    {
      name: 'upload',
      description: `POST /shifts/{shiftId}/sync: a batch of ${UPLOAD_BATCH} contacts, validated item by item (answered \`duplicate\` after the first time)`,
      request: {
        method: 'POST',
        path: `/shifts/${shift.id}/sync`,
        headers: jsonHeaders,
        body: batch,
        expect: 200,
      },
      answer: upload,
    },
  ];
}
