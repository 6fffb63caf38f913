/**
 * Turns k6's end-of-test summary (the argument of `handleSummary`) into the run's report: the verdict,
 * every threshold, every check, the contacts and ledger counts, latency and retry amplification per
 * step. The same report feeds the JSON summary, the JUnit XML and the smoke test's assertions.
 */
import type { JunitCase, JunitSuite } from './junit.ts';
import { FLOW_STEPS, type FlowStep, METRIC } from './steps.ts';

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
  };
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
      thresholds.push({ metric, expression, ok: outcome.ok });
    }
  }
  thresholds.sort((a, b) => a.metric.localeCompare(b.metric) || a.expression.localeCompare(b.expression));
  const flowRate = data.metrics[METRIC.flowSucceeded]?.values;
  const operations = count(data, METRIC.operations);
  const attempts = count(data, METRIC.attempts);
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
    },
    amplification: operations > 0 ? attempts / operations : null,
    steps: FLOW_STEPS.map((step) => {
      const latency = `http_req_duration{step:${step}}`;
      const tries = `${METRIC.attemptsPerOperation}{step:${step}}`;
      return {
        step,
        requests: value(data, latency, 'count') ?? 0,
        p95Ms: value(data, latency, 'p(95)'),
        p99Ms: value(data, latency, 'p(99)'),
        amplification: value(data, tries, 'avg'),
      };
    }),
  };
}

/** The check pass rate a JUnit case for a check needs. */
export const CHECK_PASS_RATE = 0.99;

/** The report as JUnit suites: thresholds, checks, ledger. */
export function junitSuites(report: RunReport): JunitSuite[] {
  const thresholds: JunitCase[] = report.thresholds.map((item) => ({
    classname: `k6.${report.profile}.thresholds`,
    name: `${item.metric}: ${item.expression}`,
    ...(item.ok
      ? {}
      : { failure: { message: `threshold ${item.expression} on ${item.metric} was crossed` } }),
  }));
  const checks: JunitCase[] = report.checks.map((check) => {
    const total = check.passes + check.fails;
    const rate = total === 0 ? 1 : check.passes / total;
    return {
      classname: `k6.${report.profile}.checks`,
      name: check.name,
      ...(rate >= CHECK_PASS_RATE
        ? {}
        : {
            failure: {
              message: `${check.fails} of ${total} failed`,
              details: `pass rate ${rate.toFixed(4)}`,
            },
          }),
    };
  });
  const ledgerCase = (name: string, keys: number, what: string): JunitCase => ({
    classname: `k6.${report.profile}.ledger`,
    name,
    ...(keys === 0 ? {} : { failure: { message: `${keys} contact(s) ${what}` } }),
  });
  const suites: JunitSuite[] = [
    { name: 'thresholds', cases: thresholds, timeSeconds: report.durationSeconds },
    { name: 'checks', cases: checks },
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
      ],
    });
  }
  return suites;
}
