import type { Command } from 'commander';
import { afterEach, expect, it, vi } from 'vitest';
import { createCliProgram, parseCliOptions } from './cli-program.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

const quiet = (program: Command): Command =>
  program.exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });

it('starts on port 4010 of 127.0.0.1 with seed 1 and info logs when given nothing', () => {
  expect(parseCliOptions([], quiet)).toEqual({
    port: 4010,
    host: '127.0.0.1',
    seed: 1,
    logLevel: 'info',
    hostname: 'api.icontact.test',
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    keepAliveTimeoutMs: 72_000,
  });
});

it('reads every flag', () => {
  const options = parseCliOptions(
    [
      '--port=5000',
      '--host=0.0.0.0',
      '--admin-port=5050',
      '--seed=-7',
      '--scenario=outage.yaml',
      '--data-dir=/tmp/mock',
      '--clock-start=2026-11-24T03:30:00Z',
      '--clock-speed=0',
      '--admin-token=s3cret',
      '--minimum-app-version=3.2.0',
      '--log-level=warn',
      '--dns-port=5353',
      '--hostname=mock.test',
      '--headers-timeout=2000',
      '--request-timeout=8000',
      '--keep-alive-timeout=1500',
    ],
    quiet,
  );
  expect(options).toEqual({
    port: 5000,
    host: '0.0.0.0',
    adminPort: 5050,
    seed: -7,
    scenarioFile: 'outage.yaml',
    dataDir: '/tmp/mock',
    clockStart: '2026-11-24T03:30:00Z',
    clockSpeed: 0,
    adminToken: 's3cret',
    minimumAppVersion: '3.2.0',
    logLevel: 'warn',
    dnsPort: 5353,
    hostname: 'mock.test',
    headersTimeoutMs: 2000,
    requestTimeoutMs: 8000,
    keepAliveTimeoutMs: 1500,
  });
});

it.each([
  [['--headers-timeout=0'], 'expected a whole number from 1'],
  [['--request-timeout=soon'], 'expected a whole number from 1'],
  [['--headers-timeout=9000', '--request-timeout=5000'], 'must be at least --headers-timeout'],
])('refuses the listener timeouts %j', (argv, message) => {
  let written = '';
  expect(() =>
    parseCliOptions(argv, (program) =>
      program.exitOverride().configureOutput({
        writeErr: (text) => {
          written += text;
        },
        writeOut: () => undefined,
      }),
    ),
  ).toThrow();
  expect(written).toContain(message);
});

it('reads ICONTACT_MOCK_* variables, and a flag wins over its variable', () => {
  vi.stubEnv('ICONTACT_MOCK_PORT', '6000');
  vi.stubEnv('ICONTACT_MOCK_SEED', '42');
  vi.stubEnv('ICONTACT_MOCK_ADMIN_TOKEN', 'from-env');
  vi.stubEnv('ICONTACT_MOCK_DNS_PORT', '0');
  const options = parseCliOptions(['--seed', '43'], quiet);
  expect(options).toMatchObject({ port: 6000, seed: 43, adminToken: 'from-env', dnsPort: 0 });
});

it('registers every --fault at start, as JSON fault specs, in order', () => {
  const first = { kind: 'http', status: 502, code: 'bad_gateway', target: { probability: 0.05 } };
  const second = { kind: 'kompra_down' };
  const options = parseCliOptions(
    ['--fault', JSON.stringify(first), '--fault', JSON.stringify(second)],
    quiet,
  );
  expect(options.faults).toEqual([first, second]);
});

it.each([
  ['--fault=kind=http', /expected a fault spec as JSON/],
  ['--fault={"kind":"http","status":502}', /the fault spec is not valid: code:/],
  ['--fault={"kind":"teleport"}', /the fault spec is not valid: kind/],
  ['--port=70000', /from 0 to 65535/],
  ['--port=abc', /whole number/],
  ['--clock-speed=-1', /≥ 0/],
  ['--clock-start=tomorrow', /ISO 8601/],
  ['--minimum-app-version=3.1', /MAJOR\.MINOR\.PATCH/],
  ['--log-level=loud', /Allowed choices are fatal, error, warn, info, debug, trace, silent/],
  ['--no-such-flag', /unknown option/],
])('refuses %s with a message that says what is expected', (flag, message) => {
  expect(() => parseCliOptions([flag], quiet)).toThrow(message);
});

it('lists every flag with its environment variable in --help', () => {
  const help = createCliProgram().helpInformation();
  for (const flag of [
    'port',
    'host',
    'admin-port',
    'seed',
    'scenario',
    'data-dir',
    'clock-start',
    'clock-speed',
    'admin-token',
    'minimum-app-version',
    'log-level',
    'dns-port',
    'hostname',
  ]) {
    expect(help).toContain(`--${flag}`);
    expect(help).toContain(`ICONTACT_MOCK_${flag.toUpperCase().replaceAll('-', '_')}`);
  }
});

it('still reads the deprecated --min-app-version, and --minimum-app-version wins over it', () => {
  expect(parseCliOptions(['--min-app-version=3.2.0'], quiet)).toMatchObject({ minimumAppVersion: '3.2.0' });
  expect(parseCliOptions(['--min-app-version=3.2.0', '--minimum-app-version=3.3.0'], quiet)).toMatchObject({
    minimumAppVersion: '3.3.0',
  });
});
