import { parseIsoDate, parseIsoMonth } from '../../core/dates.js';
import { compareDecimal, decimalScale, parseDecimal } from '../../core/decimal.js';
import type { Operator } from '../../schemas/rule-set.js';

/**
 * The operators of the rule language, shared by both evaluators: the compiled one calls these
 * functions, the reference one registers them in json-rules-engine. Never a float: json-rules-engine's
 * own `lessThan` family compares floats, and numeric strings alphabetically ("1000.00" < "999.00").
 * An operand of the wrong kind (an invalid decimal or date, `null`) makes a comparison false; never throws.
 */
export type OperatorFn = (factValue: unknown, compareValue: unknown) => boolean;

function decimalCompare(test: (c: number) => boolean): OperatorFn {
  return (a, b) => {
    const x = parseDecimal(a);
    const y = parseDecimal(b);
    return x !== null && y !== null && test(compareDecimal(x, y));
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;
/** `HH:mm[:ss]` to seconds since midnight; `null` otherwise. */
function seconds(t: unknown): number | null {
  if (typeof t !== 'string' || !TIME.test(t)) return null;
  return Number(t.slice(0, 2)) * 3600 + Number(t.slice(3, 5)) * 60 + (t.length > 5 ? Number(t.slice(6, 8)) : 0);
}

function timeCompare(test: (c: number) => boolean): OperatorFn {
  return (a, b) => {
    const x = seconds(a);
    const y = seconds(b);
    return x !== null && y !== null && test(x - y);
  };
}

function dateCompare(test: (c: number) => boolean): OperatorFn {
  return (a, b) => {
    const x = parseIsoDate(a);
    const y = parseIsoDate(b);
    return x !== null && y !== null && test(x - y);
  };
}

export const OPERATOR_FUNCTIONS: Readonly<Record<Operator, OperatorFn>> = {
  // json-rules-engine's built-ins, for the list operands the rule-file checks require (with a string,
  // its `in` would match substrings; rule files cannot give one). The differential test holds us to it.
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.indexOf(a) > -1,
  notIn: (a, b) => Array.isArray(b) && b.indexOf(a) === -1,
  isDecimal: (a, b) => (parseDecimal(a) !== null) === b,
  decimalLessThan: decimalCompare((c) => c < 0),
  decimalLessThanInclusive: decimalCompare((c) => c <= 0),
  decimalGreaterThan: decimalCompare((c) => c > 0),
  decimalGreaterThanInclusive: decimalCompare((c) => c >= 0),
  decimalScaleGreaterThan: (a, b) => {
    const x = parseDecimal(a);
    return x !== null && typeof b === 'number' && decimalScale(x) > b;
  },
  dateBefore: dateCompare((c) => c < 0),
  dateOnOrBefore: dateCompare((c) => c <= 0),
  dateAfter: dateCompare((c) => c > 0),
  dateOnOrAfter: dateCompare((c) => c >= 0),
  // The date falls in a later month than `YYYY-MM` (e.g. a card valid through the end of that month).
  dateMonthAfter: (a, b) => {
    const month = parseIsoMonth(b);
    return parseIsoDate(a) !== null && month !== null && (a as string).slice(0, 7) > (b as string);
  },
  // Times of day in Geneva, `HH:mm[:ss]` (the closed hours of LP 56 ch. 1).
  timeBefore: timeCompare((c) => c < 0),
  timeOnOrBefore: timeCompare((c) => c <= 0),
  timeAfter: timeCompare((c) => c > 0),
  timeOnOrAfter: timeCompare((c) => c >= 0),
};
