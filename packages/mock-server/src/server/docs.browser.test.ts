import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetch } from 'undici';
import { expect, it } from 'vitest';
import { launchChromium } from '../test-support/launch-chromium.js';
import { closeMocksAfterEach, startMock } from '../test-support/start-mock.js';

closeMocksAfterEach();

const FAILURES = fileURLToPath(new URL('../../reports/docs', import.meta.url));

it('sends a request from /docs to the mock that serves it, with nothing loaded from another origin', async () => {
  const { addresses } = await startMock();
  const spec = (await (await fetch(`${addresses.url}/docs/openapi.json`)).json()) as {
    servers: { url: string }[];
  };
  expect(spec.servers).toEqual([{ url: addresses.apiUrl, description: expect.any(String) }]);

  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const urls: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    // The deep link opens the operation; "try it out" is on from the start.
    await page.goto(`${addresses.docsUrl}#/app/getAppVersion`);
    const operation = page.locator('#operations-app-getAppVersion');
    await operation.locator('.opblock-body').waitFor({ timeout: 30_000 });
    await operation.getByRole('button', { name: 'Execute' }).click();
    const answer = operation.locator('.live-responses-table tbody td.response-col_status').first();
    await expect.poll(() => answer.textContent(), { timeout: 15_000 }).toContain('200');
    expect(await operation.locator('.live-responses-table').textContent()).toContain('minimumVersion');
    expect(await page.getByRole('link', { name: 'Fault console' }).getAttribute('href')).toBe(
      addresses.consoleUrl,
    );
    expect(urls).toContain(`${addresses.apiUrl}/app/version`);
    expect(new Set(urls.map((url) => new URL(url).origin))).toEqual(new Set([addresses.url]));
    expect(problems).toEqual([]);
  } catch (error) {
    mkdirSync(FAILURES, { recursive: true });
    await page.screenshot({ path: join(FAILURES, 'docs-failure.png'), fullPage: true });
    throw error;
  } finally {
    await browser.close();
  }
}, 90_000);
