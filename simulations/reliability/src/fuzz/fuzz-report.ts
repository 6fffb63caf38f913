/** One request the fuzzer sent and the status it got. */
export interface FuzzExchange {
  /** The operation, as Schemathesis labels it (`POST /auth/token`). */
  readonly label: string;
  readonly method: string;
  readonly uri: string;
  readonly status: number;
}

/** A check that failed on some test case. */
export interface FuzzCheckFailure {
  readonly label: string;
  readonly check: string;
  readonly caseId: string;
}

/** An error the run reported (a failed login, a network failure, a schema problem). */
export interface FuzzError {
  readonly label: string | undefined;
  readonly type: string;
  readonly message: string;
}

/** What a Schemathesis run did, read from its NDJSON event report. */
export interface FuzzSummary {
  /** Every request sent and its answer's status. */
  readonly exchanges: readonly FuzzExchange[];
  /** Check failures, one per failing check of a test case. */
  readonly failures: readonly FuzzCheckFailure[];
  /** Errors of the run. */
  readonly errors: readonly FuzzError[];
  /** Each phase's final status (`success`, `failure`, `error`, `skip`). */
  readonly phases: Readonly<Record<string, string>>;
  /** The checks that ran, with how often each passed. */
  readonly checksPassed: Readonly<Record<string, number>>;
  /**
   * The links the stateful phase followed, by Schemathesis's id (`GET /shifts -> [200] getShift -> GET
   * /shifts/{shiftId}`): a link counts once a step applied a value it carries, as Schemathesis counts.
   */
  readonly linksCovered: readonly string[];
}

type Json = Record<string, unknown>;

function objectOf(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

/**
 * Reads Schemathesis's NDJSON report (`--report ndjson`): one event per line, each an object with one
 * key naming the event (`ScenarioFinished`, `PhaseFinished`, `NonFatalError`, …).
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass over Schemathesis's event kinds, TODO(#17): one reader per event kind
export function summariseFuzzReport(ndjson: string): FuzzSummary {
  const exchanges: FuzzExchange[] = [];
  const failures: FuzzCheckFailure[] = [];
  const errors: FuzzError[] = [];
  const phases: Record<string, string> = {};
  const checksPassed: Record<string, number> = {};
  const linksCovered = new Set<string>();
  for (const line of ndjson.split('\n')) {
    if (line.trim() === '') continue;
    const event = objectOf(JSON.parse(line));
    const finished = objectOf(event.ScenarioFinished);
    const recorder = objectOf(finished.recorder);
    const label = typeof recorder.label === 'string' ? recorder.label : '';
    for (const node of Object.values(objectOf(recorder.cases)).map(objectOf)) {
      const transition = objectOf(node.transition);
      if (node.is_transition_applied === true && typeof transition.id === 'string')
        linksCovered.add(transition.id);
    }
    for (const interaction of Object.values(objectOf(recorder.interactions))) {
      const request = objectOf(objectOf(interaction).request);
      const response = objectOf(objectOf(interaction).response);
      if (typeof response.status_code !== 'number') continue;
      exchanges.push({
        label,
        method: String(request.method),
        uri: String(request.uri),
        status: response.status_code,
      });
    }
    for (const [caseId, checks] of Object.entries(objectOf(recorder.checks))) {
      if (!Array.isArray(checks)) continue;
      for (const check of checks.map(objectOf)) {
        const name = String(check.name);
        if (check.status === 'failure') failures.push({ label, check: name, caseId });
        else if (check.status === 'success') checksPassed[name] = (checksPassed[name] ?? 0) + 1;
      }
    }
    const phaseFinished = objectOf(event.PhaseFinished);
    const phase = objectOf(phaseFinished.phase);
    if (typeof phase.name === 'string') {
      phases[phase.name] = phase.skip_reason === undefined ? String(phaseFinished.status) : 'skip';
    }
    for (const key of ['NonFatalError', 'FatalError']) {
      const error = objectOf(event[key]);
      if (Object.keys(error).length === 0) continue;
      const value = objectOf(error.value);
      errors.push({
        label: typeof error.label === 'string' ? error.label : undefined,
        type: String(value.type ?? key),
        message: String(value.message ?? error.exception ?? ''),
      });
    }
  }
  return { exchanges, failures, errors, phases, checksPassed, linksCovered: [...linksCovered].sort() };
}

/** How many of the contract's links the stateful phase followed. */
export interface LinkCoverage {
  readonly covered: number;
  readonly selected: number;
  readonly total: number;
}

/**
 * Reads the stateful phase's link coverage from Schemathesis's console output
 * (`API Links: 12 covered / 30 selected / 30 total`); `undefined` when the phase did not report it.
 */
export function linkCoverageOf(output: string): LinkCoverage | undefined {
  const match = /(\d+) covered \/ (\d+) selected \/ (\d+) total/.exec(output);
  if (match === null) return undefined;
  return { covered: Number(match[1]), selected: Number(match[2]), total: Number(match[3]) };
}
