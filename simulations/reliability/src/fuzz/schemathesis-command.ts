import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The reliability package's folder. */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The repository's root. */
export const REPO_ROOT = resolve(PACKAGE_DIR, '../..');

/** The bundled contract the fuzzer reads (`@icontact/openapi`'s build output). */
export const CONTRACT_FILE = join(REPO_ROOT, 'openapi/dist/openapi.json');

/** One Schemathesis run against a running mock. */
export interface FuzzRunOptions {
  /** The mock's API base URL (`http://127.0.0.1:port/api/v1`). */
  readonly apiUrl: string;
  /** The mock's admin API (`http://127.0.0.1:port/__admin`): the contact fixtures read delivered SMS codes there. */
  readonly adminUrl: string;
  /** Accounts to log in as, tried in order (a fuzzed shift close shuts one's login window). */
  readonly logins: readonly string[];
  readonly password: string;
  /** `tablet` for consultants, `web` or `tablet` for supervisors. */
  readonly clientKind: string;
  /** Test cases per operation and phase. */
  readonly maxExamples: number;
  /** Hypothesis's seed, so that a run can be repeated. */
  readonly seed: number;
  /** Where the NDJSON report goes. */
  readonly reportFile: string;
  /** Only the operations whose path matches. Default: every operation. */
  readonly includePathRegex?: string;
  /** Concurrent workers. Default `1`: Schemathesis 4.32 on Python 3.11 can crash in `ast.parse` with two threads. */
  readonly workers?: number;
}

/** The `st` command line of a run. */
export function schemathesisArgs(options: FuzzRunOptions): string[] {
  return [
    '--no-color',
    '--config-file',
    join(PACKAGE_DIR, 'fuzz/schemathesis.toml'),
    'run',
    CONTRACT_FILE,
    '--phases',
    'examples,coverage,fuzzing,stateful',
    '--max-examples',
    String(options.maxExamples),
    '--seed',
    String(options.seed),
    '--workers',
    String(options.workers ?? 1),
    '--report',
    'ndjson',
    '--report-ndjson-path',
    options.reportFile,
    ...(options.includePathRegex === undefined ? [] : ['--include-path-regex', options.includePathRegex]),
  ];
}

/** The environment of a run: what `fuzz/schemathesis.toml`, `fuzz/hooks.py` and `fuzz/contact_fixtures.py` read. */
export function schemathesisEnv(options: FuzzRunOptions): Record<string, string> {
  return {
    PYTHONPATH: join(PACKAGE_DIR, 'fuzz'),
    ICONTACT_FUZZ_API_URL: options.apiUrl,
    ICONTACT_FUZZ_ADMIN_URL: options.adminUrl,
    ICONTACT_FUZZ_LOGINS: options.logins.join(','),
    ICONTACT_FUZZ_PASSWORD: options.password,
    ICONTACT_FUZZ_CLIENT_KIND: options.clientKind,
  };
}

/**
 * The `st` binary: `SCHEMATHESIS_BIN` (exported by scripts/setup/ensure-schemathesis.sh, which
 * `./run test` sources), else the project's virtual environment.
 *
 * @throws Error naming the setup script when neither exists
 */
export function schemathesisBin(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.SCHEMATHESIS_BIN, join(REPO_ROOT, '.tools/.venv/bin/st')];
  const found = candidates.find((candidate) => candidate !== undefined && existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      'Schemathesis is not installed: run `./run test`, or `ROOT=$PWD TOOLS=$PWD/.tools bash -c "log(){ echo \\$*; }; source scripts/setup/ensure-schemathesis.sh"` from the repository root.',
    );
  }
  return found;
}
