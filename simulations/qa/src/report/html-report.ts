import { escape as escapeHtml } from 'html-escaper';
import type { QaReport, RunResult } from '../run/run-result.js';
import { almatyTimeOf } from '../scenario/local-time.js';
import { renderTimelineChart } from './timeline-chart.js';

const STYLE = `
:root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2329; background: #f6f7f9; }
body { margin: 0 auto; max-width: 1000px; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 0; } h3 { font-size: 14px; margin: 16px 0 6px; color: #4a5561; }
.summary { margin: 0 0 16px; color: #4a5561; }
.filters button { font: inherit; margin-right: 6px; padding: 4px 10px; border: 1px solid #c7ced6; border-radius: 14px; background: #fff; cursor: pointer; }
.filters button[aria-pressed="true"] { background: #1d2329; color: #fff; }
section.run { background: #fff; border: 1px solid #dde2e8; border-left: 6px solid #2e9e5b; border-radius: 6px; margin: 14px 0; padding: 14px 16px; }
section.run.failed { border-left-color: #d0342c; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 2px 8px; border-radius: 10px; margin-right: 8px; color: #fff; background: #2e9e5b; }
.failed .badge { background: #d0342c; }
.meta { color: #5d6975; font-size: 13px; margin: 4px 0 8px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #edf0f3; vertical-align: top; }
td.ok { color: #2e9e5b; font-weight: 600; } td.ko { color: #d0342c; font-weight: 600; }
details summary { cursor: pointer; color: #4a5561; font-size: 13px; margin-top: 8px; }
.error { color: #d0342c; font-weight: 600; }
svg.timeline { display: block; width: 100%; height: auto; margin-top: 6px; font-size: 11px; }
svg .lane { font-size: 12px; font-weight: 600; fill: #33404d; } svg .note { fill: #7a8693; font-size: 10px; }
svg .lane-base { stroke: #c7ced6; } svg .grid { stroke: #eef1f4; } svg .tick { fill: #5d6975; }
svg .fault-window { fill: #f5c6c3; } svg .fault-label { fill: #7d1d17; font-size: 10px; } svg .fault-hit { stroke: #d0342c; stroke-width: 1.2; }
svg .requests { fill: #8fb8de; } svg .failed { fill: #d0342c; } svg .retries { fill: #f0a030; }
svg .backlog { fill: #9ad1b0; stroke: #2e9e5b; stroke-width: 1; } svg .code { font-size: 10px; font-weight: 600; }
`;

const SCRIPT = `
document.querySelectorAll('.filters button').forEach(function (button) {
  button.addEventListener('click', function () {
    document.querySelectorAll('.filters button').forEach(function (other) { other.setAttribute('aria-pressed', String(other === button)); });
    var show = button.dataset.show;
    document.querySelectorAll('section.run').forEach(function (run) {
      run.hidden = show === 'failed' ? !run.classList.contains('failed') : false;
    });
  });
});
`;

function row(cells: readonly string[], tag = 'td'): string {
  return `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
}

function runSection(run: RunResult): string {
  const verdicts = run.verdicts
    .map(
      (verdict) =>
        `<tr><td class="${verdict.passed ? 'ok' : 'ko'}">${verdict.passed ? '✓' : '✗'}</td><td>${escapeHtml(verdict.title)}</td><td>${escapeHtml(verdict.message)}</td></tr>`,
    )
    .join('');
  const actors = run.actors
    .map((actor) =>
      row([
        escapeHtml(actor.login),
        String(actor.contacts),
        String(actor.requests),
        String(actor.retries),
        String(actor.errorsSeen),
        String(actor.unsent),
        escapeHtml(actor.stoppedBecause ?? 'ran to the end'),
      ]),
    )
    .join('');
  const observations = run.observations
    .map((observation) =>
      row([
        almatyTimeOf(observation.at),
        escapeHtml(observation.actor),
        escapeHtml(observation.step),
        `<b>${escapeHtml(observation.code)}</b>`,
        escapeHtml(observation.detail),
        escapeHtml(observation.remedy.ru),
        escapeHtml(
          observation.reaction.kind === 'retry'
            ? `retry at ${almatyTimeOf(observation.reaction.at)}`
            : observation.reaction.kind === 'give_up'
              ? `gave up: ${observation.reaction.reason}`
              : observation.reaction.kind,
        ),
      ]),
    )
    .join('');
  const guide =
    run.guide.length === 0 ? 'story' : `guide ${run.guide.map((entry) => `#${entry}`).join(', ')}`;
  return `<section class="run${run.passed ? '' : ' failed'}">
<h2><span class="badge">${run.passed ? 'PASSED' : 'FAILED'}</span>${escapeHtml(run.name)}</h2>
<p class="meta">${escapeHtml(guide)} · ${escapeHtml(run.file)} · seed ${run.seed} · ${almatyTimeOf(run.virtualStart)}–${almatyTimeOf(run.virtualEnd)} virtual · ${(run.realDurationMs / 1000).toFixed(1)} s real · ${run.contacts.length} contacts · ${run.injected.length} faults injected</p>
<p>${escapeHtml(run.description)}</p>
${run.error === null ? '' : `<p class="error">The harness failed: ${escapeHtml(run.error)}</p>`}
${run.error === null ? renderTimelineChart(run) : ''}
<h3>Expectations</h3><table>${verdicts}</table>
<details><summary>Actors (${run.actors.length})</summary><table>${row(['login', 'contacts', 'requests', 'retries', 'errors seen', 'unsent', 'end'], 'th')}${actors}</table></details>
<details><summary>Errors the app showed (${run.observations.length})</summary><table>${row(['time', 'who', 'step', 'code', 'what happened', 'remedy', 'then'], 'th')}${observations}</table></details>
</section>`;
}

/**
 * A self-contained HTML report: inline CSS, inline SVG timelines, a few lines of inline JS (a filter),
 * no external resource — it opens from disk in any browser.
 */
export function renderHtmlReport(report: QaReport): string {
  const passed = report.runs.filter((run) => run.passed).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>iContact QA report — ${passed}/${report.runs.length} passed</title>
<style>${STYLE}</style></head>
<body>
<h1>iContact QA scenarios</h1>
<p class="summary">${passed} of ${report.runs.length} scenarios passed · run at ${escapeHtml(report.createdAt)}</p>
<p class="filters"><button type="button" data-show="all" aria-pressed="true">All</button><button type="button" data-show="failed" aria-pressed="false">Failed only</button></p>
${report.runs.map(runSection).join('\n')}
<script>${SCRIPT}</script>
</body></html>
`;
}
