import { expect, it } from 'vitest';
import { requestTarget } from './request-target.js';

it.each([
  '/api/v1/shifts',
  '/api/v1/shifts/5f0c6a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6/sync?x=1&y=a%20b',
  '/api/v1/shifts?from=2026-11-24&to=2026-11-25',
  '/api/v1/shifts/../auth/token',
  '/api/v1/./shifts',
  '/api/v1/shifts/.',
  '/api/v1/shifts/a.b',
  '//evil.example/api/v1/shifts',
  '/api/v1/shifts/%D1%8E',
  '/api/v1/shifts/юникод',
  '/api/v1/shifts?q=a b&z="x"',
  "/api/v1/shifts?q='x'",
  '/api/v1/shifts#fragment',
  '/api/v1/shifts?',
  'http://host.example/api/v1/shifts?a=1',
  '/api/v1/a\\b',
  '/api/v1/a{b}',
  '/',
])('splits %j into the path and query that new URL reads', (url) => {
  const parsed = new URL(url, 'http://backend.invalid');
  expect(requestTarget(url)).toEqual({ path: parsed.pathname, query: parsed.search.replace(/^\?/, '') });
});
