import { expect, it } from 'vitest';
import { measuredValue, meets, parseThreshold } from './threshold-expression.ts';

it.each([
  ['p(95)<250', { 'p(95)': 120 }, 120, true],
  ['p(95)<250', { 'p(95)': 300 }, 300, false],
  ['rate<0.01', { rate: 0.02 }, 0.02, false],
  ['rate>=0.99', { rate: 0.99 }, 0.99, true],
  ['count==0', { count: 3 }, 3, false],
  ['count>0', { count: 1 }, 1, true],
  ['rate<=0.5', { rate: 0.5 }, 0.5, true],
  ['max<=6', { max: 6 }, 6, true],
])('reads %s and judges the value it measures', (expression, values, measured, ok) => {
  expect(measuredValue(expression, values)).toBe(measured);
  const parsed = parseThreshold(expression);
  expect(parsed).not.toBeNull();
  if (parsed !== null) expect(meets(parsed, measured)).toBe(ok);
});

it('knows nothing of an expression it cannot read', () => {
  expect(parseThreshold('p95 < 3')).toBeNull();
  expect(measuredValue('rate<0.01', {})).toBeNull();
});
