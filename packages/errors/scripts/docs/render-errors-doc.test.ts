import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue.js';
import { GENERATED_HEADER, renderErrorsDoc } from './render-errors-doc.js';

const committedPath = new URL('../../../../docs/errors.md', import.meta.url);

it("matches the committed docs/errors.md (run the package's `generate` when this fails)", () => {
  expect(readFileSync(committedPath, 'utf8')).toBe(renderErrorsDoc());
});

it('starts with the do-not-edit header', () => {
  expect(renderErrorsDoc().split('\n')[0]).toBe(GENERATED_HEADER);
});

it('gives every code a section of its own', () => {
  const doc = renderErrorsDoc();
  for (const entry of catalogue) expect(doc).toContain(`\n### \`${entry.code}\`\n`);
});

it('indexes the 31 guide entries, each linking to a code', () => {
  const doc = renderErrorsDoc();
  for (let n = 1; n <= 31; n++) expect(doc).toMatch(new RegExp(`\\n\\| +${n} \\| [^\\n]*\\]\\(#[a-z_]+\\)`));
});

it('puts the Russian before the English in every section', () => {
  const doc = renderErrorsDoc();
  for (const entry of catalogue) {
    const start = doc.indexOf(`### \`${entry.code}\``);
    const section = doc.slice(start, doc.indexOf('\n### ', start + 1));
    expect(section.indexOf(entry.remedy.ru), entry.code).toBeGreaterThan(0);
    expect(section.indexOf(entry.remedy.ru), entry.code).toBeLessThan(section.indexOf(entry.remedy.en));
  }
});
