import { describe, expect, it } from 'vitest';
import { linkCoverageOf, summariseFuzzReport } from './fuzz-report.js';

const event = (name: string, value: unknown): string => JSON.stringify({ [name]: value });

const REPORT = [
  event('PhaseFinished', { phase: { name: 'examples', is_enabled: true }, status: 'success' }),
  event('PhaseFinished', { phase: { name: 'stateful', skip_reason: 'no_checks_ran' }, status: 'skip' }),
  event('ScenarioFinished', {
    recorder: {
      label: 'GET /shifts',
      interactions: {
        a: { request: { method: 'GET', uri: 'http://x/api/v1/shifts' }, response: { status_code: 200 } },
        b: { request: { method: 'GET', uri: 'http://x/api/v1/shifts' }, response: { status_code: 502 } },
        c: { request: { method: 'GET', uri: 'http://x/api/v1/shifts' }, response: null },
      },
      checks: {
        a: [
          { name: 'not_a_server_error', status: 'success' },
          { name: 'status_code_conformance', status: 'success' },
        ],
        b: [{ name: 'not_a_server_error', status: 'failure' }],
      },
    },
  }),
  event('ScenarioFinished', {
    recorder: {
      label: 'Stateful tests',
      cases: {
        d: { value: {}, is_transition_applied: false },
        e: {
          value: {},
          transition: { id: 'GET /shifts -> [200] getShift -> GET /shifts/{shiftId}' },
          is_transition_applied: true,
        },
        f: {
          value: {},
          transition: { id: 'GET /shifts -> [200] startShift -> POST /shifts/{shiftId}/start' },
          is_transition_applied: false,
        },
      },
      interactions: {},
      checks: {},
    },
  }),
  event('NonFatalError', {
    label: 'POST /auth/token',
    value: { type: 'AuthenticationError', message: 'no' },
  }),
  '',
].join('\n');

it('lists every exchange with its status, skipping requests that got no response', () => {
  expect(summariseFuzzReport(REPORT).exchanges).toEqual([
    { label: 'GET /shifts', method: 'GET', uri: 'http://x/api/v1/shifts', status: 200 },
    { label: 'GET /shifts', method: 'GET', uri: 'http://x/api/v1/shifts', status: 502 },
  ]);
});

it('separates failed checks (with their case) from the count of passed ones', () => {
  const summary = summariseFuzzReport(REPORT);
  expect(summary.failures).toEqual([{ label: 'GET /shifts', check: 'not_a_server_error', caseId: 'b' }]);
  expect(summary.checksPassed).toEqual({ not_a_server_error: 1, status_code_conformance: 1 });
});

it('reports a skipped phase as skip and keeps the errors of the run', () => {
  const summary = summariseFuzzReport(REPORT);
  expect(summary.phases).toEqual({ examples: 'success', stateful: 'skip' });
  expect(summary.errors).toEqual([{ label: 'POST /auth/token', type: 'AuthenticationError', message: 'no' }]);
});

it('counts a link as covered once a step applied it, as Schemathesis does', () => {
  expect(summariseFuzzReport(REPORT).linksCovered).toEqual([
    'GET /shifts -> [200] getShift -> GET /shifts/{shiftId}',
  ]);
});

describe('linkCoverageOf', () => {
  it('reads the stateful phase’s covered, selected and total links from the console output', () => {
    expect(
      linkCoverageOf('Stateful\n  API Links: 12 covered / 30 selected / 31 total (1 inferred)\n'),
    ).toEqual({
      covered: 12,
      selected: 30,
      total: 31,
    });
  });

  it('says undefined when the output has no link coverage', () => {
    expect(linkCoverageOf('no stateful phase')).toBeUndefined();
  });
});
