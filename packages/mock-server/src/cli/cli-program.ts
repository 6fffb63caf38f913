import { FaultSpecError, type FaultSpecInput, formatPath, parseFaultSpec } from '@icontact/faults';
import { Command, InvalidArgumentError, Option } from 'commander';
import { LISTENER_TIMEOUT_DEFAULTS } from '../server/listener-timeouts.js';
import {
  LOG_LEVELS,
  type LogLevel,
  MOCK_SERVER_DEFAULTS,
  type MockServerOptions,
} from '../server/mock-server-options.js';

/** The prefix of every environment variable the CLI reads (`ICONTACT_MOCK_PORT`, …). */
export const ENV_PREFIX = 'ICONTACT_MOCK_';

function integer(min: number, max: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got "${value}"`);
    }
    return parsed;
  };
}

function anyInteger(value: string): number {
  const parsed = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed)) {
    throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  }
  return parsed;
}

function speed(value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) {
    throw new InvalidArgumentError(`expected a number ≥ 0 (0 freezes the clock), got "${value}"`);
  }
  return parsed;
}

function instant(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(
      `expected an ISO 8601 instant such as 2026-11-24T03:30:00Z, got "${value}"`,
    );
  }
  return value;
}

function version(value: string): string {
  if (!/^\d+\.\d+\.\d+$/.test(value))
    throw new InvalidArgumentError(`expected MAJOR.MINOR.PATCH, got "${value}"`);
  return value;
}

const port = integer(0, 65_535);
/** A timeout of the listener: 1 ms to 1 hour. */
const milliseconds = integer(1, 3_600_000);

/** One `--fault`: a fault spec as JSON (docs/faults.md), validated now; the flag may be repeated. */
function fault(value: string, previous: readonly FaultSpecInput[] = []): FaultSpecInput[] {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new InvalidArgumentError(
      `expected a fault spec as JSON, e.g. '{"kind":"http","status":502,"code":"bad_gateway","target":{"probability":0.05}}', got "${value}"`,
    );
  }
  try {
    parseFaultSpec(json);
  } catch (error) {
    if (!(error instanceof FaultSpecError)) throw error;
    const issues = error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
    throw new InvalidArgumentError(`the fault spec is not valid: ${issues}`);
  }
  return [...previous, json as FaultSpecInput];
}

/** The `icontact-mock` command: its flags, each with an `ICONTACT_MOCK_*` environment variable. */
export function createCliProgram(): Command {
  const option = (flags: string, description: string, env: string): Option =>
    new Option(flags, description).env(`${ENV_PREFIX}${env}`);
  return new Command('icontact-mock')
    .description(
      'The iContact mock server: the whole backend with seed data, a virtual clock and every documented fault.\n' +
        'API under /api/v1, reference at /docs, admin API under /__admin (and on the admin port).',
    )
    .addOption(
      option('-p, --port <port>', 'API port (0 picks a free one)', 'PORT')
        .argParser(port)
        .default(MOCK_SERVER_DEFAULTS.port),
    )
    .addOption(option('--host <address>', 'address to bind', 'HOST').default(MOCK_SERVER_DEFAULTS.host))
    .addOption(
      option('--admin-port <port>', 'admin API port (default: port + 1)', 'ADMIN_PORT').argParser(port),
    )
    .addOption(
      option('--seed <integer>', 'seed of the seed data and fault draws', 'SEED')
        .argParser(anyInteger)
        .default(MOCK_SERVER_DEFAULTS.seed),
    )
    .addOption(option('--scenario <file>', 'fault scenario file (YAML or JSON) loaded at start', 'SCENARIO'))
    .addOption(
      new Option(
        '--fault <json>',
        'a fault to register at start, as a JSON fault spec (docs/faults.md); repeat the flag for more',
      ).argParser(fault),
    )
    .addOption(option('--data-dir <dir>', 'keep the state in an SQLite file in this folder', 'DATA_DIR'))
    .addOption(
      option('--clock-start <instant>', 'virtual clock start, ISO 8601', 'CLOCK_START').argParser(instant),
    )
    .addOption(
      option(
        '--clock-speed <factor>',
        'virtual ms per real ms; 0 freezes the clock (default: 1)',
        'CLOCK_SPEED',
      ).argParser(speed),
    )
    .addOption(option('--admin-token <token>', 'require this bearer token on the admin API', 'ADMIN_TOKEN'))
    .addOption(
      option(
        '--minimum-app-version <version>',
        'minimum tablet app version (default: 3.0.0)',
        'MINIMUM_APP_VERSION',
      ).argParser(version),
    )
    .addOption(
      // Deprecated spelling of --minimum-app-version, kept for existing scripts; not in --help.
      option('--min-app-version <version>', 'deprecated: --minimum-app-version', 'MIN_APP_VERSION')
        .argParser(version)
        .hideHelp(),
    )
    .addOption(
      option('--log-level <level>', 'pino log level', 'LOG_LEVEL')
        .choices(LOG_LEVELS)
        .default(MOCK_SERVER_DEFAULTS.logLevel),
    )
    .addOption(
      option(
        '--dns-port <port>',
        'start a DNS responder on this UDP port (0: a free one)',
        'DNS_PORT',
      ).argParser(port),
    )
    .addOption(
      option('--hostname <name>', 'the name the DNS responder resolves', 'HOSTNAME').default(
        MOCK_SERVER_DEFAULTS.hostname,
      ),
    )
    .addOption(
      option(
        '--headers-timeout <ms>',
        'milliseconds a client has to send its request headers (slower: 408, connection closed)',
        'HEADERS_TIMEOUT',
      )
        .argParser(milliseconds)
        .default(LISTENER_TIMEOUT_DEFAULTS.headersTimeoutMs),
    )
    .addOption(
      option(
        '--request-timeout <ms>',
        'milliseconds a client has to send a whole request, body included (at least --headers-timeout)',
        'REQUEST_TIMEOUT',
      )
        .argParser(milliseconds)
        .default(LISTENER_TIMEOUT_DEFAULTS.requestTimeoutMs),
    )
    .addOption(
      option(
        '--keep-alive-timeout <ms>',
        'milliseconds an idle keep-alive connection stays open',
        'KEEP_ALIVE_TIMEOUT',
      )
        .argParser(milliseconds)
        .default(LISTENER_TIMEOUT_DEFAULTS.keepAliveTimeoutMs),
    )
    .showHelpAfterError('(run icontact-mock --help for every option)');
}

/** What commander hands back from {@link createCliProgram}. */
interface ParsedFlags {
  readonly port: number;
  readonly host: string;
  readonly adminPort?: number;
  readonly seed: number;
  readonly scenario?: string;
  readonly fault?: readonly FaultSpecInput[];
  readonly dataDir?: string;
  readonly clockStart?: string;
  readonly clockSpeed?: number;
  readonly adminToken?: string;
  readonly minimumAppVersion?: string;
  /** Deprecated flag `--min-app-version`. */
  readonly minAppVersion?: string;
  readonly logLevel: LogLevel;
  readonly dnsPort?: number;
  readonly hostname: string;
  readonly headersTimeout: number;
  readonly requestTimeout: number;
  readonly keepAliveTimeout: number;
}

/**
 * Parses the command line (`argv` without node and the script) and the `ICONTACT_MOCK_*` variables of
 * `process.env` into server options; a flag wins over its variable.
 *
 * @param configure - adjusts the program before parsing (tests: `exitOverride`, `configureOutput`). Default: none.
 * @throws commander's `CommanderError` on a bad flag, after writing the message to the program's output.
 */
export function parseCliOptions(
  argv: readonly string[],
  configure: (program: Command) => Command = (program) => program,
): MockServerOptions {
  const program = configure(createCliProgram());
  program.parse([...argv], { from: 'user' });
  const flags = program.opts<ParsedFlags>();
  if (flags.requestTimeout < flags.headersTimeout) {
    program.error(
      `error: --request-timeout (${flags.requestTimeout}) must be at least --headers-timeout (${flags.headersTimeout})`,
    );
  }
  return {
    headersTimeoutMs: flags.headersTimeout,
    requestTimeoutMs: flags.requestTimeout,
    keepAliveTimeoutMs: flags.keepAliveTimeout,
    port: flags.port,
    host: flags.host,
    seed: flags.seed,
    logLevel: flags.logLevel,
    hostname: flags.hostname,
    ...(flags.adminPort === undefined ? {} : { adminPort: flags.adminPort }),
    ...(flags.scenario === undefined ? {} : { scenarioFile: flags.scenario }),
    ...(flags.fault === undefined ? {} : { faults: flags.fault }),
    ...(flags.dataDir === undefined ? {} : { dataDir: flags.dataDir }),
    ...(flags.clockStart === undefined ? {} : { clockStart: flags.clockStart }),
    ...(flags.clockSpeed === undefined ? {} : { clockSpeed: flags.clockSpeed }),
    ...(flags.adminToken === undefined ? {} : { adminToken: flags.adminToken }),
    ...minimumAppVersionOf(flags),
    ...(flags.dnsPort === undefined ? {} : { dnsPort: flags.dnsPort }),
  };
}

/** `--minimum-app-version`, else its deprecated spelling `--min-app-version`; `{}` when neither is given. */
function minimumAppVersionOf(flags: ParsedFlags): { minimumAppVersion?: string } {
  const minimumAppVersion = flags.minimumAppVersion ?? flags.minAppVersion;
  return minimumAppVersion === undefined ? {} : { minimumAppVersion };
}
