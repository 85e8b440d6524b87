import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { inputIssueTexts } from '../../test/support/thrown.js';
import {
  civilOf,
  daysInMonth,
  endOfMonth,
  epochDayOf,
  formatIsoDate,
  isLeapYear,
  isoWeekday,
  parseIsoDate,
  parseIsoMonth,
} from './dates.js';

const DAY_MS = 86_400_000;
const utcDay = (day: number) => DateTime.fromMillis(day * DAY_MS, { zone: 'utc' });
const FIRST_1600 = -135140; // Saturday 1 January 1600
const LAST_2400 = 157419; // Sunday 31 December 2400
const days1600to2400 = fc.integer({ min: FIRST_1600, max: LAST_2400 });
const year = fc.integer({ min: 1600, max: 2400 });
const month = fc.integer({ min: 1, max: 12 });

describe('epochDayOf / civilOf', () => {
  it.each([
    ['Thursday 1 January 1970', 1970, 1, 1, 0],
    ['Tuesday 29 February 2000', 2000, 2, 29, 11016],
    ['Thursday 1 March 1900', 1900, 3, 1, -25508],
    ['Sunday 29 March 2026', 2026, 3, 29, 20541],
    ['Saturday 1 January 1600', 1600, 1, 1, FIRST_1600],
    ['Sunday 31 December 2400', 2400, 12, 31, LAST_2400],
  ])('%s is epoch day %i', (name, y, m, d, day) => {
    // The name is checked against luxon, not against the code under test.
    expect(name).toBe(DateTime.utc(y, m, d).setLocale('en').toFormat('cccc d MMMM yyyy'));
    expect(epochDayOf(y, m, d)).toBe(day);
    expect(civilOf(day)).toEqual({ y, m, d });
  });

  it('round-trips over the years 1600–2400', () => {
    fc.assert(
      fc.property(days1600to2400, (day) => {
        const { y, m, d } = civilOf(day);
        expect(epochDayOf(y, m, d)).toBe(day);
      }),
    );
  });

  it('civilOf agrees with luxon over 1600–2400', () => {
    fc.assert(
      fc.property(days1600to2400, (day) => {
        const dt = utcDay(day);
        expect(civilOf(day)).toEqual({ y: dt.year, m: dt.month, d: dt.day });
      }),
    );
  });

  it('epochDayOf agrees with luxon over 1600–2400', () => {
    fc.assert(
      fc.property(year, month, fc.integer({ min: 1, max: 31 }), (y, m, d0) => {
        const d = Math.min(d0, DateTime.utc(y, m).daysInMonth!);
        expect(epochDayOf(y, m, d)).toBe(DateTime.utc(y, m, d).toMillis() / DAY_MS);
      }),
    );
  });
});

describe('isLeapYear / daysInMonth', () => {
  it('follows the Gregorian rule: 1900 is not leap, 2000 is, 2028 is, 2026 is not', () => {
    expect([1900, 2000, 2028, 2026, 2100, 2400].map(isLeapYear)).toEqual([false, true, true, false, false, true]);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('agree with luxon', () => {
    fc.assert(
      fc.property(year, month, (y, m) => {
        const dt = DateTime.utc(y, m);
        expect(isLeapYear(y)).toBe(dt.isInLeapYear);
        expect(daysInMonth(y, m)).toBe(dt.daysInMonth);
      }),
    );
  });
});

describe('parseIsoDate / formatIsoDate', () => {
  it('reads existing dates only', () => {
    expect(parseIsoDate('2026-03-29')).toBe(20541);
    expect(parseIsoDate('2028-02-29')).toBe(21243); // Tuesday 29 February 2028
    for (const bad of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });

  it('refuses other shapes and non-strings', () => {
    const bad = ['2026-1-01', '26-01-01', '2026/01/01', ' 2026-01-01', '2026-01-01T00:00', '20260101', '+2026-01-01', ''];
    for (const x of [...bad, 20541, null, undefined, new Date(0)]) expect(parseIsoDate(x), String(x)).toBeNull();
  });

  it('formats with four-digit years', () => {
    expect(formatIsoDate(0)).toBe('1970-01-01');
    expect(formatIsoDate(-1)).toBe('1969-12-31');
    expect(formatIsoDate(epochDayOf(33, 4, 3))).toBe('0033-04-03');
  });

  it('writes 0000-01-01 to 9999-12-31 only: any other day (or no integer) is OUT_OF_RANGE on the input as a whole', () => {
    expect(formatIsoDate(epochDayOf(0, 1, 1))).toBe('0000-01-01');
    expect(formatIsoDate(epochDayOf(9999, 12, 31))).toBe('9999-12-31');
    for (const day of [epochDayOf(10000, 1, 1), epochDayOf(-1, 12, 31), 20541.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(inputIssueTexts(() => formatIsoDate(day)), String(day)).toEqual([' OUT_OF_RANGE']);
    }
  });

  it('parse agrees with luxon on random YYYY-MM-DD text, valid or not', () => {
    const two = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(2, '0'));
    const text = fc
      .tuple(fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')), two(0, 13), two(0, 32))
      .map((p) => p.join('-'));
    fc.assert(
      fc.property(text, (t) => {
        const dt = DateTime.fromISO(t, { zone: 'utc' });
        expect(parseIsoDate(t)).toBe(dt.isValid ? dt.toMillis() / DAY_MS : null);
      }),
    );
  });

  it('format agrees with luxon and round-trips, years 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDayOf(0, 1, 1), max: epochDayOf(9999, 12, 31) }), (day) => {
        const text = formatIsoDate(day);
        expect(text).toBe(utcDay(day).toISODate());
        expect(parseIsoDate(text)).toBe(day);
      }),
    );
  });
});

describe('isoWeekday', () => {
  it('Thursday 1 January 1970 is 4, Sunday 29 March 2026 is 7, Monday 4 May 2026 is 1', () => {
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(20541)).toBe(7);
    expect(isoWeekday(epochDayOf(2026, 5, 4))).toBe(1);
    expect(isoWeekday(-1)).toBe(3); // Wednesday 31 December 1969: negative days too
  });

  it('agrees with luxon', () => {
    fc.assert(
      fc.property(days1600to2400, (day) => {
        expect(isoWeekday(day)).toBe(utcDay(day).weekday);
      }),
    );
  });
});

describe('parseIsoMonth / endOfMonth', () => {
  it('reads YYYY-MM only', () => {
    expect(parseIsoMonth('2028-02')).toEqual({ y: 2028, m: 2 });
    expect(parseIsoMonth('2026-12')).toEqual({ y: 2026, m: 12 });
    for (const x of ['2026-00', '2026-13', '2026-1', '2026-02-01', '202602', ' 2026-02', 202602, null]) {
      expect(parseIsoMonth(x), String(x)).toBeNull();
    }
  });

  it('Tuesday 29 February 2028 ends February 2028; Saturday 28 February 2026 ends February 2026', () => {
    expect(endOfMonth({ y: 2028, m: 2 })).toBe('2028-02-29');
    expect(endOfMonth({ y: 2026, m: 2 })).toBe('2026-02-28');
    expect(endOfMonth({ y: 2026, m: 4 })).toBe('2026-04-30');
    expect(endOfMonth({ y: 2026, m: 12 })).toBe('2026-12-31');
  });

  it('endOfMonth agrees with luxon', () => {
    fc.assert(
      fc.property(year, month, (y, m) => {
        expect(endOfMonth({ y, m })).toBe(DateTime.utc(y, m).endOf('month').toISODate());
      }),
    );
  });
});
