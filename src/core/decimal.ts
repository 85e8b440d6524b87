import Decimal from 'decimal.js';

/**
 * A private decimal.js constructor: the SDK never touches the global `Decimal` configuration
 * (an integrator's own settings stay theirs). Used only at the edges: parsing odd numbers, division.
 */
export const ExactDecimal = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });

const DECIMAL_TEXT = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** An exact decimal split into its parts, with no leading zeros in `int` and no trailing zeros in `frac`. */
export interface DecimalParts {
  negative: boolean;
  int: string;
  frac: string;
}

/**
 * The exact decimal text of a JS number, as the shortest round-trip form (`0.1` is "0.1", `100.005`
 * is "100.005", not the binary approximation). Exponent forms (`1e21`, `1e-7`) are expanded.
 */
function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const s = String(n);
  return s.includes('e') ? new ExactDecimal(n).toFixed() : s;
}

/** Parses a decimal string or finite number exactly; `null` when it is neither. */
export function parseDecimal(input: unknown): DecimalParts | null {
  let text: string | null;
  if (typeof input === 'number') text = numberText(input);
  else if (typeof input === 'string') text = input;
  else return null;
  if (text === null) return null;
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return null;
  const int = m[2]!.replace(/^0+(?=\d)/, '').replace(/^0$/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  return { negative: m[1] === '-' && (int !== '' || frac !== ''), int, frac };
}

/** Number of significant decimals (trailing zeros do not count: "1.50" has 1). */
export function decimalScale(p: DecimalParts): number {
  return p.frac.length;
}

function compareMagnitude(a: DecimalParts, b: DecimalParts): number {
  if (a.int.length !== b.int.length) return a.int.length < b.int.length ? -1 : 1;
  if (a.int !== b.int) return a.int < b.int ? -1 : 1;
  const width = Math.max(a.frac.length, b.frac.length);
  const fa = a.frac.padEnd(width, '0');
  const fb = b.frac.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/** Exact comparison of two parsed decimals: -1, 0 or 1. No float is ever involved. */
export function compareDecimal(a: DecimalParts, b: DecimalParts): number {
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  const m = compareMagnitude(a, b);
  return a.negative ? 0 - m : m; // never -0
}

/** Canonical text of a parsed decimal ("-0.5", "1000", "0"). */
export function decimalText(p: DecimalParts): string {
  const body = `${p.int === '' ? '0' : p.int}${p.frac ? `.${p.frac}` : ''}`;
  return p.negative ? `-${body}` : body;
}
