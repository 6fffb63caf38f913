import { describe, expect, it } from 'vitest';
import { createFaultEngine, type FaultEngine } from './fault-engine.js';
import { parseFaultHeader } from './fault-header.js';
import type { FaultRequest } from './fault-request.js';
import type { FaultSpecInput, FaultTarget } from './fault-spec.js';
import { FaultSpecError } from './fault-spec-error.js';
import { dotted, thrownBy } from './test-support.js';

const START = '2026-11-24T04:00:00.000Z';

/** An engine on a virtual clock that the test moves by hand. */
function engineAt(instant: string, faults: FaultSpecInput[] = [], seed = 7) {
  const clock = { now: new Date(instant) };
  const engine = createFaultEngine({ seed, faults, now: () => clock.now });
  return {
    engine,
    setNow(iso: string) {
      clock.now = new Date(iso);
    },
  };
}

const loginAsAset: FaultRequest = {
  operationId: 'login',
  method: 'POST',
  path: '/auth/token',
  user: 'aset.k',
};
const syncAsDana: FaultRequest = {
  operationId: 'syncShift',
  method: 'POST',
  path: '/shifts/42/sync?dryRun=false',
  user: 'dana.s',
  idempotencyKey: 'batch-1',
};
const listShiftsAsDana: FaultRequest = {
  operationId: 'listShifts',
  method: 'GET',
  path: '/shifts',
  user: 'dana.s',
};

function abortWhen(target: FaultTarget): FaultSpecInput {
  return { kind: 'abort', id: 'under-test', target };
}

describe('createFaultEngine', () => {
  const matching: [string, FaultTarget, FaultRequest, FaultRequest][] = [
    ['an operationId', { operation: 'login' }, loginAsAset, listShiftsAsDana],
    ['an operationId glob', { operation: 'sync*' }, syncAsDana, loginAsAset],
    [
      'a method, any case in the request',
      { method: 'GET' },
      { ...listShiftsAsDana, method: 'get' },
      syncAsDana,
    ],
    ['a path glob, ignoring the query', { path: '/shifts/*/sync' }, syncAsDana, listShiftsAsDana],
    ['a deep path glob', { path: '/shifts/**' }, syncAsDana, loginAsAset],
    ['a user', { user: 'aset.k' }, loginAsAset, syncAsDana],
    [
      'a method and a path together',
      { method: 'POST', path: '/shifts/**' },
      syncAsDana,
      { ...syncAsDana, method: 'PUT' },
    ],
  ];

  it.each(matching)('strikes by %s and spares a request that differs', (_name, target, hit, miss) => {
    const { engine } = engineAt(START, [abortWhen(target)]);
    expect(engine.decide(miss)).toBeNull();
    expect(engine.decide(hit)).toMatchObject({ faultId: 'under-test', action: { kind: 'abort' } });
  });

  it('spares a request without an operationId when the fault targets an operation', () => {
    const { engine } = engineAt(START, [abortWhen({ operation: '*' })]);
    expect(engine.decide({ method: 'GET', path: '/health' })).toBeNull();
  });

  it('strikes every request when the target is empty', () => {
    const { engine } = engineAt(START, [{ kind: 'http', status: 502, code: 'bad_gateway' }]);
    for (const request of [loginAsAset, syncAsDana, listShiftsAsDana]) {
      expect(engine.decide(request)?.action).toEqual({ kind: 'http', status: 502, code: 'bad_gateway' });
    }
  });

  it('hands an http fault to the adapter with its status, code, Retry-After, detail and app code', () => {
    const { engine } = engineAt(START, [
      { kind: 'http', status: 500, code: 'sync_failed', appCode: 101, retryAfter: 5, detail: '101 ошибка' },
    ]);
    expect(engine.decide(syncAsDana)?.action).toEqual({
      kind: 'http',
      status: 500,
      code: 'sync_failed',
      appCode: 101,
      retryAfter: 5,
      detail: '101 ошибка',
    });
  });

  it('surfaces the timing: before the request is applied, or after it was committed', () => {
    const { engine } = engineAt(START, [
      { kind: 'reset_mid_body', timing: 'after', target: { operation: 'syncShift' } },
      { kind: 'abort', target: { operation: 'login' } },
    ]);
    expect(engine.decide(syncAsDana)).toMatchObject({
      timing: 'after',
      action: { kind: 'reset_mid_body', fraction: 0.5 },
    });
    expect(engine.decide(loginAsAset)).toMatchObject({ timing: 'before', action: { kind: 'abort' } });
  });

  it('strikes only the next N matching requests when given times, then lists the fault as expired', () => {
    const { engine } = engineAt(START, [{ ...abortWhen({ operation: 'login', times: 2 }) }]);
    expect(engine.decide(listShiftsAsDana)).toBeNull();
    expect(engine.decide(loginAsAset)).not.toBeNull();
    expect(engine.list()[0]).toMatchObject({ hits: 1, remaining: 1, expired: false });
    expect(engine.decide(loginAsAset)).not.toBeNull();
    expect(engine.decide(loginAsAset)).toBeNull();
    expect(engine.decide(loginAsAset)).toBeNull();
    expect(engine.list()[0]).toMatchObject({ hits: 2, remaining: 0, expired: true });
  });

  it('lets the next fault strike once an earlier one expired', () => {
    const { engine } = engineAt(START, [
      { kind: 'http', id: 'first', status: 503, code: 'service_unavailable', target: { times: 1 } },
      { kind: 'http', id: 'then', status: 502, code: 'bad_gateway' },
    ]);
    expect(engine.decide(loginAsAset)?.faultId).toBe('first');
    expect(engine.decide(loginAsAset)?.faultId).toBe('then');
  });

  it('strikes the Nth attempt of a request retried under one Idempotency-Key', () => {
    const { engine } = engineAt(START, [abortWhen({ attempt: 2 })]);
    expect(engine.decide(syncAsDana)).toBeNull();
    expect(engine.decide({ ...syncAsDana, idempotencyKey: 'batch-2' })).toBeNull();
    expect(engine.decide({ ...syncAsDana, path: '/shifts/42/sync' })).toMatchObject({ attempt: 2 });
    expect(engine.decide(syncAsDana)).toBeNull();
  });

  it('counts attempts by method, path and user when the request has no Idempotency-Key', () => {
    const { engine } = engineAt(START, [abortWhen({ attempt: 2 })]);
    expect(engine.decide(listShiftsAsDana)).toBeNull();
    expect(engine.decide({ ...listShiftsAsDana, user: 'aset.k' })).toBeNull();
    expect(engine.decide({ ...listShiftsAsDana, method: 'HEAD' })).toBeNull();
    expect(engine.decide(listShiftsAsDana)).toMatchObject({ attempt: 2, faultId: 'under-test' });
  });

  it('numbers the attempts in every decision, with no fault registered too', () => {
    const { engine } = engineAt(START, []);
    engine.decide(loginAsAset);
    engine.add({ kind: 'latency', ms: 10 });
    expect(engine.decide(loginAsAset)?.attempt).toBe(2);
  });

  it('strikes only inside its window of virtual time, from included and to excluded', () => {
    const { engine, setNow } = engineAt('2026-11-24T03:59:59.999Z', [
      abortWhen({ window: { from: '2026-11-24T04:00:00Z', to: '2026-11-24T09:05:00+05:00' } }),
    ]);
    expect(engine.decide(loginAsAset)).toBeNull();
    setNow('2026-11-24T04:00:00.000Z');
    expect(engine.decide(loginAsAset)).not.toBeNull();
    setNow('2026-11-24T04:04:59.999Z');
    expect(engine.decide(loginAsAset)).not.toBeNull();
    setNow('2026-11-24T04:05:00.000Z');
    expect(engine.decide(loginAsAset)).toBeNull();
  });

  it('keeps a window open on the side it leaves out', () => {
    const { engine, setNow } = engineAt('2020-01-01T00:00:00Z', [abortWhen({ window: { to: START } })]);
    expect(engine.decide(loginAsAset)).not.toBeNull();
    setNow(START);
    expect(engine.decide(loginAsAset)).toBeNull();
  });

  it('tries the faults in the order they were added: the first that matches strikes', () => {
    const { engine } = engineAt(START, [
      { kind: 'latency', id: 'slow-login', ms: 300, target: { operation: 'login' } },
      { kind: 'http', id: 'everything', status: 502, code: 'bad_gateway' },
    ]);
    expect(engine.decide(loginAsAset)?.faultId).toBe('slow-login');
    expect(engine.decide(syncAsDana)?.faultId).toBe('everything');
  });

  it('answers no request fault for connection or upstream faults', () => {
    const { engine } = engineAt(START, [
      { kind: 'dns_failure' },
      { kind: 'refuse' },
      { kind: 'kompra_down' },
      { kind: 'sms_gateway_down' },
    ]);
    expect(engine.decide(loginAsAset)).toBeNull();
  });
});

describe('seeded probability', () => {
  const requests = Array.from(
    { length: 200 },
    (_, index): FaultRequest => ({
      method: 'POST',
      path: `/contacts/${index}/iin`,
      user: index % 2 === 0 ? 'aset.k' : 'dana.s',
    }),
  );
  const flaky: FaultSpecInput[] = [
    { kind: 'http', id: 'flaky', status: 503, code: 'service_unavailable', target: { probability: 0.3 } },
    { kind: 'latency', id: 'jittery', ms: 500, jitter: 200, target: { probability: 0.5 } },
  ];

  function outcomes(engine: FaultEngine): string[] {
    return requests.map((request) => {
      const decision = engine.decide(request);
      if (decision === null) return '-';
      return decision.action.kind === 'latency' ? `latency:${decision.action.delayMs}` : decision.faultId;
    });
  }

  it('repeats the same strikes and delays for two engines with the same seed', () => {
    const first = outcomes(engineAt(START, flaky, 2026).engine);
    const second = outcomes(engineAt(START, flaky, 2026).engine);
    expect(second).toEqual(first);
  });

  it('strikes other requests under another seed', () => {
    expect(outcomes(engineAt(START, flaky, 2027).engine)).not.toEqual(
      outcomes(engineAt(START, flaky, 2026).engine),
    );
  });

  it('strikes about as often as the probability says', () => {
    const struck = outcomes(engineAt(START, [flaky[0] as FaultSpecInput], 11).engine).filter(
      (o) => o === 'flaky',
    );
    expect(struck.length).toBeGreaterThan(200 * 0.3 - 25);
    expect(struck.length).toBeLessThan(200 * 0.3 + 25);
  });

  it('draws jitter within ms ± jitter', () => {
    const delays = outcomes(engineAt(START, [{ kind: 'latency', ms: 500, jitter: 200 }], 3).engine).map((o) =>
      Number(o.split(':')[1]),
    );
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...delays)).toBeLessThanOrEqual(700);
    expect(new Set(delays).size).toBeGreaterThan(50);
  });

  it('gives each fault a stream of its own: another fault drawing on other requests shifts nothing', () => {
    const forDana: FaultSpecInput = {
      ...(flaky[0] as FaultSpecInput),
      target: { user: 'dana.s', probability: 0.3 },
    };
    const forAset: FaultSpecInput = {
      kind: 'abort',
      id: 'aset-only',
      target: { user: 'aset.k', probability: 0.5 },
    };
    const alone = outcomes(engineAt(START, [forDana], 5).engine);
    const beside = outcomes(engineAt(START, [forAset, forDana], 5).engine);
    const danasOnly = (all: string[]) => all.filter((_, index) => index % 2 === 1);
    expect(beside.filter((outcome) => outcome === 'aset-only').length).toBeGreaterThan(0);
    expect(danasOnly(beside)).toEqual(danasOnly(alone));
  });

  it('repeats the run after a reset, and follows a new seed given to reset', () => {
    const { engine } = engineAt(START, flaky, 2026);
    const first = outcomes(engine);
    engine.reset();
    expect(outcomes(engine)).toEqual(first);
    engine.reset(2027);
    expect(engine.seed).toBe(2027);
    expect(outcomes(engine)).toEqual(outcomes(engineAt(START, flaky, 2027).engine));
  });

  it('never strikes with probability 0 and always with probability 1', () => {
    const { engine } = engineAt(START, [
      { kind: 'abort', id: 'never', target: { probability: 0 } },
      { kind: 'latency', id: 'always', ms: 1, target: { probability: 1 } },
    ]);
    expect(outcomes(engine).every((outcome) => outcome === 'latency:1')).toBe(true);
  });
});

describe('header faults', () => {
  it('strike before the registered faults, once, without using up their times', () => {
    const { engine } = engineAt(START, [{ ...abortWhen({ times: 1 }) }]);
    const header = parseFaultHeader('kind=http;status=502;code=bad_gateway');
    expect(engine.decide({ ...loginAsAset, headerFaults: [header] })).toMatchObject({
      faultId: 'header',
      source: 'header',
      action: { kind: 'http', status: 502, code: 'bad_gateway' },
    });
    expect(engine.decide(loginAsAset)).toMatchObject({ faultId: 'under-test', source: 'registered' });
  });

  it('honour their own target: attempt=1 lets the retry through', () => {
    const { engine } = engineAt(START);
    const header = parseFaultHeader('kind=abort;attempt=1;timing=after;id=first-try');
    const request = { ...syncAsDana, headerFaults: [header] };
    expect(engine.decide(request)).toMatchObject({ faultId: 'first-try', timing: 'after', attempt: 1 });
    expect(engine.decide(request)).toBeNull();
  });
});

describe('connection faults', () => {
  it('answer the DNS stage with the configured answer and the connect stage with a refusal', () => {
    const { engine } = engineAt(START, [
      { kind: 'dns_failure', id: 'no-dns', target: { times: 1 } },
      { kind: 'refuse', id: 'closed-port', target: { times: 1 } },
    ]);
    expect(engine.connection('dns')).toEqual({
      faultId: 'no-dns',
      action: { kind: 'dns_failure', answer: 'nodata' },
    });
    expect(engine.connection('dns')).toBeNull();
    expect(engine.connection('connect')).toEqual({ faultId: 'closed-port', action: { kind: 'refuse' } });
    expect(engine.connection('connect')).toBeNull();
  });

  it('follow their window of virtual time', () => {
    const { engine, setNow } = engineAt(START, [
      { kind: 'dns_failure', answer: 'nxdomain', target: { window: { from: '2026-11-24T05:00:00Z' } } },
    ]);
    expect(engine.connection('dns')).toBeNull();
    setNow('2026-11-24T05:00:00Z');
    expect(engine.connection('dns')?.action).toEqual({ kind: 'dns_failure', answer: 'nxdomain' });
  });

  const outages: [string, FaultSpecInput, boolean][] = [
    ['a refuse fault without a target', { kind: 'refuse' }, true],
    ['a refuse fault inside its window', { kind: 'refuse', target: { window: { from: START } } }, true],
    [
      'a refuse fault before its window',
      { kind: 'refuse', target: { window: { from: '2026-11-24T04:00:01Z' } } },
      false,
    ],
    ['a refuse fault at the end of its window', { kind: 'refuse', target: { window: { to: START } } }, false],
    ['a refuse fault limited in times', { kind: 'refuse', target: { times: 2 } }, false],
    ['a refuse fault with a probability', { kind: 'refuse', target: { probability: 0.5 } }, false],
    ['a refuse fault with probability 1', { kind: 'refuse', target: { probability: 1 } }, true],
    ['a DNS failure', { kind: 'dns_failure' }, false],
  ];

  it.each(outages)('report an outage of the port for %s: %s', (_name, fault, outage) => {
    const { engine } = engineAt(START, [fault]);
    expect(engine.connectionOutage('connect') !== null).toBe(outage);
  });

  it('report an outage without striking, drawing or logging it', () => {
    const { engine } = engineAt(START, [{ kind: 'dns_failure', id: 'resolver-down' }]);
    for (let poll = 0; poll < 3; poll++) expect(engine.connectionOutage('dns')?.id).toBe('resolver-down');
    expect(engine.list()[0]?.hits).toBe(0);
    expect(engine.log()).toEqual([]);
  });
});

describe('upstream conditions', () => {
  it('report KOMPRA up, down or slow, and the SMS gateway up, down or not delivering', () => {
    const { engine, setNow } = engineAt(START, [
      {
        kind: 'kompra_down',
        id: 'kompra-outage',
        target: { window: { from: START, to: '2026-11-24T04:10:00Z' } },
      },
      {
        kind: 'kompra_slow',
        id: 'kompra-crawl',
        ms: 6000,
        target: { window: { from: '2026-11-24T04:10:00Z' } },
      },
      { kind: 'sms_gateway_down', id: 'gateway-outage', target: { times: 1 } },
      { kind: 'sms_not_delivered', id: 'lost-sms', target: { times: 1 } },
    ]);
    expect(engine.upstream('kompra')).toEqual({ state: 'down', faultId: 'kompra-outage' });
    expect(engine.upstream('sms')).toEqual({ state: 'down', faultId: 'gateway-outage' });
    expect(engine.upstream('sms')).toEqual({ state: 'not_delivered', faultId: 'lost-sms' });
    expect(engine.upstream('sms')).toEqual({ state: 'up' });
    setNow('2026-11-24T04:10:00Z');
    expect(engine.upstream('kompra')).toEqual({ state: 'slow', delayMs: 6000, faultId: 'kompra-crawl' });
  });

  it('report every upstream up when no fault concerns it', () => {
    const { engine } = engineAt(START, [{ kind: 'kompra_down' }]);
    expect(engine.upstream('sms')).toEqual({ state: 'up' });
  });
});

describe('log and counters', () => {
  it('log each injected fault with the virtual instant, the fault, its kind and what it struck', () => {
    const { engine, setNow } = engineAt(START, [
      { kind: 'http', id: 'gateway', status: 502, code: 'bad_gateway', target: { operation: 'syncShift' } },
      { kind: 'kompra_down', id: 'kompra-outage' },
      { kind: 'refuse', id: 'closed-port' },
    ]);
    engine.decide(listShiftsAsDana);
    engine.decide(syncAsDana);
    setNow('2026-11-24T04:01:00Z');
    engine.upstream('kompra');
    engine.connection('connect');
    expect(engine.log()).toEqual([
      {
        seq: 1,
        at: START,
        faultId: 'gateway',
        kind: 'http',
        source: 'registered',
        timing: 'before',
        subject: {
          type: 'request',
          method: 'POST',
          path: '/shifts/42/sync',
          operationId: 'syncShift',
          user: 'dana.s',
          idempotencyKey: 'batch-1',
          attempt: 1,
        },
      },
      {
        seq: 2,
        at: '2026-11-24T04:01:00.000Z',
        faultId: 'kompra-outage',
        kind: 'kompra_down',
        source: 'registered',
        timing: 'before',
        subject: { type: 'upstream', name: 'kompra' },
      },
      {
        seq: 3,
        at: '2026-11-24T04:01:00.000Z',
        faultId: 'closed-port',
        kind: 'refuse',
        source: 'registered',
        timing: 'before',
        subject: { type: 'connection', stage: 'connect' },
      },
    ]);
  });

  it('count by kind and by fault id, header faults included', () => {
    const { engine } = engineAt(START, [
      { kind: 'http', id: 'gateway', status: 502, code: 'bad_gateway', target: { times: 2 } },
      { kind: 'latency', id: 'slow', ms: 5 },
    ]);
    const header = parseFaultHeader('kind=abort');
    for (let index = 0; index < 4; index++) engine.decide(loginAsAset);
    engine.decide({ ...loginAsAset, headerFaults: [header] });
    const counters = engine.counters();
    expect(counters.total).toBe(5);
    expect(counters.byFault).toEqual({ gateway: 2, slow: 2, header: 1 });
    expect(counters.byKind).toMatchObject({ http: 2, latency: 2, abort: 1, refuse: 0, kompra_down: 0 });
  });

  it('keep only the latest logLimit entries while the counters count them all', () => {
    const engine = createFaultEngine({
      seed: 1,
      now: () => new Date(START),
      logLimit: 2,
      faults: [{ kind: 'abort' }],
    });
    for (let index = 0; index < 5; index++) engine.decide(loginAsAset);
    expect(engine.log().map((entry) => entry.seq)).toEqual([4, 5]);
    expect(engine.counters().total).toBe(5);
  });

  it('start over on reset: log, counters, times and attempt numbers', () => {
    const { engine } = engineAt(START, [abortWhen({ times: 1, attempt: 1 })]);
    expect(engine.decide(loginAsAset)).not.toBeNull();
    engine.reset();
    expect(engine.log()).toEqual([]);
    expect(engine.counters().total).toBe(0);
    expect(engine.list()[0]).toMatchObject({ hits: 0, remaining: 1, expired: false });
    expect(engine.decide(loginAsAset)).toMatchObject({ attempt: 1 });
  });
});

describe('managing faults', () => {
  it('adds faults with generated ids, lists them in order, removes one and clears the rest', () => {
    const { engine } = engineAt(START);
    const first = engine.add({ kind: 'abort' });
    const second = engine.add({ kind: 'http', status: 502, code: 'bad_gateway', id: 'gateway' });
    const third = engine.add({ kind: 'abort' });
    expect([first, second, third]).toEqual(['abort-1', 'gateway', 'abort-2']);
    expect(engine.list().map((fault) => fault.id)).toEqual(['abort-1', 'gateway', 'abort-2']);
    expect(engine.list()[1]?.spec).toEqual({
      kind: 'http',
      id: 'gateway',
      status: 502,
      code: 'bad_gateway',
      target: {},
      timing: 'before',
    });
    expect(engine.remove('gateway')).toBe(true);
    expect(engine.remove('gateway')).toBe(false);
    expect(engine.list().map((fault) => fault.id)).toEqual(['abort-1', 'abort-2']);
    engine.clear();
    expect(engine.list()).toEqual([]);
    expect(engine.decide(loginAsAset)).toBeNull();
  });

  it('refuses an invalid spec and a taken id, naming the path', () => {
    const { engine } = engineAt(START, [{ kind: 'abort', id: 'taken' }]);
    const invalid = thrownBy(FaultSpecError, () => engine.add({ kind: 'latency', ms: -1 }));
    expect(invalid.issues.map((issue) => dotted(issue.path))).toEqual(['ms']);
    const taken = thrownBy(FaultSpecError, () => engine.add({ kind: 'refuse', id: 'taken' }));
    expect(taken.issues).toEqual([
      { path: ['id'], message: expect.stringContaining('"taken" exists already') },
    ]);
  });

  it('refuses invalid options: the path names the fault in the list, or the seed', () => {
    const badFault = thrownBy(FaultSpecError, () =>
      createFaultEngine({
        seed: 1,
        now: () => new Date(),
        faults: [{ kind: 'abort' }, { kind: 'latency', ms: 'x' } as never],
      }),
    );
    expect(badFault).toMatchObject({ source: 'options' });
    expect(badFault.issues.map((issue) => dotted(issue.path))).toEqual(['faults.1.ms']);
    const badSeed = thrownBy(FaultSpecError, () => createFaultEngine({ seed: 1.5, now: () => new Date() }));
    expect(badSeed.issues.map((issue) => dotted(issue.path))).toEqual(['seed']);
    const duplicate = thrownBy(FaultSpecError, () =>
      createFaultEngine({
        seed: 1,
        now: () => new Date(),
        faults: [
          { kind: 'abort', id: 'a' },
          { kind: 'refuse', id: 'a' },
        ],
      }),
    );
    expect(duplicate.issues.map((issue) => dotted(issue.path))).toEqual(['faults.1.id']);
    const { engine } = engineAt(START);
    expect(thrownBy(FaultSpecError, () => engine.reset(Number.NaN)).issues[0]?.path).toEqual(['seed']);
  });

  it('reads the clock it was given and no other', () => {
    let calls = 0;
    const engine = createFaultEngine({
      seed: 1,
      faults: [
        { kind: 'abort', target: { window: { from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' } } },
      ],
      now: () => {
        calls += 1;
        return new Date('2000-01-01T12:00:00Z');
      },
    });
    expect(engine.decide(loginAsAset)).not.toBeNull();
    expect(calls).toBeGreaterThan(0);
  });
});
