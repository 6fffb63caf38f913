import { OPERATIONS } from '@icontact/errors';
import { OPERATION_IDS, ROUTES, routeKey } from '@icontact/openapi/routes';
import { expect, it } from 'vitest';
import { routeInfo } from './routes.js';

const infoOf = (id: (typeof OPERATION_IDS)[number]) => routeInfo(routeKey(ROUTES[id]));

it('names every operation of the catalogue at exactly one route of the contract', () => {
  const named = OPERATION_IDS.map(infoOf).flatMap((info) =>
    info.operation === undefined ? [] : [info.operation],
  );
  expect([...named].sort()).toEqual([...OPERATIONS].sort());
});

it.each([
  ['POST /auth/token', { operation: 'obtainToken', authenticate: false }],
  ['GET /app/version', { operation: 'getAppVersion', authenticate: false }],
  ['POST /contacts/{contactId}/sms', { operation: 'sendSmsCode', authenticate: true }],
  ['GET /auth/me', { operation: undefined, authenticate: true }],
  ['GET /no/such/route', { operation: undefined, authenticate: true }],
])('reads %s from the contract', (route, want) => {
  expect(routeInfo(route)).toEqual(want);
});

it('sends without a token exactly the routes the contract marks public', () => {
  const open = OPERATION_IDS.filter((id) => !infoOf(id).authenticate);
  expect(open).toEqual(OPERATION_IDS.filter((id) => ROUTES[id].public));
  expect(open.length).toBeGreaterThan(0);
});
