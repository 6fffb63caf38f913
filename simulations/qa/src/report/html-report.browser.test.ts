import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { runScenario } from '../run/run-scenario.js';
import { loadScenarios } from '../scenario/load-scenarios.js';
import { SCENARIOS_DIR } from '../test-support/library.js';
import { renderHtmlReport } from './html-report.js';

/** Debian's Chromium, or the one CHROMIUM_PATH names (the setup script installs it; no browser download). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

it('renders the report in headless Chromium with its timeline charts, no console error and no network request', async () => {
  expect(
    existsSync(CHROMIUM),
    `no Chromium at ${CHROMIUM}: run ./run test (it installs it) or set CHROMIUM_PATH`,
  ).toBe(true);
  const loaded = await loadScenarios([
    join(SCENARIOS_DIR, 'guide-20-sync-101.yaml'),
    join(SCENARIOS_DIR, 'guide-09-account-deleted.yaml'),
  ]);
  const runs = await Promise.all(loaded.map((scenario) => runScenario(scenario)));
  const dir = join(tmpdir(), `icontact-qa-html-${process.pid}`);
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'qa-report.html');
  await writeFile(
    file,
    renderHtmlReport({ version: 1, createdAt: '2026-11-24T12:00:00.000Z', passed: true, runs }),
  );

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1040, height: 1400 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: join(dir, 'qa-report.png'), fullPage: false });

    expect(await page.locator('svg.timeline').count()).toBe(2);
    expect(await page.locator('svg.timeline rect.requests').count()).toBeGreaterThan(3);
    expect(await page.locator('svg.timeline rect.fault-window').count()).toBe(1);
    expect(await page.locator('svg.timeline circle.error').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.timeline path.backlog').count()).toBe(2);
    const box = await page.locator('svg.timeline').first().boundingBox();
    expect(box?.width).toBeGreaterThan(800);
    await page.getByRole('button', { name: 'Failed only' }).click();
    expect(await page.locator('section.run:visible').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
  } finally {
    await browser.close();
  }
});
