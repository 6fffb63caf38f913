import { expect, it } from 'vitest';
import { createResponseValidator } from './response-validator.js';

const validator = createResponseValidator();
const headers = { 'x-request-id': 'req_1' };

it('accepts an answer that matches the contract', () => {
  const body = { minimumVersion: '3.0.0', latestVersion: '3.2.0' };
  expect(validator.problems('getAppVersion', { status: 200, headers, body })).toEqual([]);
});

it.each([
  [
    'a missing required field',
    { status: 200, headers, body: { minimumVersion: '3.0.0' } },
    /latestVersion: required/,
  ],
  ['an undeclared status', { status: 418, headers, body: {} }, /status 418 is not declared/],
  [
    'no X-Request-Id',
    { status: 200, headers: {}, body: { minimumVersion: '3.0.0', latestVersion: '3.2.0' } },
    /X-Request-Id/,
  ],
  [
    'an error body without code',
    { status: 500, headers, body: { detail: 'x', requestId: 'r' } },
    /code: required/,
  ],
])('reports %s', (_name, response, problem) => {
  expect(validator.problems('getAppVersion', response).join('\n')).toMatch(problem);
});
