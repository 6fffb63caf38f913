import { expect, it } from 'vitest';
import { FaultMixError } from './fault-mix.ts';
import { ProfileError } from './profiles.ts';
import { DEFAULT_BASE_URL, RunConfigError, resolveRunConfig } from './run-config.ts';

it('targets the local mock and its admin API by default', () => {
  const config = resolveRunConfig({});
  expect(config).toMatchObject({
    baseUrl: DEFAULT_BASE_URL,
    adminUrl: 'http://127.0.0.1:4010/__admin',
    adminToken: null,
    credentialsFile: null,
    faults: [],
    resetMock: false,
    summaryDir: '.',
  });
  expect(config.profile.name).toBe('smoke');
  expect(config.retry.maxAttempts).toBe(6);
});

it('derives the admin API from another base URL and drops trailing slashes', () => {
  const config = resolveRunConfig({ BASE_URL: 'http://10.0.0.5:8080/api/v1/', SUMMARY_DIR: 'out/' });
  expect(config.baseUrl).toBe('http://10.0.0.5:8080/api/v1');
  expect(config.adminUrl).toBe('http://10.0.0.5:8080/__admin');
  expect(config.summaryDir).toBe('out');
});

it('runs against a real backend with ADMIN_URL=none and a credentials file', () => {
  const config = resolveRunConfig({
    ADMIN_URL: 'none',
    CREDENTIALS: 'team.json',
    BASE_URL: 'https://staging.example/api/v1',
  });
  expect(config.adminUrl).toBeNull();
  expect(config.credentialsFile).toBe('team.json');
});

it.each([
  [{ ADMIN_URL: 'none' }, RunConfigError, /needs CREDENTIALS/],
  [{ CREDENTIALS: 'team.json' }, RunConfigError, /give ADMIN_URL=none too/],
  [
    { ADMIN_URL: 'none', CREDENTIALS: 'team.json', FAULTS: '502:0.1' },
    RunConfigError,
    /FAULTS needs the mock's admin API/,
  ],
  [{ RETRIES: '0' }, RunConfigError, /RETRIES=0/],
  [{ BASE_URL: 'ftp://x' }, RunConfigError, /expected an http\(s\) URL/],
  [{ FAULTS: '502' }, FaultMixError, /give it a probability or an attempt/],
  [{ PROFILE: 'chaos' }, ProfileError, /PROFILE=chaos/],
])('refuses %j and names the variable', (env, type, message) => {
  expect(() => resolveRunConfig(env)).toThrow(type);
  expect(() => resolveRunConfig(env)).toThrow(message);
});
