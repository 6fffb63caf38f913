import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { teamBodySchema, upstreamsPatchSchema } from '../src/admin/admin-schemas.ts';
import { jsonSchemaOf, renderAdminOpenApi } from './admin-openapi.ts';

const committed = readFileSync(new URL('../admin-openapi.yaml', import.meta.url), 'utf8');

it('admin-openapi.yaml describes the request bodies exactly as the zod schemas the routes validate with', () => {
  expect(renderAdminOpenApi(committed), 'run ./run pnpm --filter @icontact/mock-server generate').toBe(
    committed,
  );
});

it('undoes a hand edit of a generated schema', () => {
  const edited = committed.replace(/(\n {4}UpstreamsPatch:\n(?:.*\n)*? {6}type: )object/, '$1string');
  expect(edited).not.toBe(committed);
  expect(renderAdminOpenApi(edited)).toBe(committed);
});

it('puts the schemas where the routes read them: POST /team and PATCH /upstreams name their components', () => {
  const spec = parse(committed);
  expect(spec.components.schemas.TeamRequest).toEqual(jsonSchemaOf(teamBodySchema));
  expect(spec.components.schemas.UpstreamsPatch).toEqual(jsonSchemaOf(upstreamsPatchSchema));
  expect(spec.paths['/team'].post.requestBody.content['application/json'].schema).toEqual({
    $ref: '#/components/schemas/TeamRequest',
  });
});

it('keeps the bounds the core checks and the descriptions in the generated schema', () => {
  const team = jsonSchemaOf(teamBodySchema) as {
    properties: { password: { minLength: number; description: string } };
  };
  expect(team.properties.password.minLength).toBe(8);
  expect(team.properties.password.description).toMatch(/Default: `Passw0rd!`/);
});
