import { expect, it } from 'vitest';
import { OPERATION_IDS, OPERATION_OF_ROUTE, operationOfRequest, ROUTES, routeKey } from './routes.ts';

it.each([
  ['a path without parameters', 'GET', '/app/version', 'getAppVersion'],
  ['a lowercase method', 'post', '/auth/token', 'obtainToken'],
  ['a filled-in path parameter', 'POST', '/shifts/0b5c7e1a/start', 'startShift'],
  ['a longer path under the same parameter', 'POST', '/shifts/s1/sync/final', 'finalizeSync'],
  ['the same path with another method', 'GET', '/shifts/s1/sync', 'getSyncStatus'],
  ['a query string', 'GET', '/shifts?from=2026-11-24', 'listShifts'],
])('operationOfRequest finds the operation of %s', (_, method, path, want) => {
  expect(operationOfRequest(method, path)).toBe(want);
});

it.each([
  ['an unknown path', 'GET', '/nowhere'],
  ['a method the path lacks', 'DELETE', '/app/version'],
  ['an empty parameter segment', 'POST', '/shifts//start'],
  ['a path with a trailing segment too many', 'GET', '/shifts/s1/start/x'],
])('operationOfRequest answers null for %s', (_, method, path) => {
  expect(operationOfRequest(method, path)).toBeNull();
});

it('keys every route once, METHOD and path template', () => {
  expect(OPERATION_OF_ROUTE.size).toBe(OPERATION_IDS.length);
  expect(OPERATION_OF_ROUTE.get('POST /contacts/{contactId}/sms')).toBe('sendSmsCode');
  expect(routeKey({ method: 'put', path: '/contacts/{contactId}/details' })).toBe(
    'PUT /contacts/{contactId}/details',
  );
});

it('marks the public and the idempotent operations as the contract does', () => {
  expect(ROUTES.obtainToken.public).toBe(true);
  expect(ROUTES.getMe.public).toBe(false);
  expect(ROUTES.syncContacts.idempotent).toBe(true);
  expect(ROUTES.listShifts.idempotent).toBe(false);
});
