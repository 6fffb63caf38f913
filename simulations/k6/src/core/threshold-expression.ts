/**
 * k6's threshold expressions (`p(95)<250`, `rate<0.01`, `count==0`), read so that a failed threshold can
 * name the value it measured, and so that the Node runner judges a run by the same thresholds as k6.
 */

/** A threshold expression, parsed. */
export interface ThresholdExpression {
  /** The statistic, as k6's summary names it: `p(95)`, `avg`, `rate`, `count`… */
  readonly stat: string;
  readonly operator: '<' | '<=' | '>' | '>=' | '==' | '===' | '!=';
  readonly bound: number;
}

const EXPRESSION =
  /^\s*(avg|min|max|med|count|rate|value|p\(\d+(?:\.\d+)?\))\s*(<=|>=|===|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$/;

/** Parses an expression; `null` for one this module does not know. */
export function parseThreshold(expression: string): ThresholdExpression | null {
  const match = EXPRESSION.exec(expression);
  if (match === null) return null;
  const [, stat = '', operator = '<', bound = '0'] = match;
  return { stat, operator: operator as ThresholdExpression['operator'], bound: Number(bound) };
}

/** Whether a measured value meets the expression. */
export function meets(expression: ThresholdExpression, measured: number): boolean {
  const { operator, bound } = expression;
  switch (operator) {
    case '<':
      return measured < bound;
    case '<=':
      return measured <= bound;
    case '>':
      return measured > bound;
    case '>=':
      return measured >= bound;
    case '==':
    case '===':
      return measured === bound;
    case '!=':
      return measured !== bound;
  }
}

/** The value an expression looks at among a metric's summary values, or `null` when it has none. */
export function measuredValue(expression: string, values: Readonly<Record<string, number>>): number | null {
  const parsed = parseThreshold(expression);
  if (parsed === null) return null;
  const found = values[parsed.stat];
  return found === undefined ? null : found;
}
