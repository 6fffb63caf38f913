/**
 * The load scripts' configuration, read from variables (`k6 run -e NAME=value` or the environment).
 *
 * | variable        | meaning                                                                         | default                          |
 * |-----------------|---------------------------------------------------------------------------------|----------------------------------|
 * | `BASE_URL`      | the API's base URL                                                              | `http://127.0.0.1:4010/api/v1`   |
 * | `ADMIN_URL`     | the mock's admin API; `none` for a real backend (no seeding, no ledger)         | `<origin of BASE_URL>/__admin`   |
 * | `ADMIN_TOKEN`   | bearer token of the admin API, when the mock was started with one              | none                             |
 * | `CREDENTIALS`   | with `ADMIN_URL=none`: a JSON file of `[{ "login", "password" }]`, one consultant per flow | none (a team made on the mock) |
 * | `SEED`          | the seed of the generated contacts                                              | `2026`                           |
 * | `APP_VERSION`   | `X-App-Version` of the virtual tablets                                          | the server's minimum version     |
 * | `FAULTS`        | a fault mix, see `fault-mix.ts`                                                 | none                             |
 * | `RESET`         | `1` resets the mock's state before the run (a dedicated mock only)              | `0`                              |
 * | `SUMMARY_DIR`   | an existing folder for `k6-summary.json` and `k6-junit.xml` (k6 makes no folder) | `.`                              |
 * | `RETRIES`       | attempts per logical operation, the first included                              | `6`                              |
 * | `REQUEST_TIMEOUT` | the timeout of one HTTP attempt (k6 duration)                                 | `30s`                            |
 *
 * The profile's own variables are listed in `profiles.ts`.
 */
import { type MixedFault, parseFaultMix } from './fault-mix.ts';
import { type Profile, type ProfileEnv, resolveProfile } from './profiles.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.ts';

/** The run's report and k6's summary data, written by `handleSummary` into `SUMMARY_DIR`. */
export const SUMMARY_FILE = 'k6-summary.json';
/** The run's JUnit XML, written by `handleSummary` into `SUMMARY_DIR`. */
export const JUNIT_FILE = 'k6-junit.xml';

/** The default `BASE_URL`: the mock as `./run start` serves it. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:4010/api/v1';

/** The resolved configuration. */
export interface RunConfig {
  readonly baseUrl: string;
  /** `null` for a real backend: no seeding, no faults, no ledger. */
  readonly adminUrl: string | null;
  readonly adminToken: string | null;
  /** A credentials file to load (a real backend), or `null` to make the team on the mock. */
  readonly credentialsFile: string | null;
  readonly seed: string;
  /** `null`: ask the server's minimum version. */
  readonly appVersion: string | null;
  readonly faults: readonly MixedFault[];
  readonly resetMock: boolean;
  readonly summaryDir: string;
  readonly requestTimeout: string;
  readonly retry: RetryPolicy;
  readonly profile: Profile;
}

/** A variable that does not parse. */
export class RunConfigError extends Error {
  override readonly name = 'RunConfigError';
}

function text(env: ProfileEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function originOf(url: string): string {
  const match = /^(https?:\/\/[^/]+)/.exec(url);
  if (!match?.[1])
    throw new RunConfigError(`BASE_URL=${url}: expected an http(s) URL such as ${DEFAULT_BASE_URL}`);
  return match[1];
}

/**
 * Reads the configuration from the variables.
 *
 * @throws {@link RunConfigError}, `ProfileError` or `FaultMixError` naming the variable at fault
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a flat read of the run's environment variables with their refusals
export function resolveRunConfig(env: ProfileEnv): RunConfig {
  const baseUrl = (text(env, 'BASE_URL') ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const adminRaw = text(env, 'ADMIN_URL');
  const adminUrl =
    adminRaw === 'none' ? null : (adminRaw ?? `${originOf(baseUrl)}/__admin`).replace(/\/+$/, '');
  const credentialsFile = text(env, 'CREDENTIALS') ?? null;
  if (adminUrl === null && credentialsFile === null) {
    throw new RunConfigError(
      'ADMIN_URL=none needs CREDENTIALS=<file.json> ([{ "login", "password" }]): without the admin API no team can be made',
    );
  }
  if (adminUrl !== null && credentialsFile !== null) {
    throw new RunConfigError(
      "CREDENTIALS is for a backend without the mock's admin API: give ADMIN_URL=none too, or drop CREDENTIALS to let the run make its team on the mock",
    );
  }
  const faults = parseFaultMix(text(env, 'FAULTS'));
  if (adminUrl === null && faults.length > 0) {
    throw new RunConfigError("FAULTS needs the mock's admin API: drop FAULTS or give ADMIN_URL");
  }
  const retriesRaw = text(env, 'RETRIES');
  const maxAttempts = retriesRaw === undefined ? DEFAULT_RETRY_POLICY.maxAttempts : Number(retriesRaw);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RunConfigError(
      `RETRIES=${retriesRaw}: expected a positive integer (attempts, the first included)`,
    );
  }
  return {
    baseUrl,
    adminUrl,
    adminToken: text(env, 'ADMIN_TOKEN') ?? null,
    credentialsFile,
    seed: text(env, 'SEED') ?? '2026',
    appVersion: text(env, 'APP_VERSION') ?? null,
    faults,
    resetMock: text(env, 'RESET') === '1',
    summaryDir: (text(env, 'SUMMARY_DIR') ?? '.').replace(/(.)\/+$/, '$1'),
    requestTimeout: text(env, 'REQUEST_TIMEOUT') ?? '30s',
    retry: { ...DEFAULT_RETRY_POLICY, maxAttempts },
    profile: resolveProfile(env),
  };
}
