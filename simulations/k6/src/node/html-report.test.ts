import { expect, it } from 'vitest';
import { buildRunReport, type SummaryData } from '../core/summary-report.ts';
import { renderHtmlReport } from './html-report.ts';
import { Timeline } from './timeline.ts';

const summary: SummaryData = {
  metrics: {
    'http_req_duration{step:login}': {
      type: 'trend',
      values: { med: 4, 'p(95)': 9, 'p(99)': 12, count: 3 },
      thresholds: { 'p(95)<5': { ok: false } },
    },
    answers__login__200__none: { type: 'counter', values: { count: 2 } },
    answers__login__403__outside_shift: { type: 'counter', values: { count: 1 } },
    answers__admin__201__none: { type: 'counter', values: { count: 4 } },
  },
  root_group: { name: '', checks: [], groups: [] },
  state: { testRunDurationMs: 2000 },
};

it('renders one offline page: the verdict, what each threshold measured, charts as inline SVG', async () => {
  const report = buildRunReport(summary, {
    runner: 'node',
    profile: 'smoke',
    baseUrl: 'http://mock/api/v1',
    faults: [],
    ledger: true,
  });
  const timeline = new Timeline(0);
  timeline.flowStarted(100);
  timeline.request(300, 4, false);
  timeline.request(1300, 9, true);
  timeline.flowEnded(1400, true);
  const html = await renderHtmlReport({
    report,
    summary,
    timeline: timeline.rows(),
    generator: { workers: 2, cpuSeconds: 0.5, totalCpuSeconds: 0.9, wallSeconds: 2, requests: 3 },
  });
  expect(html).toContain('✗ failed');
  expect(html).toContain('http_req_duration{step:login} p(95)&lt;5 failed: measured 9');
  expect(html.match(/<svg/g)).toHaveLength(5);
  // Nothing to fetch: no script, no stylesheet or image from elsewhere.
  expect(html).not.toMatch(/<script|<link|src="http/);
  expect(html).toContain('<td>login</td><td>403</td><td>outside_shift</td><td>1</td>');
  // The admin API's answers are in the table, not in the flow's chart.
  const chart = html.slice(html.lastIndexOf('<svg'), html.lastIndexOf('</svg>'));
  expect(chart).toContain('outside_shift');
  expect(chart).not.toContain('admin');
  expect(html).toContain('166667 µs of CPU per request');
});
