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
  const e = s.indexOf('e');
  return e < 0 ? s : expandExponent(s.slice(0, e), Number(s.slice(e + 1)));
}

/** `1.5e-7` → "0.00000015", `1e+21` → "1000000000000000000000": the mantissa's digits, point moved. */
function expandExponent(mantissa: string, exponent: number): string {
  const sign = mantissa.startsWith('-') ? '-' : '';
  const [int, frac = ''] = mantissa.slice(sign.length).split('.');
  const digits = `${int}${frac}`;
  const point = int!.length + exponent; // where the decimal point falls in `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
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
