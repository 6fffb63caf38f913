import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { escapeXml, renderJunit } from './junit.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

it('renders well-formed JUnit with the counts CI systems read', () => {
  const xml = renderJunit('k6 smoke', [
    {
      name: 'thresholds',
      timeSeconds: 12.5,
      cases: [
        { classname: 'k6.smoke.thresholds', name: 'checks: rate>=0.99' },
        {
          classname: 'k6.smoke.thresholds',
          name: 'contacts_lost: count==0',
          failure: { message: 'crossed', details: '1 lost' },
        },
      ],
    },
    { name: 'ledger', cases: [{ classname: 'k6.smoke.ledger', name: 'no contact is lost' }] },
  ]);
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml);
  expect(doc.testsuites).toMatchObject({ name: 'k6 smoke', tests: '3', failures: '1' });
  const [thresholds, ledger] = doc.testsuites.testsuite;
  expect(thresholds).toMatchObject({ name: 'thresholds', tests: '2', failures: '1', time: '12.500' });
  expect(thresholds.testcase[1].failure).toMatchObject({ message: 'crossed', '#text': '1 lost' });
  expect(ledger.testcase).toMatchObject({ name: 'no contact is lost' });
});

it('keeps markup, quotes, Cyrillic and control characters from breaking the document', () => {
  const clean = `upload: <every> "item" & 'all' — Ошибка при завершении смены`;
  const name = `${clean}\u0000\u001b`;
  const xml = renderJunit('x', [
    { name: 's', cases: [{ classname: 'c', name, failure: { message: name } }] },
  ]);
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml);
  expect(doc.testsuites.testsuite.testcase.name).toBe(clean);
});

it.each([
  ['a & b', 'a &amp; b'],
  ['<x>', '&lt;x&gt;'],
  [`"'`, '&quot;&apos;'],
  ['ок', 'ок'],
])('escapes %j as %j', (text, escaped) => {
  expect(escapeXml(text)).toBe(escaped);
});
