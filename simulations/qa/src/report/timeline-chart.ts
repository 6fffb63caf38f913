import { BUSINESS_UTC_OFFSET_MINUTES } from '@icontact/domain';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import { escape as escapeHtml } from 'html-escaper';
import type { RunResult } from '../run/run-result.js';
import { almatyTimeOf } from '../scenario/local-time.js';
import { timelineData } from './timeline-data.js';

const WIDTH = 960;
const LEFT = 150;
const RIGHT = 16;
const LANE_GAP = 14;
/** Instants are shifted by the business offset so that the UTC scale's ticks read as Almaty wall time. */
const ALMATY_OFFSET_MS = BUSINESS_UTC_OFFSET_MINUTES * 60_000;

/** Colours for error codes, in turn. */
const PALETTE = [
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#ff7f0e',
  '#1f77b4',
  '#7f7f7f',
  '#2ca02c',
];

const n = (value: number): string => value.toFixed(1);

/**
 * The run's timeline as a self-contained SVG: the fault plan's windows and the injected faults,
 * requests (and failed ones) per bin, the errors the consultants saw by code, the SDK's retries per bin,
 * and the sync backlog, over virtual time in Almaty. Each mark has a `<title>` for a tooltip.
 */
export function renderTimelineChart(run: RunResult): string {
  const data = timelineData(run);
  // Ticks in Almaty time: scale the shifted instants, label them as UTC.
  const x = scaleUtc()
    .domain([new Date(data.start + ALMATY_OFFSET_MS), new Date(data.end + ALMATY_OFFSET_MS)])
    .range([LEFT, WIDTH - RIGHT]);
  const xAt = (at: number): number => x(new Date(at + ALMATY_OFFSET_MS));
  const binWidth = Math.max(1, xAt(data.start + data.binMs) - xAt(data.start) - 1);
  const parts: string[] = [];
  let y = 28;

  const laneLabel = (label: string, top: number, height: number, note = ''): void => {
    parts.push(
      `<text class="lane" x="${LEFT - 8}" y="${n(top + height / 2)}" text-anchor="end" dominant-baseline="middle">${escapeHtml(label)}</text>`,
      note === ''
        ? ''
        : `<text class="note" x="${LEFT - 8}" y="${n(top + height / 2 + 13)}" text-anchor="end">${escapeHtml(note)}</text>`,
      `<line class="lane-base" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${n(top + height)}" y2="${n(top + height)}"/>`,
    );
  };

  // Faults: the plan's windows and the injections.
  const faultRow = 16;
  const faultHeight = Math.max(1, run.faultSpans.length) * faultRow + 8;
  laneLabel('injected faults', y, faultHeight, `${run.injected.length} strikes`);
  run.faultSpans.forEach((span, index) => {
    const top = y + 4 + index * faultRow;
    const hits = run.injected.filter((fault) => fault.faultId === span.id);
    parts.push(
      `<rect class="fault-window" x="${n(xAt(span.from))}" y="${n(top)}" width="${n(Math.max(2, xAt(span.to) - xAt(span.from)))}" height="${faultRow - 3}"><title>${escapeHtml(`${span.id} (${span.kind}): ${almatyTimeOf(span.from)}–${almatyTimeOf(span.to)}, struck ${hits.length}×`)}</title></rect>`,
      `<text class="fault-label" x="${n(xAt(span.from) + 4)}" y="${n(top + faultRow / 2)}" dominant-baseline="middle">${escapeHtml(span.id)}</text>`,
      ...hits.map(
        (hit) =>
          `<line class="fault-hit" x1="${n(xAt(hit.at))}" x2="${n(xAt(hit.at))}" y1="${n(top)}" y2="${n(top + faultRow - 3)}"><title>${escapeHtml(`${almatyTimeOf(hit.at)} ${hit.faultId} → ${hit.subject}`)}</title></line>`,
      ),
    );
  });
  y += faultHeight + LANE_GAP;

  // Requests per bin, failed ones over them.
  const requestsHeight = 70;
  const maxRequests = Math.max(1, ...data.bins.map((bin) => bin.requests));
  const requestsY = scaleLinear()
    .domain([0, maxRequests])
    .range([y + requestsHeight, y]);
  laneLabel('requests', y, requestsHeight, `max ${maxRequests} per ${data.binMs / 60_000} min`);
  for (const bin of data.bins) {
    if (bin.requests > 0) {
      parts.push(
        `<rect class="requests" x="${n(xAt(bin.from))}" y="${n(requestsY(bin.requests))}" width="${n(binWidth)}" height="${n(y + requestsHeight - requestsY(bin.requests))}"><title>${escapeHtml(`${almatyTimeOf(bin.from)}: ${bin.requests} requests, ${bin.failed} failed`)}</title></rect>`,
      );
    }
    if (bin.failed > 0) {
      parts.push(
        `<rect class="failed" x="${n(xAt(bin.from))}" y="${n(requestsY(bin.failed))}" width="${n(binWidth)}" height="${n(y + requestsHeight - requestsY(bin.failed))}"><title>${escapeHtml(`${almatyTimeOf(bin.from)}: ${bin.failed} failed requests`)}</title></rect>`,
      );
    }
  }
  y += requestsHeight + LANE_GAP;

  // Errors seen, a row per code.
  const errorRow = 18;
  const errorsHeight = Math.max(1, data.errors.length) * errorRow + 6;
  laneLabel(
    'errors seen',
    y,
    errorsHeight,
    data.errors.length === 0 ? 'none' : `${data.errors.length} code(s)`,
  );
  data.errors.forEach((error, index) => {
    const cy = y + 3 + index * errorRow + errorRow / 2;
    const colour = PALETTE[index % PALETTE.length];
    parts.push(
      `<text class="code" x="${WIDTH - RIGHT}" y="${n(cy - 7)}" text-anchor="end" fill="${colour}">${escapeHtml(error.code)} ×${error.at.length}</text>`,
    );
    for (const at of error.at) {
      parts.push(
        `<circle class="error" cx="${n(xAt(at))}" cy="${n(cy)}" r="4" fill="${colour}"><title>${escapeHtml(`${almatyTimeOf(at)} ${error.code}`)}</title></circle>`,
      );
    }
  });
  y += errorsHeight + LANE_GAP;

  // Retries per bin.
  const retriesHeight = 50;
  const maxRetries = Math.max(1, ...data.bins.map((bin) => bin.retries));
  const retriesY = scaleLinear()
    .domain([0, maxRetries])
    .range([y + retriesHeight, y]);
  laneLabel('SDK retries', y, retriesHeight, `max ${maxRetries} per bin`);
  for (const bin of data.bins) {
    if (bin.retries === 0) continue;
    parts.push(
      `<rect class="retries" x="${n(xAt(bin.from))}" y="${n(retriesY(bin.retries))}" width="${n(binWidth)}" height="${n(y + retriesHeight - retriesY(bin.retries))}"><title>${escapeHtml(`${almatyTimeOf(bin.from)}: ${bin.retries} retries`)}</title></rect>`,
    );
  }
  y += retriesHeight + LANE_GAP;

  // Sync backlog.
  const backlogHeight = 60;
  const maxBacklog = Math.max(1, ...data.backlog.map((point) => point.unsent));
  const backlogY = scaleLinear()
    .domain([0, maxBacklog])
    .range([y + backlogHeight, y]);
  laneLabel('sync backlog', y, backlogHeight, `max ${maxBacklog} unsent`);
  const path = area<{ at: number; unsent: number }>()
    .x((point) => xAt(point.at))
    .y0(y + backlogHeight)
    .y1((point) => backlogY(point.unsent))
    .curve(curveStepAfter)([...data.backlog]);
  parts.push(`<path class="backlog" d="${path ?? ''}"><title>contacts not yet on the server</title></path>`);
  y += backlogHeight + 8;

  // The time axis, at the bottom, and a grid line per tick.
  const ticks = x.ticks(Math.min(12, Math.max(2, Math.round((data.end - data.start) / 3_600_000))));
  for (const tick of ticks) {
    const tx = n(x(tick));
    parts.push(
      `<line class="grid" x1="${tx}" x2="${tx}" y1="20" y2="${n(y)}"/>`,
      `<text class="tick" x="${tx}" y="${n(y + 14)}" text-anchor="middle">${tick.toISOString().slice(11, 16)}</text>`,
    );
  }
  parts.push(
    `<text class="note" x="${WIDTH - RIGHT}" y="12" text-anchor="end">virtual time, Asia/Almaty</text>`,
  );
  const height = y + 24;
  return `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${n(height)}" width="${WIDTH}" height="${n(height)}" role="img" aria-label="${escapeHtml(`Timeline of ${run.name}`)}">${parts.join('')}</svg>`;
}
