import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { compareDecimal, decimalScale, decimalText, parseDecimal, type DecimalParts } from './decimal.js';

// Zero-heavy digits, so leading zeros, trailing zeros and "-0.000" come up often.
const digit = fc.oneof(fc.constant('0'), fc.integer({ min: 0, max: 9 }).map(String));
const digits = (maxLength: number) => fc.string({ unit: digit, minLength: 1, maxLength });
/** Decimal text as a caller may write it: sign, leading zeros, trailing zeros, long fractions. */
const decimalString = fc
  .tuple(fc.constantFrom('', '+', '-'), digits(25), fc.option(digits(30), { nil: undefined }))
  .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);

const parse = (x: unknown): DecimalParts => {
  const p = parseDecimal(x);
  if (p === null) throw new Error(`not a decimal: ${String(x)}`);
  return p;
};
// Equal negatives compare as -0 (harmless: -0 === 0); `+ 0` folds it so Object.is-based toBe can check the rest.
const cmp = (a: string, b: string): number => compareDecimal(parse(a), parse(b)) + 0;

describe('parseDecimal', () => {
  it('splits into canonical parts: no leading zeros, no trailing zeros', () => {
    expect(parseDecimal('1000.00')).toEqual({ negative: false, int: '1000', frac: '' });
    expect(parseDecimal('-007.250')).toEqual({ negative: true, int: '7', frac: '25' });
    expect(parseDecimal('+0.05')).toEqual({ negative: false, int: '', frac: '05' });
  });

  it('has no negative zero', () => {
    for (const z of ['-0', '-0.000', '-000', -0]) expect(parseDecimal(z)).toEqual({ negative: false, int: '', frac: '' });
  });

  it('reads a number by its shortest round-trip text, not its binary value', () => {
    expect(parseDecimal(0.1)).toEqual({ negative: false, int: '', frac: '1' });
    expect(parseDecimal(100.005)).toEqual({ negative: false, int: '100', frac: '005' });
    // Exponent forms are expanded.
    expect(parseDecimal(1e21)).toEqual({ negative: false, int: `1${'0'.repeat(21)}`, frac: '' });
    expect(parseDecimal(-5e-7)).toEqual({ negative: true, int: '', frac: '0000005' });
  });

  it('refuses anything but plain decimal text or a finite number', () => {
    const refused = ['', '.5', '1.', '1e3', ' 1', '1 ', '1,5', "1'000", '--1', '+-1', '0x10', 'NaN', 'Infinity', '١٢'];
    for (const x of refused) expect(parseDecimal(x), JSON.stringify(x)).toBeNull();
    for (const x of [NaN, Infinity, -Infinity, null, undefined, true, {}, [], 10n]) expect(parseDecimal(x)).toBeNull();
  });

  it('gives the same parts for a number and for its exact decimal text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseDecimal(n)).toEqual(parseDecimal(new Decimal(n).toFixed()));
      }),
    );
  });

  it('expands exponent forms as decimal.js does (the test oracle: the SDK itself carries no decimal library)', () => {
    const huge = fc.double({ min: 1e21, noNaN: true, noDefaultInfinity: true });
    const tiny = fc.double({ min: Number.MIN_VALUE, max: 1e-7, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(huge, tiny), fc.boolean(), (magnitude, negative) => {
        const n = negative ? -magnitude : magnitude;
        expect(String(n)).toContain('e');
        expect(decimalText(parse(n))).toBe(new Decimal(n).toFixed());
      }),
      { numRuns: 2000 },
    );
    expect(decimalText(parse(Number.MAX_VALUE))).toBe(new Decimal(Number.MAX_VALUE).toFixed());
    expect(decimalText(parse(-Number.MIN_VALUE))).toBe(new Decimal(-Number.MIN_VALUE).toFixed());
    expect(decimalText(parse(1.5e-7))).toBe('0.00000015');
  });

  it('agrees with decimal.js on the value (canonical text)', () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        // decimal.js keeps a negative zero's sign; ours has none.
        const expected = new Decimal(s).toFixed().replace(/^-(?=0$)/, '');
        expect(decimalText(parse(s))).toBe(expected);
      }),
    );
  });
});

describe('compareDecimal', () => {
  it('compares by value, never as text', () => {
    expect(cmp('1000.00', '999.00')).toBe(1);
    expect(cmp('999.99', '1000')).toBe(-1);
    expect(cmp('1.50', '01.5')).toBe(0);
    expect(cmp('-2', '-10')).toBe(1);
    expect(cmp('-0.01', '0')).toBe(-1);
    expect(cmp('-0', '+0.00')).toBe(0);
    expect(cmp('0.1', '0.09')).toBe(1);
  });

  it('agrees with Decimal.cmp on random decimal strings', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        expect(cmp(a, b)).toBe(new Decimal(a).cmp(b));
      }),
    );
  });

  it('agrees with Decimal.cmp on close values (same integer part)', () => {
    fc.assert(
      fc.property(digits(5), digits(12), digits(12), fc.boolean(), (int, f1, f2, neg) => {
        const a = `${neg ? '-' : ''}${int}.${f1}`;
        const b = `${neg ? '-' : ''}${int}.${f2}`;
        expect(cmp(a, b)).toBe(new Decimal(a).cmp(b));
      }),
    );
  });
});

describe('decimalScale', () => {
  it('counts significant decimals only', () => {
    expect(decimalScale(parse('1.50'))).toBe(1);
    expect(decimalScale(parse('1000.00'))).toBe(0);
    expect(decimalScale(parse('0.005'))).toBe(3);
    expect(decimalScale(parse(100.005))).toBe(3);
  });

  it('agrees with Decimal.decimalPlaces', () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        expect(decimalScale(parse(s))).toBe(new Decimal(s).decimalPlaces());
      }),
    );
  });
});

describe('decimalText', () => {
  it('writes the canonical form', () => {
    expect(decimalText(parse('-0.50'))).toBe('-0.5');
    expect(decimalText(parse('1000.00'))).toBe('1000');
    expect(decimalText(parse('-0.00'))).toBe('0');
    expect(decimalText(parse('+000.0100'))).toBe('0.01');
  });

  it('is a fixed point: parsing the canonical text gives the same parts', () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        const p = parse(s);
        expect(parse(decimalText(p))).toEqual(p);
      }),
    );
  });
});
