import fc from 'fast-check';
import Decimal from 'decimal.js';
import { Engine } from 'json-rules-engine';
import { DateTime } from 'luxon';
import { beforeEach, describe, expect, it } from 'vitest';
import { writtenDates } from '../../../test/support/weekdays.js';
import { OPERATOR_FUNCTIONS as op } from './operators.js';

/** Runs one condition through json-rules-engine's own operator: the yardstick for the built-in semantics. */
async function builtIn(operator: string, factValue: unknown, value: unknown): Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ conditions: { all: [{ fact: 'x', operator, value }] }, event: { type: 'hit' } });
  const { events } = await engine.run({ x: factValue });
  return events.length === 1;
}

const digit = fc.oneof(fc.constant('0'), fc.integer({ min: 0, max: 9 }).map(String));
const digits = (maxLength: number) => fc.string({ unit: digit, minLength: 1, maxLength });
const decimalString = fc
  .tuple(fc.constantFrom('', '+', '-'), digits(8), fc.option(digits(8), { nil: undefined }))
  .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);
const decimalOperand = fc.oneof(decimalString, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
const isoDate = fc
  .integer({ min: -135140, max: 157419 }) // 1600–2400
  .map((day) => DateTime.fromMillis(day * 86_400_000, { zone: 'utc' }).toISODate()!);
const isoMonth = fc.tuple(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

// Dates spelled in test names must carry their true weekday.
beforeEach(({ task }) => {
  for (const w of writtenDates(task.name)) expect(w, w.text).toMatchObject({ correct: true });
});

const DECIMAL_OPS = ['decimalLessThan', 'decimalLessThanInclusive', 'decimalGreaterThan', 'decimalGreaterThanInclusive'] as const;
const DATE_OPS = ['dateBefore', 'dateOnOrBefore', 'dateAfter', 'dateOnOrAfter'] as const;
const TIME_OPS = ['timeBefore', 'timeOnOrBefore', 'timeAfter', 'timeOnOrAfter'] as const;
const NOT_A_VALUE = [null, undefined, '', 'abc', '1,5', '1e3', NaN, Infinity, true, {}, [], '2026-02-29', '2026-3-01', '2026-03'];

describe('every operator', () => {
  it('is tested here', () => {
    const tested = ['equal', 'notEqual', 'in', 'notIn', 'isDecimal', ...DECIMAL_OPS, 'decimalScaleGreaterThan', ...DATE_OPS, 'dateMonthAfter', ...TIME_OPS];
    expect(Object.keys(op).sort()).toEqual(tested.sort());
  });

  it('returns a boolean and never throws, whatever the operands', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(op) as (keyof typeof op)[])), fc.anything(), fc.anything(), (name, a, b) => {
        expect(typeof op[name](a, b)).toBe('boolean');
      }),
    );
  });
});

describe('equal, notEqual, in, notIn: json-rules-engine semantics', () => {
  it('compare strictly: no coercion between "1" and 1', () => {
    expect(op.equal('1', 1)).toBe(false);
    expect(op.equal('visa', 'visa')).toBe(true);
    expect(op.equal(null, null)).toBe(true);
    expect(op.notEqual('1', 1)).toBe(true);
    expect(op.in('twint', ['card', 'twint'])).toBe(true);
    expect(op.in(1, ['1'])).toBe(false);
    expect(op.notIn('postfinance', ['card', 'twint'])).toBe(true);
    expect(op.notIn('card', ['card'])).toBe(false);
  });

  it('in / notIn are false when the list is not a list (no substring match)', () => {
    expect(op.in('vis', 'visa')).toBe(false);
    expect(op.notIn('x', 'visa')).toBe(false);
    expect(op.in('a', null)).toBe(false);
  });

  it('agree with the json-rules-engine built-ins on scalars and lists of scalars', async () => {
    const scalar = fc.oneof(fc.constantFrom('visa', 'twint', '1', '', 0, 1, true, false, null), fc.string({ maxLength: 2 }), fc.integer({ min: -2, max: 2 }));
    await fc.assert(
      fc.asyncProperty(scalar, scalar, fc.array(scalar, { maxLength: 4 }), async (a, b, list) => {
        expect(op.equal(a, b)).toBe(await builtIn('equal', a, b));
        expect(op.notEqual(a, b)).toBe(await builtIn('notEqual', a, b));
        expect(op.in(a, list)).toBe(await builtIn('in', a, list));
        expect(op.notIn(a, list)).toBe(await builtIn('notIn', a, list));
      }),
      { numRuns: 50 },
    );
  });
});

describe('decimal comparisons', () => {
  it('the trap: json-rules-engine lessThan says "1000.00" < "999.00" (it compares text); decimalLessThan does not', async () => {
    expect(await builtIn('lessThan', '1000.00', '999.00')).toBe(true);
    expect(op.decimalLessThan('1000.00', '999.00')).toBe(false);
    expect(op.decimalGreaterThan('1000.00', '999.00')).toBe(true);
  });

  it('compare exact values, mixing text and numbers', () => {
    expect(op.decimalLessThan('999.99', 1000)).toBe(true);
    expect(op.decimalLessThanInclusive('1000.00', 1000)).toBe(true);
    expect(op.decimalLessThan('1000.00', 1000)).toBe(false);
    expect(op.decimalGreaterThanInclusive('-0', '0.00')).toBe(true);
    expect(op.decimalGreaterThan('1000.01', '1000')).toBe(true);
    // 0.1 + 0.2 is 0.30000000000000004: a hair above 0.3, and exact comparison sees it.
    expect(op.decimalGreaterThan(0.1 + 0.2, '0.3')).toBe(true);
  });

  it('are false, never throwing, when either operand is not a decimal', () => {
    for (const name of DECIMAL_OPS) {
      for (const bad of NOT_A_VALUE) {
        expect(op[name](bad, '1'), `${name}(${String(bad)}, "1")`).toBe(false);
        expect(op[name]('1', bad), `${name}("1", ${String(bad)})`).toBe(false);
      }
    }
  });

  it('agree with decimal.js', () => {
    fc.assert(
      fc.property(decimalOperand, decimalOperand, (a, b) => {
        const x = new Decimal(a);
        expect(op.decimalLessThan(a, b)).toBe(x.lt(b));
        expect(op.decimalLessThanInclusive(a, b)).toBe(x.lte(b));
        expect(op.decimalGreaterThan(a, b)).toBe(x.gt(b));
        expect(op.decimalGreaterThanInclusive(a, b)).toBe(x.gte(b));
      }),
    );
  });
});

describe('isDecimal and decimalScaleGreaterThan', () => {
  it('isDecimal tests validity against the expected boolean', () => {
    expect(op.isDecimal('1000.00', true)).toBe(true);
    expect(op.isDecimal(12.5, true)).toBe(true);
    expect(op.isDecimal('12,50', false)).toBe(true);
    expect(op.isDecimal('12,50', true)).toBe(false);
    expect(op.isDecimal(null, false)).toBe(true);
    expect(op.isDecimal('1', 'true')).toBe(false);
  });

  it('decimalScaleGreaterThan counts significant decimals', () => {
    expect(op.decimalScaleGreaterThan('1.234', 2)).toBe(true);
    expect(op.decimalScaleGreaterThan(100.005, 2)).toBe(true);
    expect(op.decimalScaleGreaterThan('1.230', 2)).toBe(false);
    expect(op.decimalScaleGreaterThan('1.23', 2)).toBe(false);
    expect(op.decimalScaleGreaterThan('abc', 0)).toBe(false);
    expect(op.decimalScaleGreaterThan(null, 0)).toBe(false);
    expect(op.decimalScaleGreaterThan('1.5', '0')).toBe(false);
  });

  it('decimalScaleGreaterThan agrees with Decimal.decimalPlaces', () => {
    fc.assert(
      fc.property(decimalOperand, fc.integer({ min: 0, max: 10 }), (a, n) => {
        expect(op.decimalScaleGreaterThan(a, n)).toBe(new Decimal(a).decimalPlaces() > n);
      }),
    );
  });
});

describe('date comparisons', () => {
  it('Saturday 28 March 2026 is before Sunday 29 March 2026', () => {
    expect(op.dateBefore('2026-03-28', '2026-03-29')).toBe(true);
    expect(op.dateOnOrBefore('2026-03-29', '2026-03-29')).toBe(true);
    expect(op.dateBefore('2026-03-29', '2026-03-29')).toBe(false);
    expect(op.dateAfter('2026-03-29', '2026-03-28')).toBe(true);
    expect(op.dateOnOrAfter('2026-03-28', '2026-03-29')).toBe(false);
  });

  it('Thursday 31 December 2026 is before Tuesday 29 February 2028', () => {
    expect(op.dateAfter('2026-12-31', '2028-02-29')).toBe(false);
    expect(op.dateBefore('2026-12-31', '2028-02-29')).toBe(true);
  });

  it('are false, never throwing, when either operand is not a date that exists', () => {
    for (const name of DATE_OPS) {
      for (const bad of NOT_A_VALUE) {
        expect(op[name](bad, '2026-03-29'), `${name}(${String(bad)}, …)`).toBe(false);
        expect(op[name]('2026-03-29', bad), `${name}(…, ${String(bad)})`).toBe(false);
      }
    }
  });

  it('agree with luxon', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const x = DateTime.fromISO(a).toMillis();
        const y = DateTime.fromISO(b).toMillis();
        expect([op.dateBefore(a, b), op.dateOnOrBefore(a, b), op.dateAfter(a, b), op.dateOnOrAfter(a, b)]).toEqual([x < y, x <= y, x > y, x >= y]);
      }),
    );
  });
});

describe('dateMonthAfter', () => {
  it('Wednesday 1 April 2026 is after a card valid through 2026-03; Tuesday 31 March 2026 is not', () => {
    expect(op.dateMonthAfter('2026-04-01', '2026-03')).toBe(true);
    expect(op.dateMonthAfter('2026-03-31', '2026-03')).toBe(false);
    expect(op.dateMonthAfter('2026-03-01', '2026-03')).toBe(false);
    expect(op.dateMonthAfter('2027-01-01', '2026-12')).toBe(true); // Friday 1 January 2027
  });

  it('is false for an invalid date or month', () => {
    for (const [a, b] of [
      ['2026-02-30', '2026-01'],
      ['2026-04-01', '2026-13'],
      ['2026-04-01', '2026-3'],
      ['2026-04-01', '2026-03-01'],
      [null, '2026-03'],
      ['2026-04-01', null],
    ]) {
      expect(op.dateMonthAfter(a, b), `${String(a)} / ${String(b)}`).toBe(false);
    }
  });

  it('agrees with luxon: the date is after the end of the month', () => {
    fc.assert(
      fc.property(isoDate, isoMonth, (a, month) => {
        const end = DateTime.fromISO(`${month}-01`, { zone: 'utc' }).endOf('month');
        expect(op.dateMonthAfter(a, month)).toBe(DateTime.fromISO(a, { zone: 'utc' }) > end);
      }),
    );
  });
});

describe('time operators (the closed hours of LP 56 ch. 1)', () => {
  it('compare HH:mm[:ss] as times of day, seconds included', () => {
    expect(op.timeOnOrAfter('20:00', '20:00')).toBe(true);
    expect(op.timeOnOrAfter('19:59:59', '20:00')).toBe(false);
    expect(op.timeAfter('20:00:00', '20:00')).toBe(false);
    expect(op.timeAfter('20:00:01', '20:00')).toBe(true);
    expect(op.timeBefore('06:59:59', '07:00')).toBe(true);
    expect(op.timeBefore('07:00', '07:00:00')).toBe(false);
    expect(op.timeOnOrBefore('07:00:00', '07:00')).toBe(true);
  });

  it('agree with a seconds-since-midnight oracle', () => {
    const hms = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }));
    const text = ([h, m, s]: [number, number, number]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
    const secs = ([h, m, s]: [number, number, number]) => h * 3600 + m * 60 + s;
    fc.assert(
      fc.property(hms, hms, (a, b) => {
        expect(op.timeBefore(text(a), text(b))).toBe(secs(a) < secs(b));
        expect(op.timeOnOrBefore(text(a), text(b))).toBe(secs(a) <= secs(b));
        expect(op.timeAfter(text(a), text(b))).toBe(secs(a) > secs(b));
        expect(op.timeOnOrAfter(text(a), text(b))).toBe(secs(a) >= secs(b));
      }),
    );
  });

  it('are false for anything that is not a time of day', () => {
    for (const bad of ['24:00', '7:00', '20:60', '', null, 72000, '20:00:00.5']) {
      for (const name of TIME_OPS) expect(op[name](bad, '20:00'), `${name}(${String(bad)})`).toBe(false);
    }
  });
});
