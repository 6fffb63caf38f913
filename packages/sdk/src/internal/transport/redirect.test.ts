import { expect, it } from 'vitest';
import { redirectStep } from './redirect.js';

const from = 'http://127.0.0.1:8080/api/shifts';

it.each([
  [
    'a 307 keeps the method and body',
    307,
    'POST',
    { url: 'http://127.0.0.1:8080/next', method: 'POST', dropBody: false },
  ],
  [
    'a 308 keeps the method and body',
    308,
    'PUT',
    { url: 'http://127.0.0.1:8080/next', method: 'PUT', dropBody: false },
  ],
  [
    'a 303 turns a POST into a GET',
    303,
    'POST',
    { url: 'http://127.0.0.1:8080/next', method: 'GET', dropBody: true },
  ],
  [
    'a 302 after a POST becomes a GET',
    302,
    'POST',
    { url: 'http://127.0.0.1:8080/next', method: 'GET', dropBody: true },
  ],
  [
    'a 301 after a GET stays a GET',
    301,
    'GET',
    { url: 'http://127.0.0.1:8080/next', method: 'GET', dropBody: false },
  ],
] as const)('%s', (_name, status, method, want) => {
  expect(redirectStep(status, '/next', from, method)).toMatchObject({ ...want, crossOrigin: false });
});

it('re-sends a write with an Idempotency-Key as it was after a 301 or 302, instead of turning it into a GET', () => {
  for (const status of [301, 302]) {
    expect(redirectStep(status, '/next', from, 'POST', true)).toMatchObject({
      url: 'http://127.0.0.1:8080/next',
      method: 'POST',
      dropBody: false,
    });
  }
  expect(redirectStep(303, '/next', from, 'POST', true)).toMatchObject({ method: 'GET', dropBody: true });
});

it('resolves a relative Location against the current URL', () => {
  expect(redirectStep(302, 'sync', from, 'GET')?.url).toBe('http://127.0.0.1:8080/api/sync');
});

it('marks a redirect to another origin as cross-origin', () => {
  expect(redirectStep(302, 'http://127.0.0.2:9/x', from, 'GET')?.crossOrigin).toBe(true);
});

it('ignores a non-redirect status and a redirect without Location', () => {
  expect(redirectStep(200, '/next', from, 'GET')).toBeNull();
  expect(redirectStep(304, '/next', from, 'GET')).toBeNull();
  expect(redirectStep(302, null, from, 'GET')).toBeNull();
});
