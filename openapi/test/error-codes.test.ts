import { ERROR_CODES } from '@icontact/errors';
import { describe, expect, it } from 'vitest';
import { bundled, codesDescribedIn, examplesOf, operations } from './contract.ts';

const catalogue: ReadonlySet<string> = new Set(ERROR_CODES);

/** Codes that no operation returns on the wire, and why. */
const OFF_THE_WIRE: Readonly<Record<string, string>> = {
  unknown_error: 'the SDK stands it for anything unrecognised',
  method_not_allowed: 'answered for a method a path lacks, by no operation',
  credentials_have_spaces: 'refused by the SDK before sending',
  local_step_out_of_order: 'refused by the SDK before sending',
  sms_not_delivered: 'an advisory the SDK raises',
  host_unresolved: 'a transport failure',
  network_unavailable: 'a transport failure',
  connection_failed: 'a transport failure',
  unexpected_end_of_stream: 'a transport failure',
  connection_aborted: 'a transport failure',
  too_many_follow_ups: 'a transport failure',
  request_timeout: 'a transport failure',
  request_aborted: "the caller's AbortSignal, in the SDK",
  local_storage_full: 'a local failure',
};

const errorCodeSchema = bundled.components.schemas?.ErrorCode as { enum: string[]; description: string };
const errorStatuses = (status: string): boolean => /^[45]\d\d$/.test(status);

it('the ErrorCode enum lists exactly the catalogue codes, in the catalogue order', () => {
  expect(errorCodeSchema.enum).toEqual([...ERROR_CODES]);
});

it('every catalogue code is in the ErrorCode enum', () => {
  const missing = ERROR_CODES.filter((code) => !errorCodeSchema.enum.includes(code));
  expect(missing).toEqual([]);
});

it('every ErrorCode enum value is a catalogue code', () => {
  const unknown = errorCodeSchema.enum.filter((code) => !catalogue.has(code));
  expect(unknown).toEqual([]);
});

it('the ErrorCode description names every code that never comes on the wire', () => {
  const unnamed = Object.keys(OFF_THE_WIRE)
    .filter((code) => code !== 'method_not_allowed')
    .filter((code) => !errorCodeSchema.description.includes(`\`${code}\``));
  expect(unnamed).toEqual([]);
});

it('every code that can come on the wire is returned by at least one operation', () => {
  const returned = new Set(operations.flatMap((operation) => operation.errorCodes));
  const orphans = ERROR_CODES.filter((code) => !(code in OFF_THE_WIRE) && !returned.has(code));
  expect(orphans).toEqual([]);
});

describe.each(operations.map((operation) => [operation.operationId, operation] as const))(
  '%s',
  (_, operation) => {
    it('lists its error codes in x-error-codes, each once', () => {
      expect(operation.errorCodes.length).toBeGreaterThan(0);
      expect(new Set(operation.errorCodes).size).toBe(operation.errorCodes.length);
    });

    it('lists only catalogue codes that can come on the wire', () => {
      const wrong = operation.errorCodes.filter((code) => !catalogue.has(code) || code in OFF_THE_WIRE);
      expect(wrong).toEqual([]);
    });

    it('describes in its error responses exactly the codes of x-error-codes', () => {
      const described = Object.entries(operation.responses)
        .filter(([status]) => errorStatuses(status))
        .flatMap(([, response]) => codesDescribedIn(response.description, catalogue));
      expect(new Set(described)).toEqual(new Set(operation.errorCodes));
    });

    it('gives its error responses examples whose codes are in x-error-codes', () => {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!errorStatuses(status)) continue;
        const media = response.content?.['application/json'];
        expect(media, `${status} has an application/json body`).toBeDefined();
        const codes = examplesOf(media ?? {}).map((example) => (example as { code?: string }).code);
        expect(codes.length, `${status} has an example`).toBeGreaterThan(0);
        for (const code of codes) expect(operation.errorCodes, `${status} example`).toContain(code);
      }
    });
  },
);
