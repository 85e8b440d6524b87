import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { computeDeadline, createLpRules, deadlineComputer, loadNorms, LpNormError } from '../src/index.js';
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
      import { LegalCalendar } from './src/engines/calendar/legal-calendar.js';
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

describe('deadlineComputer: its result carries the provenance every other result does', () => {
  const served = day('2026-03-18');
  // The package's lp.deadlines without the Easter féries: a rule-set file a norm owner loads at run time.
  const noEaster = () => {
    const set = JSON.parse(readFileSync('src/rules/lp/deadlines.rules.json', 'utf8')) as { parameters: { feries: { values: { value: { id: string }[] }[] } } };
    for (const v of set.parameters.feries.values) v.value = v.value.filter((p) => p.id !== 'easter');
    return loadNorms([{ name: 'sans-paques.rules.json', content: set }]);
  };

  it('built-in norms: served Wednesday 18 March 2026, day 10 is Saturday 28 March 2026 in the Easter féries, the last day Wednesday 15 April 2026 — and the provenance is computeDeadline’s', () => {
    const lastDay = deadlineComputer({ asOf: '2026-03-18', days: 10 });
    expect(formatIsoDate(lastDay(served))).toBe('2026-04-15');
    const reference = computeDeadline({ from: '2026-03-18', period: { days: 10 } });
    expect(reference.lastDay).toBe('2026-04-15');
    expect(lastDay.provenance).toEqual(reference.provenance);
    expect(lastDay.provenance.norms.map((n) => n.family)).toEqual(['lp.deadlines', 'lp.acts']);
    expect(lastDay.provenance.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(lastDay.provenance.package).toMatch(/^lp-rules@/);
    expect(Object.isFrozen(lastDay)).toBe(true);
  });

  it('norms loaded at run time (no Easter féries): the last day is Monday 30 March 2026, and the provenance names the file, as computeDeadline’s does', () => {
    const norms = noEaster();
    const builtIn = deadlineComputer({ asOf: '2026-03-18', days: 10 });
    for (const lastDay of [deadlineComputer({ asOf: '2026-03-18', days: 10 }, { norms }), createLpRules({ norms }).deadlineComputer({ asOf: '2026-03-18', days: 10 })]) {
      expect(formatIsoDate(lastDay(served))).toBe('2026-03-30');
      const reference = computeDeadline({ from: '2026-03-18', period: { days: 10 } }, { norms });
      expect(reference.lastDay).toBe('2026-03-30');
      expect(lastDay.provenance).toEqual(reference.provenance);
      expect(lastDay.provenance.norms.find((n) => n.family === 'lp.deadlines')?.origin).toBe('sans-paques.rules.json');
      expect(lastDay.provenance.fingerprint).not.toBe(builtIn.provenance.fingerprint);
    }
    // The package's own function keeps the built-in norms.
    expect(formatIsoDate(builtIn(served))).toBe('2026-04-15');
  });

  it('options that are not { norms } made by loadNorms are an input error at /options…', () => {
    expect(inputIssueTexts(() => deadlineComputer({ asOf: '2026-03-18', days: 10 }, { norms: {} } as never))).toEqual(['/options/norms INVALID_TYPE']);
  });
});
