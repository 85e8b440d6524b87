import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeDeadline, deadlineComputer, LpNormError } from '../src/index.js';
import { formatIsoDate, parseIsoDate } from '../src/core/dates.js';
import { inputIssueTexts, thrownLpError } from './support/thrown.js';
import { runIsolated } from './support/isolated.js';
import { writtenDates } from './support/weekdays.js';

// deadlineComputer is the batch hot path: it checks its options once, like any input, and each day 0
// (an integer epoch day within the calendar) per call — and every scan over days it makes is bounded.

beforeEach(({ task }) => {
  for (const w of writtenDates(task.name)) expect(w, w.text).toMatchObject({ correct: true });
});

const day = (iso: string): number => parseIsoDate(iso)!;

describe('deadlineComputer: the reported hang', () => {
  it('a computer for Monday 9 February 2065 + 20 months, then a period of days " " from Monday 19 October 2065, returns (an input error), in a fresh process', () => {
    const run = runIsolated(`
      import { deadlineComputer } from './src/index.js';
      const out = [deadlineComputer({ asOf: '1998-02-19', months: 20 })(${day('2065-02-09')})];
      try {
        out.push(deadlineComputer({ asOf: '2026-01-01', days: ' ', months: 14 })(${day('2065-10-19')}));
      } catch (e) {
        out.push(e.name + ' ' + e.issues.map((i) => i.path + ' ' + i.code).join(', '));
      }
      console.log(JSON.stringify(out));
    `);
    expect(run.timedOut, 'returned').toBe(false);
    expect(JSON.parse(run.stdout)).toEqual([day('2066-10-11'), 'LpInputError /days INVALID_TYPE']);
  });

  it('closed periods that never end (a norm whose féries fill every year) are NORM_INVALID, not an endless merge', () => {
    const run = runIsolated(`
      import { LegalCalendar } from './src/core/calendar/legal-calendar.js';
      const always = [{ id: 'always', name: { fr: 'toujours', en: 'always' }, from: { month: 1, day: 1 }, to: { month: 12, day: 31 } }];
      const calendar = new LegalCalendar({ canton: 'GE', feries: always });
      try { console.log(JSON.stringify(calendar.closedPeriodAt(20000))); } catch (e) { console.log(e.name + ' ' + e.code); }
    `);
    expect(run.timedOut, 'returned').toBe(false);
    expect(run.stdout.trim()).toBe('LpNormError NORM_INVALID');
  });
});

describe('deadlineComputer validates its options like every entry point', () => {
  it.each([
    [{ asOf: '2026-01-01', days: -5 }, ['/days OUT_OF_RANGE']],
    [{ asOf: '2026-01-01', months: 1.5 }, ['/months INVALID_TYPE']],
    [{ asOf: 'garbage', days: 10 }, ['/asOf INVALID_DATE']],
    [{ asOf: '2026-02-30', days: 10 }, ['/asOf INVALID_DATE']],
    [{ asOf: '2026-01-01', days: ' ', months: 14 }, ['/days INVALID_TYPE']],
    [{ asOf: '2026-01-01', days: 10, canton: 'XX' }, ['/canton INVALID_VALUE']],
    [{ asOf: '2026-01-01', days: 10, lp63: 'no' }, ['/lp63 INVALID_TYPE']],
    [{ asOf: '2026-01-01', days: 10, interpretation: { shiftIntoFeries: 'maybe' } }, ['/interpretation/shiftIntoFeries INVALID_VALUE']],
    [{ asOf: '2026-01-01', weeks: 2 }, ['/weeks UNKNOWN_PROPERTY']],
    [{ asOf: '2026-01-01' }, [' OUT_OF_RANGE']],
    [{ asOf: '2026-01-01', days: 0, months: 0 }, [' OUT_OF_RANGE']],
    [{ days: 10 }, ['/asOf REQUIRED']],
    [null, [' INVALID_TYPE']],
  ])('%j → %j', (options, issues) => {
    expect(inputIssueTexts(() => deadlineComputer(options as never))).toEqual(issues);
  });

  it.each([
    ['a numeric text', '20500'],
    ['a fraction', 20500.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['beyond 2^53', 2 ** 60],
    ['a BigInt', 20500n],
    ['nothing', undefined],
  ])('day 0 that is %s is INVALID_TYPE', (_what, day0) => {
    const lastDay = deadlineComputer({ asOf: '2026-01-01', days: 10 });
    expect(inputIssueTexts(() => lastDay(day0 as number))).toEqual([' INVALID_TYPE']);
  });

  it.each([
    ['Sunday 31 December 1899, before the calendar', '1899-12-31'],
    ['Saturday 1 January 2101, after it', '2101-01-01'],
  ])('day 0 on %s is OUT_OF_RANGE', (_what, iso) => {
    const lastDay = deadlineComputer({ asOf: '2026-01-01', days: 10 });
    expect(inputIssueTexts(() => lastDay(day(iso)))).toEqual([' OUT_OF_RANGE']);
  });

  it('a last day past the calendar (day 0 on Monday 20 December 2100) is NO_NORM_IN_FORCE, not a guess', () => {
    const lastDay = deadlineComputer({ asOf: '2026-01-01', days: 30 });
    const e = thrownLpError(() => lastDay(day('2100-12-20')));
    expect(e).toBeInstanceOf(LpNormError);
    expect(e.code).toBe('NO_NORM_IN_FORCE');
  });

  it('agrees with computeDeadline on any valid period and day, whatever was computed before', () => {
    const computers = new Map<string, (d: number) => number>();
    fc.assert(
      fc.property(
        // The latest start plus 400 days and 24 months (and the shifts) stays within the holiday table (2100).
        fc.integer({ min: day('1998-01-01'), max: day('2096-12-31') }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 24 }),
        fc.boolean(),
        (d0, days, months, lp63) => {
          fc.pre(days + months > 0);
          const key = `${days}|${months}|${lp63}`;
          if (!computers.has(key)) computers.set(key, deadlineComputer({ asOf: '2026-01-01', days, months, lp63 }));
          const from = formatIsoDate(d0);
          const expected = computeDeadline({ from, period: { days, months }, lp63 }).lastDay;
          expect(formatIsoDate(computers.get(key)!(d0))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
