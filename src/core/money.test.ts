import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatCentimes, moneyText, parseMoney } from './money.js';

const digit = fc.oneof(fc.constant('0'), fc.integer({ min: 0, max: 9 }).map(String));
const digits = (minLength: number, maxLength: number) => fc.string({ unit: digit, minLength, maxLength });
/** Money text with at most two decimals, leading zeros allowed; at most 13 integer digits (safe centimes). */
const moneyString = fc
  .tuple(fc.constantFrom('', '+', '-'), digits(1, 13), fc.option(digits(1, 2), { nil: undefined }))
  .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);

describe('parseMoney', () => {
  it('reads francs into integer centimes', () => {
    expect(parseMoney('1000.00')).toEqual({ ok: true, centimes: 100000 });
    expect(parseMoney('999.5')).toEqual({ ok: true, centimes: 99950 });
    expect(parseMoney('-0.05')).toEqual({ ok: true, centimes: -5 });
    expect(parseMoney('007')).toEqual({ ok: true, centimes: 700 });
    expect(parseMoney(0.1)).toEqual({ ok: true, centimes: 10 });
    expect(parseMoney(1000)).toEqual({ ok: true, centimes: 100000 });
  });

  it('ignores trailing zeros beyond the centimes: "1.230" is 1.23', () => {
    expect(parseMoney('1.230')).toEqual({ ok: true, centimes: 123 });
  });

  it('refuses a third significant decimal instead of rounding', () => {
    expect(parseMoney('1.234')).toEqual({ ok: false, code: 'MONEY_PRECISION' });
    expect(parseMoney(100.005)).toEqual({ ok: false, code: 'MONEY_PRECISION' });
    // 0.1 + 0.2 is 0.30000000000000004: a float artefact is not money.
    expect(parseMoney(0.1 + 0.2)).toEqual({ ok: false, code: 'MONEY_PRECISION' });
  });

  it('refuses what is not a decimal', () => {
    for (const x of ['abc', '', '1,50', "1'000.00", 'CHF 10', '1e3', NaN, Infinity, null, undefined, true, {}]) {
      expect(parseMoney(x), String(x)).toEqual({ ok: false, code: 'INVALID_MONEY' });
    }
  });

  it('refuses amounts whose centimes are not a safe integer', () => {
    // Number.MAX_SAFE_INTEGER is 9007199254740991.
    expect(parseMoney('90071992547409.91')).toEqual({ ok: true, centimes: Number.MAX_SAFE_INTEGER });
    expect(parseMoney('90071992547409.92')).toEqual({ ok: false, code: 'OUT_OF_RANGE' });
    expect(parseMoney(1e21)).toEqual({ ok: false, code: 'OUT_OF_RANGE' });
  });

  it('agrees with decimal.js (value × 100)', () => {
    fc.assert(
      fc.property(moneyString, (s) => {
        expect(parseMoney(s)).toEqual({ ok: true, centimes: new Decimal(s).times(100).toNumber() + 0 });
      }),
    );
  });

  it('gives the same result for a number and for its decimal text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e15, max: 1e15 }), (n) => {
        expect(parseMoney(n)).toEqual(parseMoney(new Decimal(n).toFixed()));
      }),
    );
  });
});

describe('formatCentimes', () => {
  it('writes two decimals', () => {
    expect(formatCentimes(100000)).toBe('1000.00');
    expect(formatCentimes(-5)).toBe('-0.05');
    expect(formatCentimes(7)).toBe('0.07');
    expect(formatCentimes(1234)).toBe('12.34');
    expect(formatCentimes(-100)).toBe('-1.00');
    expect(formatCentimes(0)).toBe('0.00');
    expect(formatCentimes(-0)).toBe('0.00');
    expect(formatCentimes(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
  });

  it('agrees with decimal.js over all safe integers', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (c) => {
        expect(formatCentimes(c)).toBe(new Decimal(c).div(100).toFixed(2));
      }),
    );
  });

  it('round-trips through parseMoney', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (c) => {
        expect(parseMoney(formatCentimes(c))).toEqual({ ok: true, centimes: c + 0 });
      }),
    );
  });
});

describe('moneyText', () => {
  it('normalises valid money and returns null otherwise', () => {
    expect(moneyText('999.5')).toBe('999.50');
    expect(moneyText(12)).toBe('12.00');
    expect(moneyText('-0.00')).toBe('0.00');
    expect(moneyText('+001.10')).toBe('1.10');
    expect(moneyText('1.234')).toBeNull();
    expect(moneyText(null)).toBeNull();
  });

  it('is the decimal.js two-decimal text of any valid money string', () => {
    fc.assert(
      fc.property(moneyString, (s) => {
        expect(moneyText(s)).toBe(new Decimal(s).toFixed(2).replace(/^-(?=0\.00$)/, ''));
      }),
    );
  });
});
