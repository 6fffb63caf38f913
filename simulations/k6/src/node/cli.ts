/**
 * `icontact-load`: the shift-close load run without k6. The same variables as the k6 script (`-e NAME=value`
 * or the environment), the same thresholds, summary and JUnit XML, an HTML report, a live progress line.
 *
 *   ./run pnpm --filter @icontact/k6 load -- -e PROFILE=load -e RATE=10 -e DURATION=2m --out reports/
 *   ./run pnpm --filter @icontact/k6 load -- --help
 *
 * Exit code: 0 when every threshold held, 99 when one was crossed (as k6), 2 for a bad variable.
 */
import { parseArgs } from 'node:util';
import { runLoad } from './run-load.ts';

const HELP = `icontact-load: the shift-close load test on Node (no k6 needed)

  -e, --env NAME=value   a variable, as k6 run -e (PROFILE, BASE_URL, RATE, DURATION, TEAM, FAULTS…;
                         docs/performance.md lists them); the environment is read too
  -o, --out DIR          write k6-summary.json, k6-junit.xml and load-report.html there (default: SUMMARY_DIR or .)
  -w, --workers N        worker threads running the flows (default: half the CPUs, 1–4)
      --no-html          no HTML report
  -q, --quiet            no progress line
  -h, --help
`;

function fail(message: string): never {
  process.stderr.write(`icontact-load: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    env: { type: 'string', short: 'e', multiple: true, default: [] },
    out: { type: 'string', short: 'o' },
    workers: { type: 'string', short: 'w' },
    'no-html': { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help === true) {
  process.stdout.write(HELP);
  process.exit(0);
}
const env: Record<string, string | undefined> = { ...process.env };
for (const pair of values.env ?? []) {
  const at = pair.indexOf('=');
  if (at <= 0) fail(`-e ${pair}: write NAME=value`);
  env[pair.slice(0, at)] = pair.slice(at + 1);
}
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
  fail(`--workers ${values.workers}: a positive integer`);
const summaryDir = values.out ?? env.SUMMARY_DIR ?? '.';

try {
  const result = await runLoad({
    env,
    ...(workers === undefined ? {} : { workers }),
    summaryDir,
    ...(values['no-html'] === true ? { htmlFile: null } : {}),
    ...(values.quiet === true
      ? {}
      : {
          onProgress: (p, elapsed) =>
            process.stderr.write(
              `\r${elapsed.toFixed(0).padStart(5)}s  flows ${p.started} started, ${p.succeeded} ok, ${p.failed} failed, ${p.active} running, ${p.dropped} dropped  ${p.requests} requests   `,
            ),
        }),
  });
  if (values.quiet !== true) process.stderr.write('\n');
  process.stdout.write(result.text);
  const g = result.generator;
  process.stdout.write(
    `  generator: ${g.workers} worker thread(s), ${g.cpuSeconds.toFixed(2)} s CPU in ${g.wallSeconds.toFixed(1)} s (${g.requests === 0 ? '—' : ((g.cpuSeconds / g.requests) * 1e6).toFixed(0)} µs per request)\n`,
  );
  process.exit(result.exitCode);
} catch (error) {
  const { name, message } = error as Error;
  if (['ProfileError', 'RunConfigError', 'FaultMixError'].includes(name)) fail(message);
  throw error;
}
