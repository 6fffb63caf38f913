/**
 * The soak of the mock (docs/reliability.md): the mock in a child process under steady load from
 * virtual consultants for a bounded time, its memory sampled after a full GC with the requests it
 * served, and what its store holds read after the warm-up and at the end; prints the trend as JSON.
 * Always ends: a mock that crashes or stalls fails the soak (exit code 1), and the whole run is cut at
 * its time limit plus a minute (exit code 2).
 *
 *   node dist/soak/soak-cli.js [--seconds 60] [--consultants 4] [--sample-every 5] [--load day|reads]
 *                              [--store memory|sqlite] [--clock-speed <virtual seconds per second>]
 *
 * `--load day` (default): consultants' working rounds, which leave records behind as a real day does.
 * `--load reads`: reads only, under one session each, so the state stays put and any growth is a leak.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiClient } from '../support/api-client.js';
import { ask } from './child-channel.js';
import { memoryTrend } from './memory-trend.js';
import { emptyTally, runDayLoad, runReadLoad } from './soak-load.js';
import { recordGrowth, type SoakProbe, type SoakSample, servedPerSecond } from './soak-sample.js';

/** The seeded consultants whose shifts are open from the suite's clock start on, for 7.5 hours at least. */
const LOGINS = ['mk.aset', 'mk.aigerim', 'mk.dana', 'mk.svetlana'];
/** The virtual span a soak may cover: the seeded shifts stay open for it. */
const MAX_VIRTUAL_SECONDS = 6 * 60 * 60;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    consultants: { type: 'string', default: '4' },
    'sample-every': { type: 'string', default: '5' },
    store: { type: 'string', default: 'memory' },
    load: { type: 'string', default: 'day' },
    'clock-speed': { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const consultants = Math.min(LOGINS.length, Math.max(1, Number(values.consultants)));
const sampleEvery = Number(values['sample-every']);
const store = values.store === 'sqlite' ? 'sqlite' : 'memory';
const load = values.load === 'reads' ? 'reads' : 'day';
const runLoad = load === 'reads' ? runReadLoad : runDayLoad;
// Default: a virtual minute per second (tokens of 15 minutes expire during a minute's soak), slower
// for a long soak so that the seeded shifts stay open.
const clockSpeed = Number(values['clock-speed'] ?? Math.min(60, MAX_VIRTUAL_SECONDS / seconds));
if (![seconds, sampleEvery, clockSpeed].every((value) => Number.isFinite(value) && value >= 0)) {
  throw new RangeError('--seconds, --sample-every and --clock-speed take non-negative numbers');
}

const folder = store === 'sqlite' ? await mkdtemp(join(tmpdir(), 'icontact-soak-')) : undefined;
const child = fork(
  new URL('./soak-server.js', import.meta.url),
  [JSON.stringify({ clockSpeed, ...(folder === undefined ? {} : { dataDir: folder }) })],
  { execArgv: ['--expose-gc'] },
);
const limit = setTimeout(
  () => {
    process.stderr.write(`soak: not done ${seconds + 60} s after its start: the mock is stopped\n`);
    child.kill('SIGKILL');
    process.exit(2);
  },
  (seconds + 60) * 1000,
);
limit.unref();

try {
  const { apiUrl } = await ask<{ apiUrl: string }>(child, 'listening');
  const api = createApiClient(apiUrl);
  const started = performance.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  const warmup = Math.min(10, seconds / 4);
  const probe = async (contents = false): Promise<SoakSample> => {
    const at = elapsed();
    const answer = await ask<SoakProbe>(child, 'memory', { type: 'memory', contents });
    return { ...answer, atSeconds: Math.round(at * 10) / 10 };
  };

  const tally = emptyTally();
  const samples: SoakSample[] = [await probe()];
  const sampler = (async () => {
    while (elapsed() + sampleEvery < seconds) {
      await new Promise((resolve) => setTimeout(resolve, sampleEvery * 1000));
      // The store is read once the warm-up is over, and at the end: the growth between the two.
      samples.push(
        await probe(!samples.some((sample) => sample.contents !== undefined) && elapsed() >= warmup),
      );
    }
  })();
  await Promise.all([
    ...LOGINS.slice(0, consultants).map((login, index) =>
      runLoad({ api, login, index: index + 1, goOn: () => elapsed() < seconds, tally }),
    ),
    sampler,
  ]);
  samples.push(await probe(true));

  const trend = memoryTrend(samples, warmup);
  const read = samples.flatMap((sample) =>
    sample.contents === undefined ? [] : [{ atSeconds: sample.atSeconds, contents: sample.contents }],
  );
  const first = read[0];
  const last = read.at(-1);
  const final = samples.at(-1);
  const mib = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const report = {
    seconds,
    consultants,
    load,
    store,
    clockSpeed,
    virtualMinutes: Math.round((seconds * clockSpeed) / 60),
    requests: { ...tally, served: final?.served ?? 0, perSecond: Math.round((final?.served ?? 0) / seconds) },
    servedPerSecondBetweenSamples: servedPerSecond(samples),
    heapAfterGcMiB: { first: mib(trend.heapFirst), last: mib(trend.heapLast) },
    heapSlopeKiBPerMinute: Math.round(trend.heapSlopePerMinute / 1024),
    rssMiB: { first: mib(trend.rssFirst), last: mib(trend.rssLast) },
    recordsAfterWarmup:
      first === undefined || last === undefined || first === last ? {} : recordGrowth(first, last),
    samples: samples.map((sample) => ({
      s: sample.atSeconds,
      heapMiB: mib(sample.heapUsed),
      rssMiB: mib(sample.rss),
      served: sample.served,
    })),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  child.send({ type: 'stop' });
  await new Promise((resolve) => child.once('exit', resolve));
} catch (error) {
  process.stderr.write(`soak: ${error instanceof Error ? error.message : String(error)}\n`);
  child.kill('SIGKILL');
  process.exitCode = 1;
} finally {
  clearTimeout(limit);
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
}
