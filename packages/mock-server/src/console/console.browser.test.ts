import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { fetch } from 'undici';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../test-support/launch-chromium.js';
import { closeMocksAfterEach, startMock, TABLET_HEADERS, WEB_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
/** Where a failing test leaves its screenshot (ignored by git). */
const FAILURES = here('../../reports/console');
/** `UPDATE_DOCS_SCREENSHOTS=1` writes the pictures of docs/console.md; otherwise they go to reports/. */
const PICTURES = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? here('../../../../docs/images') : FAILURES;

const CONSUMER = {
  surname: 'Нурланова',
  firstName: 'Әсел',
  patronymic: 'Қайратқызы',
  iin: '061211600012',
  phone: '+77011234567',
};

let browser: Browser | undefined;
let page: Page | undefined;

beforeAll(async () => {
  mkdirSync(FAILURES, { recursive: true });
  mkdirSync(PICTURES, { recursive: true });
  browser = await launchChromium();
}, 60_000);

afterEach(async (context) => {
  if (page !== undefined && context.task.result?.state === 'fail') {
    const file = join(FAILURES, `failure-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    process.stderr.write(`console test failed: screenshot at ${file}\n`);
  }
  await page?.context().close();
  page = undefined;
});

afterAll(async () => {
  await browser?.close();
});

/** Chromium reports each refused admin call (a 400 the test asks for on purpose) as a console error. */
const onlyUnexpected = (problems: readonly string[], status: number): string[] =>
  problems.filter((problem) => !problem.includes(`status of ${status} `));

/** A fresh page at 1280×900 that records console errors and every URL it asks for. */
async function openPage(width = 1280, height = 900) {
  if (browser === undefined) throw new Error('Chromium did not start');
  const context = await browser.newContext({ viewport: { width, height } });
  page = await context.newPage();
  const problems: string[] = [];
  const urls: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => urls.push(request.url()));
  return { page, problems, urls };
}

/** The tablet app's calls, over HTTP, with a token once logged in. */
function tablet(apiUrl: string) {
  let token: string | undefined;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        ...TABLET_HEADERS,
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: the test reads a few fields of JSON answers
    return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as any };
  };
  return {
    call,
    async login(login: string) {
      const answer = await call('POST', '/auth/token', { login, password: 'Passw0rd!' });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      token = answer.body.access;
    },
  };
}

it('adds a 502 through the form, sees it strike in the live log, moves the clock, takes KOMPRA down and back and reads an SMS code', async () => {
  const { addresses } = await startMock();
  // biome-ignore lint/suspicious/noExplicitAny: the test reads a few fields of admin answers
  const adminGet = async (path: string): Promise<any> => (await fetch(`${addresses.adminUrl}${path}`)).json();
  const { page, problems, urls } = await openPage();
  await page.goto(addresses.consoleUrl);
  await expect.poll(() => page.locator('.stream-status').textContent()).toContain('live log: live');

  // ── a fault through the form: a refusal first, with the API's own message beside the field ──
  await page.getByRole('tab', { name: 'Faults' }).click();
  await page.getByLabel('kind', { exact: true }).selectOption('http');
  const status = page.locator('#field-status');
  await status.fill('700');
  await page.locator('#field-code').selectOption('bad_gateway');
  await page.getByRole('button', { name: 'Add fault' }).click();
  const refused = await fetch(`${addresses.adminUrl}/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'http', status: 700, code: 'bad_gateway' }),
  });
  const apiMessage = ((await refused.json()) as { errors: { field: string; message: string }[] }).errors.find(
    (problem) => problem.field === 'status',
  )?.message;
  expect(apiMessage).toBeDefined();
  await expect.poll(() => page.locator('#field-status-error').textContent()).toBe(apiMessage);
  await page.locator('form.fault-form').screenshot({ path: join(PICTURES, 'console-fault-form.png') });

  await status.fill('502');
  await page.locator('#field-target-operation').fill('getAppVersion');
  await page.locator('#field-target-times').fill('1');
  await page.getByRole('button', { name: 'Add fault' }).click();
  await expect
    .poll(() => page.locator('.fault-form .done').textContent())
    .toMatch(/^Fault http-\d+ added\.$/);
  await expect.poll(() => page.locator('table.faults tbody tr').count()).toBe(1);
  expect(await adminGet('/faults')).toMatchObject([{ spec: { kind: 'http', status: 502 }, hits: 0 }]);

  // ── a request, and the fault striking it in the live log ──
  const struck = await fetch(`${addresses.apiUrl}/app/version`, { headers: WEB_HEADERS });
  expect(struck.status).toBe(502);
  await page.getByRole('tab', { name: 'Requests' }).click();
  const row = page.locator('table.log tbody tr.struck').first();
  await expect.poll(() => row.textContent()).toContain('getAppVersion');
  expect(await row.locator('td').nth(5).textContent()).toBe('502');
  expect(await row.locator('td').nth(6).textContent()).toBe('bad_gateway');
  expect(await row.locator('td.fault').textContent()).toMatch(/http-\d+: answered 502, before the request/);
  await row.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('dialog[open] pre').nth(1).textContent())
    .toContain('"code": "bad_gateway"');
  await page.screenshot({ path: join(PICTURES, 'console-request-detail.png') });
  await page.getByRole('button', { name: 'Close' }).click();
  await page.screenshot({ path: join(PICTURES, 'console-live-log.png') });

  // ── the clock: +15 min ──
  const before = Date.parse((await adminGet('/clock')).now);
  await page.getByRole('button', { name: '+15 min' }).click();
  await expect.poll(async () => Date.parse((await adminGet('/clock')).now) - before).toBe(15 * 60_000);
  await expect.poll(() => page.locator('#clock-now').textContent()).toBe('2026-11-24 08:45:00');

  // ── a consultant at work, up to the ИИН check ──
  const app = tablet(addresses.apiUrl);
  await app.login('mk.aigerim');
  const shifts = await app.call('GET', '/shifts');
  const shiftId: string = (Array.isArray(shifts.body) ? shifts.body : shifts.body.items)[0].id;
  const started = await app.call('POST', `/shifts/${shiftId}/start`);
  expect(started.status).toBe(200);
  const opened = await app.call('POST', `/shifts/${shiftId}/contacts`, {
    activityTypeId: started.body.project.activityTypes[0].id,
  });
  const contactId: string = opened.body.id;
  expect((await app.call('PUT', `/contacts/${contactId}/consumer`, CONSUMER)).status).toBe(200);

  // ── KOMPRA down: the check fails; back up: it passes ──
  await page.getByRole('radio', { name: 'Down (503)' }).check();
  await expect.poll(async () => (await adminGet('/upstreams')).kompra.state).toBe('down');
  const down = await app.call('POST', `/contacts/${contactId}/iin-check`);
  expect(down.body.code).toBe('kompra_unavailable');
  await expect
    .poll(() => page.locator('table.log tbody tr').first().textContent())
    .toContain('kompra_unavailable');
  await page.getByRole('radio', { name: 'Up' }).first().check();
  await expect.poll(async () => (await adminGet('/upstreams')).kompra.state).toBe('up');
  expect((await app.call('POST', `/contacts/${contactId}/iin-check`)).status).toBe(200);

  // ── the consumer's SMS code, read from the inbox on the page ──
  expect((await app.call('POST', `/contacts/${contactId}/sms`)).status).toBe(200);
  const sent = (await adminGet(`/sms?phone=${encodeURIComponent(CONSUMER.phone)}`)) as { code: string }[];
  const code = sent.at(-1)?.code ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await page.getByRole('tab', { name: 'State' }).click();
  await page.getByRole('button', { name: 'SMS inbox' }).click();
  const inboxRow = page.locator('table.state tbody tr').first();
  await expect.poll(() => inboxRow.locator('strong.code').textContent()).toBe(code);
  expect(await inboxRow.textContent()).toContain(CONSUMER.phone);
  await page.screenshot({ path: join(PICTURES, 'console-sms-inbox.png') });
  expect((await app.call('POST', `/contacts/${contactId}/sms/verify`, { code })).status).toBe(200);

  expect(onlyUnexpected(problems, 400)).toEqual([]);
  const origins = new Set(urls.map((url) => new URL(url).origin));
  expect([...origins]).toEqual([new URL(addresses.adminUrl).origin]);
});

it('loads a scenario and draws its fault plan, and reads on a tablet without sideways scrolling', async () => {
  const { addresses } = await startMock();
  const { page, problems } = await openPage(820, 1180);
  await page.goto(addresses.consoleUrl);
  await page.getByRole('tab', { name: 'Scenario' }).click();
  await page
    .getByLabel('Or paste it')
    .fill(
      [
        'name: a bad morning',
        'description: KOMPRA down for ten minutes, then the first sync answers 101.',
        'faults:',
        '  - { id: kompra-outage, kind: kompra_down, target: { window: { from: "2026-11-24T04:00:00Z", to: "2026-11-24T04:10:00Z" } } }',
        '  - { id: sync-101, kind: http, status: 500, code: sync_failed, appCode: 101, target: { operation: syncContacts, window: { from: "2026-11-24T04:30:00Z" } } }',
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Load scenario' }).click();
  await expect.poll(() => page.locator('svg.timeline rect.bar').count()).toBe(2);
  expect(await page.locator('svg.timeline').getAttribute('role')).toBe('img');
  expect(
    (await fetch(`${addresses.adminUrl}/faults`).then((response) => response.json())) as unknown[],
  ).toHaveLength(2);
  // Runs in the page: `globalThis` is its window.
  const fits = await page.evaluate(() => {
    const view = globalThis as unknown as {
      innerWidth: number;
      document: { documentElement: { scrollWidth: number } };
    };
    return view.document.documentElement.scrollWidth <= view.innerWidth;
  });
  expect(fits).toBe(true);
  await page.screenshot({ path: join(PICTURES, 'console-scenario-tablet.png'), fullPage: true });

  // a bad file is refused with the line and the path of the problem
  await page.getByLabel('Or paste it').fill('faults:\n  - { kind: http, status: 502 }\n');
  await page.getByRole('button', { name: 'Load scenario' }).click();
  await expect.poll(() => page.locator('form div.error').textContent()).toContain('faults[0].code');

  // the tabs are reachable by keyboard
  await page.getByRole('tab', { name: 'Scenario' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect
    .poll(() => page.getByRole('tab', { name: 'State' }).getAttribute('aria-selected'))
    .toBe('true');
  expect(onlyUnexpected(problems, 400)).toEqual([]);
});

it('asks for the admin token once when the mock has one, and keeps it for the tab', async () => {
  const { addresses } = await startMock({ adminToken: 's3cret' });
  const { page, problems } = await openPage();
  await page.goto(addresses.consoleUrl);
  await page.getByRole('textbox', { name: 'Token' }).fill('s3cret');
  await page.getByRole('button', { name: 'Use this token' }).click();
  await expect.poll(() => page.locator('#clock-now').textContent()).toBe('2026-11-24 08:30:00');
  await expect.poll(() => page.locator('.stream-status').textContent()).toContain('live log: live');
  expect(
    await page.evaluate(() =>
      (
        globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }
      ).sessionStorage.getItem('icontact-admin-token'),
    ),
  ).toBe('s3cret');
  await page.reload();
  await expect.poll(() => page.locator('#clock-now').textContent()).toBe('2026-11-24 08:30:00');
  expect(await page.locator('dialog[open]').count()).toBe(0);
  // the console's own 401s before the token was typed are the browser's only complaints
  expect(onlyUnexpected(problems, 401)).toEqual([]);
});

it('reproduces every guide entry whose scenario injects faults in one click each, naming them guide-<n>.<id>', async () => {
  const { addresses } = await startMock();
  const { page, problems } = await openPage();
  await page.goto(addresses.consoleUrl);
  await page.getByRole('tab', { name: 'Faults' }).click();
  const buttons = page.getByRole('button', { name: /^Reproduce guide #\d+$/ });
  await buttons.first().waitFor();
  const labels = await buttons.allTextContents();
  expect(labels).toContain('Reproduce guide #22');
  for (const [index, label] of labels.entries()) {
    const number = label.replace('Reproduce guide #', '');
    await buttons.nth(index).click();
    await expect
      .poll(() => page.locator('p.done').last().textContent())
      .toMatch(new RegExp(`^Guide #${number}: guide-${number}\\.`));
  }
  const faults = (await (await fetch(`${addresses.adminUrl}/faults`)).json()) as { id: string }[];
  expect(new Set(faults.map((fault) => fault.id.split('.')[0]))).toEqual(
    new Set(labels.map((label) => `guide-${label.replace('Reproduce guide #', '')}`)),
  );
  // each entry is told in the guide's words, and one the mock's rules produce says how to meet it
  expect(await page.locator('#guide-25').textContent()).toContain('Превышено количество попыток');
  expect(await page.locator('#guide-25').textContent()).toContain("The mock's rules produce it");
  expect(problems).toEqual([]);
});
