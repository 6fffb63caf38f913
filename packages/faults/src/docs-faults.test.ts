import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseFaultHeader } from './fault-header.js';
import { parseFaultSpec } from './fault-spec.js';
import { parseScenario } from './scenario-file.js';

/** docs/faults.md, which QA reads: every example in it must be valid. */
const docs = readFileSync(new URL('../../../docs/faults.md', import.meta.url), 'utf8');

function blocks(language: string): string[] {
  return [...docs.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (match) => match[1] ?? '',
  );
}

const tableFaults = [...docs.matchAll(/^\|[^|]*\|[^|]*\| `(\{ kind: [^`]*\})`/gm)].map(
  (match) => match[1] ?? '',
);
const scenarios = blocks('yaml');
const headers = blocks('http').flatMap((block) =>
  block
    .split('\n')
    .filter((line) => line.startsWith('X-Mock-Fault:'))
    .map((line) => line.slice('X-Mock-Fault:'.length).trim()),
);

it('finds the examples it checks in docs/faults.md', () => {
  expect(tableFaults.length).toBeGreaterThanOrEqual(17);
  expect(scenarios.length).toBe(2);
  expect(headers.length).toBe(3);
});

it.each(tableFaults)('accepts the documented fault %s', (fault) => {
  expect(() => parseFaultSpec(parse(fault))).not.toThrow();
});

it('accepts the documented scenario file', () => {
  expect(parseScenario(scenarios[1] ?? '', 'docs/faults.md').faults).toHaveLength(4);
});

it('accepts the documented example fault', () => {
  expect(() => parseFaultSpec(parse(scenarios[0] ?? ''))).not.toThrow();
});

it.each(headers)('accepts the documented header %s', (header) => {
  expect(() => parseFaultHeader(header)).not.toThrow();
});
