/**
 * The Node runner's HTML report: one self-contained file (charts as inline SVG rendered by Vega in Node,
 * no script, no CDN) with the verdict, the thresholds and what they measured, latency per step, the run
 * second by second, the answers by step, status and code, the ledger and what the generator cost.
 */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { escapeXml } from '../core/junit.ts';
import { ADMIN_STEP } from '../core/steps.ts';
import type { RunReport, SummaryData } from '../core/summary-report.ts';
import { thresholdFailure } from '../core/summary-report.ts';
import type { GeneratorFigures } from './run-load.ts';
import type { Timeline } from './timeline.ts';

/** What the report shows. */
export interface HtmlReportInput {
  readonly report: RunReport;
  readonly summary: SummaryData;
  readonly timeline: ReturnType<Timeline['rows']>;
  readonly generator: GeneratorFigures;
}

async function svg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  const out = await view.toSVG();
  view.finalize();
  return out;
}

const WIDTH = 520;
const HEIGHT = 180;

function stepLatency(input: HtmlReportInput): TopLevelSpec {
  const values = input.report.steps.flatMap((step) => {
    const stats = input.summary.metrics[`http_req_duration{step:${step.step}}`]?.values ?? {};
    return (['med', 'p(95)', 'p(99)'] as const)
      .filter((stat) => stats[stat] !== undefined)
      .map((stat) => ({
        step: step.step,
        stat: stat === 'med' ? 'p50' : stat.replace(/[()]/g, ''),
        ms: stats[stat],
      }));
  });
  return {
    title: 'Latency per step (ms)',
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'step', type: 'nominal', sort: null, title: null },
      xOffset: { field: 'stat', type: 'nominal' },
      y: { field: 'ms', type: 'quantitative', title: 'ms' },
      color: { field: 'stat', type: 'nominal', title: null },
    },
  };
}

function overTime(
  input: HtmlReportInput,
  title: string,
  series: Record<string, (row: HtmlReportInput['timeline'][number]) => number | null>,
  unit: string,
): TopLevelSpec {
  const values = input.timeline.flatMap((row) =>
    Object.entries(series).flatMap(([name, pick]) => {
      const value = pick(row);
      return value === null ? [] : [{ second: row.second, series: name, value }];
    }),
  );
  return {
    title,
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: { type: 'line' },
    encoding: {
      x: { field: 'second', type: 'quantitative', title: 'second of the run' },
      y: { field: 'value', type: 'quantitative', title: unit },
      color: { field: 'series', type: 'nominal', title: null },
    },
  };
}

function answersChart(input: HtmlReportInput): TopLevelSpec {
  // The admin API's answers (team, faults, ledger) stay out of the flow's chart; the table lists them.
  const values = input.report.answers
    .filter((row) => row.step !== ADMIN_STEP)
    .map((row) => ({
      step: row.step,
      answer: `${row.status === 0 ? 'no answer' : row.status}${row.code === null ? '' : ` ${row.code}`}`,
      count: row.count,
    }));
  return {
    title: 'Answers by step, status and code',
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'step', type: 'nominal', sort: null, title: null },
      y: { field: 'count', type: 'quantitative', scale: { type: 'symlog' }, title: 'answers' },
      color: { field: 'answer', type: 'nominal', title: null },
    },
  };
}

const cell = (value: unknown) => `<td>${escapeXml(String(value ?? '—'))}</td>`;
const fixed = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

/** Renders the report as one HTML document. */
export async function renderHtmlReport(input: HtmlReportInput): Promise<string> {
  const { report, generator } = input;
  const charts = await Promise.all([
    svg(stepLatency(input)),
    svg(
      overTime(
        input,
        'Flow requests per second',
        { requests: (r) => r.requests, failed: (r) => r.failed },
        'requests',
      ),
    ),
    svg(
      overTime(
        input,
        'Flow latency over time (ms)',
        { p50: (r) => r.p50, p95: (r) => r.p95, p99: (r) => r.p99 },
        'ms',
      ),
    ),
    svg(
      overTime(
        input,
        'Flows per second',
        { started: (r) => r.flowsStarted, succeeded: (r) => r.flowsSucceeded, failed: (r) => r.flowsFailed },
        'flows',
      ),
    ),
    svg(answersChart(input)),
  ]);
  const thresholdRows = report.thresholds
    .map(
      (t) =>
        `<tr class="${t.ok ? 'ok' : 'bad'}">${cell(t.ok ? '✓' : '✗')}${cell(t.metric)}${cell(t.expression)}${cell(t.measured === null ? '—' : fixed(t.measured, 4))}${cell(t.ok ? '' : thresholdFailure(t))}</tr>`,
    )
    .join('\n');
  const stepRows = report.steps
    .map(
      (s) =>
        `<tr>${cell(s.step)}${cell(s.requests)}${cell(fixed(s.p95Ms))}${cell(fixed(s.p99Ms))}${cell(fixed(s.amplification, 3))}${cell(s.failedOperations)}</tr>`,
    )
    .join('\n');
  const answerRows = report.answers
    .map(
      (a) =>
        `<tr>${cell(a.step)}${cell(a.status === 0 ? 'no answer' : a.status)}${cell(a.code ?? '—')}${cell(a.count)}</tr>`,
    )
    .join('\n');
  const l = report.ledgerCounts;
  const perRequestUs = generator.requests === 0 ? null : (generator.cpuSeconds / generator.requests) * 1e6;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Load run: ${escapeXml(report.profile)} — ${report.passed ? 'passed' : 'failed'}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}
tr.bad td{background:#fde2e2}.verdict{font-size:1.4em}.charts svg{display:block;margin:1em 0}
</style></head><body>
<h1>Load run: ${escapeXml(report.profile)} against ${escapeXml(report.baseUrl)}</h1>
<p class="verdict">${report.passed ? '✓ passed' : '✗ failed'} in ${report.durationSeconds.toFixed(1)} s — runner: ${report.runner}; faults: ${escapeXml(report.faults.join(', ') || 'none')}</p>
<p>Flows: ${report.flows.succeeded} closed correctly, ${report.flows.failed} failed. Contacts: ${report.contacts.accepted} accepted, ${report.contacts.duplicate} duplicate answers, ${report.contacts.rejected} rejected. Retry amplification: ${fixed(report.amplification, 3)} attempts per operation.</p>
<p>Ledger: ${report.ledger ? `${l.lost} lost, ${l.duplicated} duplicated, ${l.unexpected} unexpected, ${l.unsent} left unsent; ${l.promised} promised, ${l.held} held, ${l.vanished} vanished` : 'not run (the target is not the mock)'}.</p>
<p>Generator: ${generator.workers} worker thread(s), ${generator.cpuSeconds.toFixed(2)} s of CPU over ${generator.wallSeconds.toFixed(1)} s for ${generator.requests} requests (${fixed(perRequestUs, 0)} µs of CPU per request).</p>
<h2>Thresholds</h2>
<table><tr><th></th><th>metric</th><th>threshold</th><th>measured</th><th>failure</th></tr>
${thresholdRows}
</table>
<h2>Steps</h2>
<table><tr><th>step</th><th>requests</th><th>p95 ms</th><th>p99 ms</th><th>attempts/op</th><th>failed ops</th></tr>
${stepRows}
</table>
<div class="charts">
${charts.join('\n')}
</div>
<h2>Answers</h2>
<table><tr><th>step</th><th>status</th><th>code</th><th>count</th></tr>
${answerRows}
</table>
</body></html>
`;
}
