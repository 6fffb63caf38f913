import { describe, expect, it } from 'vitest';
import { bundled, bundledOperations, dereferenced, examplesOf, operations } from './contract.ts';

/** The unsafe operations a client may retry: each accepts an `Idempotency-Key`. */
const IDEMPOTENT = [
  'startShift',
  'closeShift',
  'bindConsultant',
  'assignShift',
  'changeShiftProject',
  'deleteShift',
  'openContact',
  'recordConsumer',
  'checkIin',
  'sendSmsCode',
  'verifySmsCode',
  'recordDetails',
  'submitContact',
  'refuseContact',
  'syncContacts',
  'finalizeSync',
];

/** The operations that need no bearer token. */
const PUBLIC = [
  'getAppVersion',
  'obtainToken',
  'refreshToken',
  'requestPasswordReset',
  'confirmPasswordReset',
];

const declaredTags = new Set(bundled.tags.map((tag) => tag.name));
const operationIds = new Set(operations.map((operation) => operation.operationId));
const hasHeader = (names: readonly string[], name: string): boolean =>
  names.some((header) => header.toLowerCase() === name.toLowerCase());

it('is an OpenAPI 3.1 document served under /api/v1', () => {
  expect(dereferenced.openapi).toMatch(/^3\.1\./);
  for (const server of dereferenced.servers) expect(server.url).toMatch(/\/api\/v1$/);
});

it('requires the bearer token unless an operation says otherwise', () => {
  expect(dereferenced.security).toEqual([{ bearerAuth: [] }]);
});

it('has unique operationIds', () => {
  expect(operationIds.size).toBe(operations.length);
});

it('names only existing operations in the idempotent and public tables', () => {
  for (const id of [...IDEMPOTENT, ...PUBLIC]) expect(operationIds).toContain(id);
});

it('refers to every component it declares', () => {
  const text = JSON.stringify({ paths: bundled.paths, components: bundled.components });
  const unused = Object.entries(bundled.components)
    .filter(([kind]) => kind !== 'securitySchemes')
    .flatMap(([kind, entries]) => Object.keys(entries).map((name) => `#/components/${kind}/${name}`))
    .filter((pointer) => !text.includes(`"${pointer}"`));
  expect(unused).toEqual([]);
});

describe.each(operations.map((operation) => [operation.operationId, operation] as const))(
  '%s',
  (id, operation) => {
    it('has an operationId, a summary, a description and exactly one declared tag', () => {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.summary?.length).toBeGreaterThan(0);
      expect(operation.description?.length).toBeGreaterThan(0);
      expect(operation.tags).toHaveLength(1);
      expect(declaredTags).toContain(operation.tags?.[0]);
    });

    it('accepts X-App-Version and X-Client-Kind', () => {
      const headers = operation.parameters.filter((p) => p.in === 'header').map((p) => p.name);
      expect(headers).toContain('X-App-Version');
      expect(headers).toContain('X-Client-Kind');
    });

    it(`accepts an Idempotency-Key exactly when it is an unsafe operation a client may retry`, () => {
      const headers = operation.parameters.filter((p) => p.in === 'header').map((p) => p.name);
      expect(hasHeader(headers, 'Idempotency-Key')).toBe(IDEMPOTENT.includes(id));
    });

    it('needs a bearer token unless it is public', () => {
      if (PUBLIC.includes(id)) expect(operation.security).toEqual([]);
      else expect(operation.security).toBeUndefined();
    });

    it('gives an example for each request body', () => {
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
        expect(examplesOf(media).length, type).toBeGreaterThan(0);
      }
    });

    it('has a 2xx response, each with an example when it has a body', () => {
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect(success.length).toBeGreaterThan(0);
      for (const [status, response] of success) {
        for (const media of Object.values(response.content ?? {})) {
          expect(examplesOf(media).length, status).toBeGreaterThan(0);
        }
      }
    });

    it('sends X-Request-Id with every response', () => {
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.headers?.['X-Request-Id']?.required, status).toBe(true);
      }
    });

    it('sends Retry-After with 429, 503 and 504', () => {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (['429', '503', '504'].includes(status))
          expect(response.headers, status).toHaveProperty('Retry-After');
      }
    });

    it('sends WWW-Authenticate with 401', () => {
      const unauthorized = operation.responses['401'];
      if (unauthorized !== undefined) expect(unauthorized.headers).toHaveProperty('WWW-Authenticate');
    });

    it('links only to existing operations, with parameters they have', () => {
      for (const response of Object.values(operation.responses)) {
        for (const [name, link] of Object.entries(response.links ?? {})) {
          const target = operations.find((candidate) => candidate.operationId === link.operationId);
          expect(target, name).toBeDefined();
          for (const parameter of Object.keys(link.parameters ?? {})) {
            expect(
              target?.parameters.map((p) => p.name),
              `${name}.${parameter}`,
            ).toContain(parameter);
          }
        }
      }
    });
  },
);

it('answers every error with the one Error schema', () => {
  const errorSchemaOf = (response: unknown): string | undefined =>
    (response as { content?: Record<string, { schema?: { $ref?: string } }> }).content?.['application/json']
      ?.schema?.$ref;
  const reusable = Object.entries(bundled.components.responses ?? {});
  const others = reusable.filter(([, response]) => errorSchemaOf(response) !== '#/components/schemas/Error');
  expect(others.map(([name]) => name)).toEqual([]);
  const inline = bundledOperations.flatMap((operation) =>
    Object.entries(operation.responses)
      .filter(([status, response]) => /^[45]\d\d$/.test(status) && !('$ref' in response))
      .filter(([, response]) => errorSchemaOf(response) !== '#/components/schemas/Error')
      .map(([status]) => `${operation.operationId} ${status}`),
  );
  expect(inline).toEqual([]);
});
