import openapi from '@icontact/openapi/openapi.json' with { type: 'json' };
import { expect, it } from 'vitest';
import type { OpenApiDocument } from '../spec/openapi-document.js';
import { createSpecRuntime } from '../spec/spec-runtime.js';

const { router } = createSpecRuntime(openapi as unknown as OpenApiDocument);

it.each([
  ['GET', '/api/v1/shifts/{shiftId}', '/api/v1/shifts/abc'],
  ['HEAD', '/api/v1/shifts/{shiftId}', '/api/v1/shifts/abc'],
  ['POST', '/api/v1/contacts/{contactId}/sms/verify', '/api/v1/contacts/%D1%8E/sms/verify'],
  ['GET', '/api/v1/sms/quota/{phone}', '/api/v1/sms/quota/%2B77011234567'],
  ['GET', '/api/v1/shifts/{shiftId}', '/api/v1/shifts/%E0%A4%A'],
])('matches %s %s for %s as routing the URL does', (method, template, path) => {
  expect(router.matchTemplate(method, template, path)).toEqual(router.match(method, path));
});

it('leaves a template the contract lacks, or a path that does not fit it, to routing the URL', () => {
  expect(router.matchTemplate('DELETE', '/api/v1/shifts/{shiftId}', '/api/v1/shifts/abc')).toBeUndefined();
  expect(router.matchTemplate('GET', '/api/v1/shifts/{shiftId}', '/api/v1/shifts/abc/x')).toBeUndefined();
  expect(router.matchTemplate('GET', '/api/v1/shifts/{shiftId}', '/api/v1/shifts/')).toBeUndefined();
});

it('lists every operation of the contract with its full path template', () => {
  expect(router.templates).toContainEqual({ method: 'POST', path: '/api/v1/shifts/{shiftId}/sync' });
  expect(router.templates.length).toBeGreaterThan(30);
});
