import { z } from 'zod';
import { type AttemptCounter, createAttemptCounter } from './attempt-counter.js';
import {
  type ConnectionDecision,
  type FaultDecision,
  type FaultSource,
  requestActionOf,
  type UpstreamConditions,
} from './fault-decision.js';
import {
  type ConnectionStage,
  type FaultKind,
  STAGE_OF_KIND,
  UPSTREAM_OF_KIND,
  type UpstreamName,
} from './fault-kinds.js';
import {
  createFaultRecorder,
  type FaultCounters,
  type FaultLogEntry,
  type FaultSubject,
} from './fault-log.js';
import {
  attemptIdentity,
  type FaultRequest,
  type NormalisedRequest,
  normaliseRequest,
} from './fault-request.js';
import {
  type FaultSpec,
  type FaultSpecInput,
  faultSpecSchema,
  isRequestFault,
  isUpstreamFault,
  type RequestFaultSpec,
} from './fault-spec.js';
import { FaultSpecError } from './fault-spec-error.js';
import { type CompiledTarget, compileTarget } from './fault-target.js';
import { createRandomStream, type RandomStream } from './seeded-random.js';
import { issuesFromZod } from './spec-issue.js';

/** Options of {@link createFaultEngine}. */
export interface FaultEngineOptions {
  /** The seed of every probability and jitter draw: a safe integer. The same seed and requests give the same faults. */
  readonly seed: number;
  /** Faults registered from the start, in order. Default: none. */
  readonly faults?: readonly FaultSpecInput[];
  /** The virtual clock: windows and log instants read it. The engine reads no other clock. */
  readonly now: () => Date;
  /** How many log entries to keep, the latest first to stay; 0 keeps none (counters still count). Default: 1000. */
  readonly logLimit?: number;
  /** How many request identities to remember for attempt numbers, the least recently seen forgotten first. Default: 10000. */
  readonly attemptMemory?: number;
}

/** A registered fault as `list` shows it. */
export interface FaultState {
  /** The fault's id (given, or `<kind>-<n>`). */
  readonly id: string;
  /** The validated spec, defaults filled in. */
  readonly spec: FaultSpec;
  /** How often it struck since it was added or the engine was reset. */
  readonly hits: number;
  /** How many more strikes `times` allows; `null` when it has no limit. */
  readonly remaining: number | null;
  /** Whether `times` is used up: it no longer strikes. */
  readonly expired: boolean;
}

/**
 * Decides which fault strikes which request, connection or upstream call, and when. It does no I/O and
 * reads no clock but `now`: the adapters carry the decisions out on the wire.
 *
 * Faults are tried in order: the request's header faults first, then the registered ones in the order they
 * were added; the first that matches strikes. A fault matches when its kind fits the question asked, it
 * has not expired, every criterion of its target holds, and its probability draw (from a seeded stream of
 * its own) succeeds. A strike uses up one of its `times`, and is logged and counted.
 */
export interface FaultEngine {
  /** The seed in force. */
  readonly seed: number;
  /**
   * Registers a fault, after the existing ones.
   * @returns its id: the spec's `id`, or `<kind>-<n>`.
   * @throws {@link FaultSpecError} when the spec is invalid or its id is taken.
   */
  add(spec: FaultSpecInput): string;
  /** Removes a fault. @returns whether a fault had that id. */
  remove(id: string): boolean;
  /** Removes every fault; the log and the counters stay. */
  clear(): void;
  /** The registered faults, in the order they are tried. */
  list(): FaultState[];
  /**
   * Whether a request fault (`http`, `follow_up_loop`, `reset_mid_body`, `abort`, `latency`) strikes this
   * request, and how. Every call also counts as an attempt of the request's identity.
   */
  decide(request: FaultRequest): FaultDecision | null;
  /**
   * Whether a connection fault strikes a new connection: `dns` asks `dns_failure` faults (the DNS responder
   * asks before answering for the mock's hostname), `connect` asks `refuse` faults (the listener asks for
   * each new connection). An adapter without a real network (MSW) asks both before `decide`.
   */
  connection(stage: ConnectionStage): ConnectionDecision | null;
  /**
   * The connection fault of `stage` that is an outage now, if any: inside its window, not expired, and
   * striking every connection (no `times`, no probability below 1). It draws nothing, strikes nothing and
   * logs nothing, so a listener can poll it and shut its port for as long as a `refuse` outage holds (a real
   * ECONNREFUSED). A fault with `times` or a probability is no outage: ask `connection` per connection.
   */
  connectionOutage(stage: ConnectionStage): FaultState | null;
  /** The state of a simulated upstream for one call: the backend asks before each call to KOMPRA or the SMS gateway. */
  upstream<N extends UpstreamName>(name: N): UpstreamConditions[N];
  /** The latest injected faults, oldest first (at most `logLimit`). */
  log(): readonly FaultLogEntry[];
  /** How many faults were injected, in all, per kind and per fault id. */
  counters(): FaultCounters;
  /**
   * Starts over with the same faults: every fault's `times` and random stream as new, attempt numbers,
   * log and counters cleared.
   * @param seed - a new seed. Default: the seed in force.
   */
  reset(seed?: number): void;
}

interface RegisteredFault {
  readonly id: string;
  readonly spec: FaultSpec;
  readonly target: CompiledTarget;
  random: RandomStream;
  remaining: number | null;
  hits: number;
}

const optionsSchema = z.object({
  seed: z.int({ error: 'the seed must be a safe integer' }),
  logLimit: z.int().min(0).optional(),
  attemptMemory: z.int().min(1).optional(),
});

/** The stream name header faults draw from; no fault id can take it (ids start with a letter or digit). */
const HEADER_STREAM = '\u0000header';

/**
 * Creates a fault engine.
 * @throws {@link FaultSpecError} (source `options`) when an option or one of `faults` is invalid.
 */
export function createFaultEngine(options: FaultEngineOptions): FaultEngine {
  const checked = optionsSchema.safeParse(options);
  if (!checked.success) throw new FaultSpecError('options', issuesFromZod(checked.error));
  const initialFaults = parseInitialFaults(options.faults ?? []);

  const now = options.now;
  const recorder = createFaultRecorder(options.logLimit ?? 1000);
  const attempts: AttemptCounter = createAttemptCounter(options.attemptMemory ?? 10_000);
  let seed = options.seed;
  let headerRandom = createRandomStream(seed, HEADER_STREAM);
  const faults: RegisteredFault[] = [];
  let generated = 0;

  function register(spec: FaultSpec, issuePath: readonly (string | number)[]): string {
    let id = spec.id;
    if (id === undefined) {
      do {
        generated += 1;
        id = `${spec.kind}-${generated}`;
      } while (faults.some((fault) => fault.id === id));
    } else if (faults.some((fault) => fault.id === spec.id)) {
      throw new FaultSpecError(issuePath.length === 0 ? 'spec' : 'options', [
        {
          path: [...issuePath, 'id'],
          message: `a fault with id "${spec.id}" exists already: remove it first or pick another id`,
        },
      ]);
    }
    faults.push({
      id,
      spec,
      target: compileTarget(spec.target),
      random: createRandomStream(seed, id),
      remaining: spec.target.times ?? null,
      hits: 0,
    });
    return id;
  }

  function record(
    faultId: string,
    kind: FaultKind,
    source: FaultSource,
    timing: FaultSpec['timing'],
    subject: FaultSubject,
    nowMs: number,
  ): void {
    recorder.record({ at: new Date(nowMs).toISOString(), faultId, kind, source, timing, subject });
  }

  function strike(fault: RegisteredFault): void {
    fault.hits += 1;
    if (fault.remaining !== null) fault.remaining -= 1;
  }

  /** Whether a registered fault of the asked kind strikes now; draws its probability last. */
  function ambientMatch(fault: RegisteredFault, nowMs: number): boolean {
    if (fault.remaining === 0 || !fault.target.inWindow(nowMs)) return false;
    return draw(fault.target.probability, fault.random);
  }

  for (const [index, spec] of initialFaults.entries()) register(spec, ['faults', index]);

  return {
    get seed() {
      return seed;
    },

    add(input) {
      const parsed = faultSpecSchema.safeParse(input);
      if (!parsed.success) throw new FaultSpecError('spec', issuesFromZod(parsed.error));
      return register(parsed.data, []);
    },

    remove(id) {
      const index = faults.findIndex((fault) => fault.id === id);
      if (index === -1) return false;
      faults.splice(index, 1);
      return true;
    },

    clear() {
      faults.length = 0;
    },

    list() {
      return faults.map(stateOf);
    },

    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the two passes (header faults, then registered ones) with the same four filters each; the hot path of every request, kept in one function on purpose
    decide(request) {
      const normalised = normaliseRequest(request);
      const attempt = attempts.next(attemptIdentity(normalised));
      const headerFaults = request.headerFaults ?? [];
      if (headerFaults.length === 0 && faults.length === 0) return null;
      const nowMs = now().getTime();

      for (const spec of headerFaults) {
        if (!isRequestFault(spec)) continue;
        const target = compileTarget(spec.target);
        if (!target.inWindow(nowMs) || !target.matchesRequest(normalised, attempt)) continue;
        if (!draw(target.probability, headerRandom)) continue;
        return decided(spec, spec.id ?? 'header', 'header', headerRandom, normalised, attempt, nowMs);
      }
      for (const fault of faults) {
        const { spec, target } = fault;
        if (!isRequestFault(spec) || fault.remaining === 0) continue;
        if (!target.inWindow(nowMs) || !target.matchesRequest(normalised, attempt)) continue;
        if (!draw(target.probability, fault.random)) continue;
        strike(fault);
        return decided(spec, fault.id, 'registered', fault.random, normalised, attempt, nowMs);
      }
      return null;
    },

    connection(stage) {
      if (faults.length === 0) return null;
      const nowMs = now().getTime();
      for (const fault of faults) {
        const { spec } = fault;
        if (spec.kind !== 'dns_failure' && spec.kind !== 'refuse') continue;
        if (STAGE_OF_KIND[spec.kind] !== stage || !ambientMatch(fault, nowMs)) continue;
        strike(fault);
        record(fault.id, spec.kind, 'registered', spec.timing, { type: 'connection', stage }, nowMs);
        return spec.kind === 'dns_failure'
          ? { faultId: fault.id, action: { kind: 'dns_failure', answer: spec.answer } }
          : { faultId: fault.id, action: { kind: 'refuse' } };
      }
      return null;
    },

    connectionOutage(stage) {
      if (faults.length === 0) return null;
      const nowMs = now().getTime();
      const outage = faults.find(
        ({ spec, remaining, target }) =>
          (spec.kind === 'dns_failure' || spec.kind === 'refuse') &&
          STAGE_OF_KIND[spec.kind] === stage &&
          remaining === null &&
          (target.probability === undefined || target.probability >= 1) &&
          target.inWindow(nowMs),
      );
      return outage === undefined ? null : stateOf(outage);
    },

    upstream<N extends UpstreamName>(name: N): UpstreamConditions[N] {
      return upstreamCondition(name) as UpstreamConditions[N];
    },

    log: () => recorder.entries(),
    counters: () => recorder.counters(),

    reset(newSeed) {
      if (newSeed !== undefined) {
        const checkedSeed = optionsSchema.shape.seed.safeParse(newSeed);
        if (!checkedSeed.success) {
          throw new FaultSpecError(
            'options',
            issuesFromZod(checkedSeed.error).map((issue) => ({ ...issue, path: ['seed'] })),
          );
        }
        seed = newSeed;
      }
      headerRandom = createRandomStream(seed, HEADER_STREAM);
      for (const fault of faults) {
        fault.random = createRandomStream(seed, fault.id);
        fault.remaining = fault.spec.target.times ?? null;
        fault.hits = 0;
      }
      attempts.clear();
      recorder.clear();
    },
  };

  function upstreamCondition(name: UpstreamName): UpstreamConditions[UpstreamName] {
    if (faults.length === 0) return { state: 'up' };
    const nowMs = now().getTime();
    for (const fault of faults) {
      const { spec } = fault;
      if (!isUpstreamFault(spec)) continue;
      if (UPSTREAM_OF_KIND[spec.kind] !== name || !ambientMatch(fault, nowMs)) continue;
      strike(fault);
      record(fault.id, spec.kind, 'registered', spec.timing, { type: 'upstream', name }, nowMs);
      switch (spec.kind) {
        case 'kompra_slow':
          return { state: 'slow', delayMs: spec.ms, faultId: fault.id };
        case 'kompra_down':
        case 'sms_gateway_down':
          return { state: 'down', faultId: fault.id };
        default:
          return { state: 'not_delivered', faultId: fault.id };
      }
    }
    return { state: 'up' };
  }

  function decided(
    spec: RequestFaultSpec,
    faultId: string,
    source: FaultSource,
    random: RandomStream,
    request: NormalisedRequest,
    attempt: number,
    nowMs: number,
  ): FaultDecision {
    const action = requestActionOf(spec, random);
    record(faultId, spec.kind, source, spec.timing, requestSubject(request, attempt), nowMs);
    return { faultId, source, timing: spec.timing, attempt, action };
  }
}

function stateOf(fault: RegisteredFault): FaultState {
  return {
    id: fault.id,
    spec: fault.spec,
    hits: fault.hits,
    remaining: fault.remaining,
    expired: fault.remaining === 0,
  };
}

/** `true` with the given probability (always when there is none), drawing only when it is strictly between 0 and 1. */
function draw(probability: number | undefined, random: RandomStream): boolean {
  if (probability === undefined || probability >= 1) return true;
  if (probability <= 0) return false;
  return random.float() < probability;
}

function requestSubject(request: NormalisedRequest, attempt: number): FaultSubject {
  return {
    type: 'request',
    method: request.method,
    path: request.path,
    ...(request.operationId === undefined ? {} : { operationId: request.operationId }),
    ...(request.user === undefined ? {} : { user: request.user }),
    ...(request.idempotencyKey === undefined ? {} : { idempotencyKey: request.idempotencyKey }),
    attempt,
  };
}

function parseInitialFaults(inputs: readonly FaultSpecInput[]): FaultSpec[] {
  const parsed = z.array(faultSpecSchema).safeParse(inputs);
  if (!parsed.success) {
    throw new FaultSpecError(
      'options',
      issuesFromZod(parsed.error).map((issue) => ({ ...issue, path: ['faults', ...issue.path] })),
    );
  }
  return parsed.data;
}
