import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { findRemoteScripts } from '../scripts/find-remote-scripts.ts';
import { loadSpec, referencePath, specPath, specYamlPath } from './index.js';

it('loadSpec reads the bundled contract from specPath', async () => {
  const spec = await loadSpec();
  expect(specPath).toMatch(/dist[\\/]openapi\.json$/);
  expect(spec.openapi).toMatch(/^3\.1\./);
  expect(spec.info.title).toBe('iContact API');
  expect(Object.keys(spec.paths)).toContain('/contacts/{contactId}/sms/verify');
});

it('loadSpec returns a fresh object on every call', async () => {
  const [first, second] = await Promise.all([loadSpec(), loadSpec()]);
  expect(first).not.toBe(second);
  expect(first).toEqual(second);
});

it('the bundle has no external $ref left', async () => {
  const text = await readFile(specPath, 'utf8');
  const refs = [...text.matchAll(/"\$ref":\s*"([^"]+)"/g)].map((match) => match[1]);
  expect(refs.length).toBeGreaterThan(0);
  expect(refs.filter((ref) => !ref?.startsWith('#/'))).toEqual([]);
});

it('the YAML bundle describes the same API', async () => {
  const yaml = await readFile(specYamlPath, 'utf8');
  expect(yaml).toMatch(/^openapi: 3\.1\./);
  expect(yaml).toContain('operationId: finalizeSync');
});

it('the rendered reference loads no code from other hosts', async () => {
  const html = await readFile(referencePath, 'utf8');
  expect(html).toContain('iContact API');
  expect(findRemoteScripts(html)).toEqual([]);
});
