import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type PageResults, RESULTS_GLOBAL } from './test-support/browser/page-results.js';
import { type StaticServer, startStaticServer } from './test-support/browser/static-server.js';

/** Chromium as `./run test` finds it (scripts/setup/ensure-chromium.sh), else Debian's. Never downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const PUBLIC = here('./test-support/browser/public');

let bundleDir = '';
let site: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'icontact-msw-page-'));
  await build({
    entryPoints: [here('./test-support/browser/page.ts')],
    outfile: join(bundleDir, 'page.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  site = await startStaticServer([PUBLIC, bundleDir]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (bundleDir !== '') rmSync(bundleDir, { recursive: true, force: true });
});

/** Launches the machine's Chromium, failing (never skipping) when there is none. */
async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: set CHROMIUM_PATH, or run ./run test (it installs Debian's chromium as root). The browser test never skips.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function runPage(): Promise<{ results: PageResults; console: string[] }> {
  if (site === undefined) throw new Error('the static site did not start');
  browser ??= await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  try {
    await page.goto(`${site.origin}/index.html`);
    await page.waitForFunction((name) => name in globalThis, RESULTS_GLOBAL, { timeout: 45_000 });
    const results = await page.evaluate(
      (name) => (globalThis as unknown as Record<string, PageResults>)[name] as PageResults,
      RESULTS_GLOBAL,
    );
    return { results, console };
  } finally {
    await context.close();
  }
}

it('runs a consultant day through the SDK against the handlers in a service worker of real headless Chromium', async () => {
  const { results, console } = await runPage();
  expect(results.error, console.join('\n')).toBeUndefined();
  expect(results.steps).toEqual([
    'worker: controlling',
    'login: mk.aset',
    'shift: in_progress',
    'contact: submitted',
    'sync: accepted 1, unsent 0',
    'me through a 502: mk.aset, retries [retry bad_gateway]',
    'plain fetch under abort: TypeError: Failed to fetch',
    'SDK under refuse: ConnectionError network_unavailable',
    // The browser follows the worker's 302s itself, 20 times, then fails like a network error: so does
    // the SDK, which hands a browser's opaque redirects to the runtime.
    'plain fetch under a redirect loop: TypeError: Failed to fetch, 21 answers',
    'SDK under a redirect loop: ConnectionError network_unavailable',
    'SDK under a 429 loop: ConnectionError too_many_follow_ups',
    'close: closed',
    'server contacts: submitted',
  ]);
}, 60_000);

it('ships the worker script of the installed msw in the browser fixture', () => {
  const shipped = readFileSync(join(PUBLIC, 'mockServiceWorker.js'), 'utf8');
  const installed = readFileSync(fileURLToPath(import.meta.resolve('msw/mockServiceWorker.js')), 'utf8');
  expect(shipped).toBe(installed);
});
