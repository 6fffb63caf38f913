import openapi from '@icontact/openapi/openapi.json' with { type: 'json' };
import type { BackendResponse } from '../http/backend-request.js';
import type { OpenApiDocument } from '../spec/openapi-document.js';
import type { FieldError } from '../spec/schema-validator.js';
import { createSpecRuntime } from '../spec/spec-runtime.js';

/** Checks answers against the contract's response schemas. */
export interface ResponseValidator {
  /**
   * The problems of an answer to `operationId`: its status must be declared (exactly, or by `4XX`/`5XX`/
   * `default`), its body must match that response's schema (or be absent when it has none), every
   * answer must carry `X-Request-Id`, and every error body the mock's `code` and `requestId`. `[]` when
   * it conforms.
   */
  problems(operationId: string, response: BackendResponse): string[];
}

/**
 * What the mock adds to the contract's error body, which requires only `detail` (the real backend's
 * bare DRF bodies): on every error, `code` and `requestId` too.
 */
function mockErrorPromise(response: BackendResponse): string[] {
  const { body } = response;
  if (response.status < 400 || body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  return ['code', 'requestId']
    .filter((field) => !(field in body))
    .map((field) => `${field}: required (the mock sends it on every error)`);
}

/** Creates a validator over the contract (default: the bundled spec of `@icontact/openapi`). */
export function createResponseValidator(
  document: OpenApiDocument = openapi as unknown as OpenApiDocument,
): ResponseValidator {
  const spec = createSpecRuntime(document);
  return {
    problems(operationId, response) {
      const operation = spec.byId.get(operationId);
      if (!operation) return [`the contract has no operation ${operationId}`];
      const problems: string[] = [];
      if (!response.headers['x-request-id']) problems.push('no X-Request-Id header');
      const status = String(response.status);
      const key = [status, `${status[0]}XX`, 'default'].find((candidate) =>
        operation.responses.has(candidate),
      );
      if (key === undefined) return [...problems, `status ${status} is not declared for ${operationId}`];
      const pointer = operation.responses.get(key) ?? null;
      if (pointer === null) {
        if (response.body !== null)
          problems.push(`status ${status} of ${operationId} has no body in the contract`);
        return problems;
      }
      const errors: FieldError[] = spec.validator.validate(pointer, response.body);
      return [
        ...problems,
        ...errors.map((error) => `${error.field}: ${error.code} (${error.message})`),
        ...mockErrorPromise(response),
      ];
    },
  };
}
