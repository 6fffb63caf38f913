/**
 * Turns k6's end-of-test summary (the argument of `handleSummary`) into the run's report: the verdict,
 * every threshold, every check, the contacts and ledger counts, latency and retry amplification per
 * step. The same report feeds the JSON summary, the JUnit XML and the smoke test's assertions.
 */
import { type AnswerCount, answerCounts } from './answers.ts';
import type { JunitCase, JunitSuite } from './junit.ts';
import { failedOperationMetricName, operationMetricName } from './recorder.ts';
import { FLOW_STEPS, type FlowStep, METRIC } from './steps.ts';
import { measuredValue } from './threshold-expression.ts';

/** One metric of k6's summary. */
export interface SummaryMetric {
  readonly type: 'counter' | 'gauge' | 'rate' | 'trend';
  readonly values: Readonly<Record<string, number>>;
  readonly thresholds?: Readonly<Record<string, { readonly ok: boolean }>>;
}

/** One check of k6's summary. */
export interface SummaryCheck {
  readonly name: string;
  readonly passes: number;
  readonly fails: number;
}

/** A group of k6's summary, with its checks and nested groups. */
export interface SummaryGroup {
  readonly name: string;
  readonly checks: readonly SummaryCheck[];
  readonly groups: readonly SummaryGroup[];
}

/** The parts of k6's summary data the report reads. */
export interface SummaryData {
  readonly metrics: Readonly<Record<string, SummaryMetric>>;
  readonly root_group: SummaryGroup;
  readonly state: { readonly testRunDurationMs: number };
}

/** What the run was (from the script's configuration). */
export interface RunContext {
  /** What ran the flows: `k6`, or the project's Node runner. */
  readonly runner: 'k6' | 'node';
  readonly profile: string;
  readonly baseUrl: string;
  /** The `FAULTS` entries in force. */
  readonly faults: readonly string[];
  /** Whether the ledger could run (the target is the mock and its admin API answered). */
  readonly ledger: boolean;
}

/** One threshold and whether it held. */
export interface ThresholdOutcome {
  readonly metric: string;
  readonly expression: string;
  readonly ok: boolean;
  /** The value the expression looked at (`p(95)`, `rate`, `count`…), or `null` when the metric has none. */
  readonly measured: number | null;
}

/** Latency and retries of one step. */
export interface StepFigures {
  readonly step: FlowStep;
  /** HTTP attempts measured (`http_req_duration{step}` count). */
  readonly requests: number;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
  /** Attempts per logical operation (1 = no retry), or `null` when the step never ran. */
  readonly amplification: number | null;
  /** Operations of the step that failed after their retries. */
  readonly failedOperations: number;
}

/** The run's report. */
export interface RunReport extends RunContext {
  /** Every threshold held. */
  readonly passed: boolean;
  readonly durationSeconds: number;
  readonly thresholds: readonly ThresholdOutcome[];
  readonly checks: readonly SummaryCheck[];
  readonly flows: { readonly succeeded: number; readonly failed: number };
  readonly contacts: { readonly accepted: number; readonly duplicate: number; readonly rejected: number };
  readonly ledgerCounts: {
    readonly checks: number;
    readonly lost: number;
    readonly duplicated: number;
    readonly unexpected: number;
    readonly unsent: number;
    /** Contacts the server promised to keep (`contacts_promised`). */
    readonly promised: number;
    /** Of the run's keys, those the server holds at the end (`contacts_held`). */
    readonly held: number;
    /** Promised but no longer held, whichever flow they came from: `promised − held` when above 0. */
    readonly vanished: number;
  };
  /** Every answer by step, HTTP status and catalogue code (status 0: none came). */
  readonly answers: readonly AnswerCount[];
  /** HTTP attempts over logical operations, all steps together. */
  readonly amplification: number | null;
  readonly steps: readonly StepFigures[];
}

function value(data: SummaryData, metric: string, stat: string): number | null {
  const found = data.metrics[metric]?.values[stat];
  return found === undefined ? null : found;
}

function count(data: SummaryData, metric: string): number {
  return value(data, metric, 'count') ?? 0;
}

function allChecks(group: SummaryGroup): SummaryCheck[] {
  return [...group.checks, ...group.groups.flatMap(allChecks)];
}

/** Builds the report from k6's summary data. */
export function buildRunReport(data: SummaryData, context: RunContext): RunReport {
  const thresholds: ThresholdOutcome[] = [];
  for (const [metric, summary] of Object.entries(data.metrics)) {
    for (const [expression, outcome] of Object.entries(summary.thresholds ?? {})) {
      thresholds.push({
        metric,
        expression,
        ok: outcome.ok,
        measured: measuredValue(expression, summary.values),
      });
    }
  }
  thresholds.sort((a, b) => a.metric.localeCompare(b.metric) || a.expression.localeCompare(b.expression));
  const flowRate = data.metrics[METRIC.flowSucceeded]?.values;
  const operations = count(data, METRIC.operations);
  const attempts = count(data, METRIC.attempts);
  const answers = answerCounts(
    Object.entries(data.metrics).map(([name, metric]) => [name, metric.values.count ?? 0] as const),
  );
  const promised = count(data, METRIC.contactsPromised);
  const held = count(data, METRIC.contactsHeld);
  return {
    ...context,
    passed: thresholds.every((item) => item.ok),
    durationSeconds: data.state.testRunDurationMs / 1000,
    thresholds,
    checks: allChecks(data.root_group),
    flows: { succeeded: flowRate?.passes ?? 0, failed: flowRate?.fails ?? 0 },
    contacts: {
      accepted: count(data, METRIC.contactsAccepted),
      duplicate: count(data, METRIC.contactsDuplicate),
      rejected: count(data, METRIC.contactsRejected),
    },
    ledgerCounts: {
      checks: count(data, METRIC.ledgerChecks),
      lost: count(data, METRIC.contactsLost),
      duplicated: count(data, METRIC.contactsDuplicated),
      unexpected: count(data, METRIC.contactsUnexpected),
      unsent: count(data, METRIC.contactsUnsent),
      promised,
      held,
      vanished: Math.max(0, promised - held),
    },
    answers,
    amplification: operations > 0 ? attempts / operations : null,
    steps: FLOW_STEPS.map((step) => {
      const latency = `http_req_duration{step:${step}}`;
      const mine = answers.filter((row) => row.step === step);
      const stepAttempts = mine.reduce((sum, row) => sum + row.count, 0);
      const stepOperations = count(data, operationMetricName(step));
      return {
        step,
        requests: value(data, latency, 'count') ?? stepAttempts,
        p95Ms: value(data, latency, 'p(95)'),
        p99Ms: value(data, latency, 'p(99)'),
        amplification: stepOperations > 0 ? stepAttempts / stepOperations : null,
        failedOperations: count(data, failedOperationMetricName(step)),
      };
    }),
  };
}

/** What a crossed threshold says: the expression, and the value measured. */
export function thresholdFailure(item: ThresholdOutcome): string {
  const measured = item.measured === null ? 'no value measured' : `measured ${formatMeasured(item.measured)}`;
  return `${item.metric} ${item.expression} failed: ${measured}`;
}

function formatMeasured(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 1 ? 4 : 1);
}

/** The answers that were no success, as lines `step: status code × count`, most frequent first. */
export function failedAnswerLines(report: RunReport): string[] {
  return report.answers
    .filter((row) => row.status === 0 || row.status >= 400)
    .sort((a, b) => b.count - a.count)
    .map((row) =>
      `${row.step}: ${row.status === 0 ? 'no answer' : row.status} ${row.code ?? ''} × ${row.count}`.replace(
        '  ',
        ' ',
      ),
    );
}

/** The check pass rate a JUnit case for a check needs. */
export const CHECK_PASS_RATE = 0.99;

/** The report as JUnit suites: thresholds, checks, ledger. */
export function junitSuites(report: RunReport): JunitSuite[] {
  const thresholds: JunitCase[] = report.thresholds.map((item) => ({
    classname: `${report.runner}.${report.profile}.thresholds`,
    name: `${item.metric}: ${item.expression}`,
    ...(item.ok ? {} : { failure: { message: thresholdFailure(item) } }),
  }));
  const checks: JunitCase[] = report.checks.map((check) => {
    const total = check.passes + check.fails;
    const rate = total === 0 ? 1 : check.passes / total;
    return {
      classname: `${report.runner}.${report.profile}.checks`,
      name: check.name,
      ...(rate >= CHECK_PASS_RATE
        ? {}
        : {
            failure: {
              message: `${check.fails} of ${total} failed (pass rate ${rate.toFixed(4)}, needs ${CHECK_PASS_RATE})`,
              details: `pass rate ${rate.toFixed(4)}`,
            },
          }),
    };
  });
  const ledgerCase = (name: string, keys: number, what: string): JunitCase => ({
    classname: `${report.runner}.${report.profile}.ledger`,
    name,
    ...(keys === 0 ? {} : { failure: { message: `${keys} contact(s) ${what}` } }),
  });
  const suites: JunitSuite[] = [
    { name: 'thresholds', cases: thresholds, timeSeconds: report.durationSeconds },
    { name: 'checks', cases: checks },
    {
      name: 'answers',
      // One case per step: it fails when an operation of the step failed, and says which answers came.
      cases: report.steps.map((step) => {
        const rows = report.answers.filter((row) => row.step === step.step);
        const listed = rows.map((row) => `${row.status} ${row.code ?? '-'} × ${row.count}`).join('; ');
        return {
          classname: `${report.runner}.${report.profile}.answers`,
          name: `${step.step}: every operation succeeds`,
          ...(step.failedOperations === 0
            ? {}
            : {
                failure: {
                  message: `${step.failedOperations} operation(s) failed after their retries; answers: ${listed}`,
                  details: listed,
                },
              }),
        };
      }),
    },
  ];
  if (report.ledger) {
    suites.push({
      name: 'ledger',
      cases: [
        ledgerCase('no contact is lost', report.ledgerCounts.lost, 'acknowledged but not held by the server'),
        ledgerCase('no contact is held twice', report.ledgerCounts.duplicated, 'held more than once'),
        ledgerCase(
          'the server holds no foreign contact',
          report.ledgerCounts.unexpected,
          'held but never sent',
        ),
        ledgerCase(
          'every contact of a flow that ran reaches the server',
          report.ledgerCounts.unsent,
          'left in the outbox: their shift is not closed',
        ),
        ledgerCase(
          'the server holds every contact it promised',
          report.ledgerCounts.vanished,
          `promised but no longer held (promised ${report.ledgerCounts.promised}, held ${report.ledgerCounts.held}): a rollback takes whole flows`,
        ),
      ],
    });
  }
  return suites;
}
