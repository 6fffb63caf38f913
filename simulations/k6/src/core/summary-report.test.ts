import { expect, it } from 'vitest';
import { renderJunit } from './junit.ts';
import { buildRunReport, junitSuites, type SummaryData, thresholdFailure } from './summary-report.ts';

const context = {
  runner: 'k6' as const,
  profile: 'smoke',
  baseUrl: 'http://mock/api/v1',
  faults: [],
  ledger: true,
};

/** What k6 hands `handleSummary` after a run whose every login was refused: outside the shift. */
const refusedLogins: SummaryData = {
  metrics: {
    answers__login__403__outside_shift: { type: 'counter', values: { count: 6 } },
    operations__login: { type: 'counter', values: { count: 6 } },
    operations__login__failed: { type: 'counter', values: { count: 6 } },
    flow_succeeded: {
      type: 'rate',
      values: { rate: 0, passes: 0, fails: 6 },
      thresholds: { 'rate>=0.99': { ok: false } },
    },
    'http_req_duration{step:login}': {
      type: 'trend',
      values: { 'p(95)': 12.5, 'p(99)': 13, count: 6 },
      thresholds: { 'p(95)<1000': { ok: true } },
    },
    contacts_promised: { type: 'counter', values: { count: 40 } },
    contacts_held: { type: 'counter', values: { count: 25 } },
    ledger_balance: { type: 'rate', values: { rate: 40 / 65 }, thresholds: { 'rate<=0.5': { ok: false } } },
  },
  root_group: {
    name: '',
    checks: [{ name: 'login: the consultant gets a token', passes: 0, fails: 6 }],
    groups: [],
  },
  state: { testRunDurationMs: 4200 },
};

it('counts answers by step, status and code, so a failed run says why', () => {
  const report = buildRunReport(refusedLogins, context);
  expect(report.answers).toEqual([{ step: 'login', status: 403, code: 'outside_shift', count: 6 }]);
  const login = report.steps.find((step) => step.step === 'login');
  expect(login).toMatchObject({ requests: 6, amplification: 1, failedOperations: 6 });
  const xml = renderJunit('k6 smoke', junitSuites(report));
  expect(xml).toContain('6 operation(s) failed after their retries; answers: 403 outside_shift × 6');
});

it('names the measured value of a crossed threshold', () => {
  const report = buildRunReport(refusedLogins, context);
  const crossed = report.thresholds.filter((t) => !t.ok);
  expect(crossed.map(thresholdFailure)).toEqual([
    'flow_succeeded rate>=0.99 failed: measured 0',
    'ledger_balance rate<=0.5 failed: measured 0.6154',
  ]);
  expect(renderJunit('k6 smoke', junitSuites(report))).toContain(
    'flow_succeeded rate&gt;=0.99 failed: measured 0',
  );
});

it('reports contacts promised but no longer held as vanished', () => {
  const report = buildRunReport(refusedLogins, context);
  expect(report.ledgerCounts).toMatchObject({ promised: 40, held: 25, vanished: 15 });
  expect(renderJunit('k6 smoke', junitSuites(report))).toContain('15 contact(s) promised but no longer held');
});
