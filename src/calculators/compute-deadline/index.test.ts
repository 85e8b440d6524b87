import { describe, expect, it } from 'vitest';
import { inputIssues } from '../../../test/support/thrown.js';
import { LpNormError } from '../../core/errors.js';
import { computeDeadline, type ComputeDeadlineInput } from './index.js';

// computeDeadline: any LP deadline from an event (CPC 142 via LP 31; LP 63), Geneva calendar by default.

const issuesOf = (input: unknown): { path: string; code: string }[] => inputIssues(() => computeDeadline(input as ComputeDeadlineInput));

const startStep = (input: ComputeDeadlineInput) => {
  const step = computeDeadline(input).trace[0]!;
  expect(step.rule).toBe('lp.deadlines.start');
  expect(step.citation).toBe('CPC 142 al. 1');
  return step;
};

describe('computeDeadline — input errors', () => {
  it('a day that does not exist is INVALID_DATE at /from', () => {
    expect(issuesOf({ from: '2026-02-30', period: { days: 10 } })).toEqual([{ path: '/from', code: 'INVALID_DATE' }]);
  });

  it('an empty period is OUT_OF_RANGE at /period, whichever components are given as zero', () => {
    expect(issuesOf({ from: '2026-05-04', period: {} })).toEqual([{ path: '/period', code: 'OUT_OF_RANGE' }]);
    expect(issuesOf({ from: '2026-05-04', period: { days: 0, months: 0, years: 0 } })).toEqual([{ path: '/period', code: 'OUT_OF_RANGE' }]);
  });

  it('every problem is reported at once, in input order: date, suspensions, period', () => {
    expect(
      issuesOf({ from: '2026-02-30', period: { months: 0 }, suspensions: [{ from: '2026-06-12', to: '2026-06-08' }] }),
    ).toEqual([
      { path: '/from', code: 'INVALID_DATE' },
      { path: '/suspensions/0/to', code: 'OUT_OF_RANGE' },
      { path: '/period', code: 'OUT_OF_RANGE' },
    ]);
    expect(issuesOf({ from: '2026-05-04', period: { days: 1 }, suspensions: [{ from: '2026-04-31', to: '2026-05-02' }] })).toEqual([
      { path: '/suspensions/0/from', code: 'INVALID_DATE' },
    ]);
  });

  it('schema limits: negative or too long periods, a non-boolean lp63', () => {
    expect(issuesOf({ from: '2026-05-04', period: { days: -1 } })).toEqual([{ path: '/period/days', code: 'OUT_OF_RANGE' }]);
    expect(issuesOf({ from: '2026-05-04', period: { years: 101 } })).toEqual([{ path: '/period/years', code: 'OUT_OF_RANGE' }]);
    expect(issuesOf({ from: '2026-05-04', period: { days: 10 }, lp63: 'yes' })).toEqual([{ path: '/lp63', code: 'INVALID_TYPE' }]);
  });

  it('a period of months and years only is a period (one year and one month is not zero)', () => {
    // Mon 4 May 2026 + 1 year 1 month = Fri 4 June 2027, a working day.
    const d = computeDeadline({ from: '2026-05-04', period: { years: 1, months: 1 } });
    expect(d).toMatchObject({ startsOn: '2026-05-05', nominalEnd: '2027-06-04', lastDay: '2027-06-04', extensions: [] });
  });

  it('the LP norms apply from 1 January 1997: an earlier event has no norm in force', () => {
    // Tue 31 Dec 1996: refused; Wed 1 Jan 1997 + 10 days = Sat 11 Jan 1997, moved to Mon 13 Jan 1997.
    try {
      computeDeadline({ from: '1996-12-31', period: { days: 10 } });
      throw new Error('expected LpNormError');
    } catch (e) {
      expect(e).toBeInstanceOf(LpNormError);
      expect((e as LpNormError).code).toBe('NO_NORM_IN_FORCE');
      expect((e as LpNormError).details).toMatchObject({ ruleSet: 'lp.deadlines', asOf: '1996-12-31' });
    }
    expect(computeDeadline({ from: '1997-01-01', period: { days: 10 } })).toMatchObject({ nominalEnd: '1997-01-11', lastDay: '1997-01-13' });
  });
});

describe('computeDeadline — the first trace step states the period in both languages', () => {
  it('years, months and days together, separated by spaces', () => {
    // Mon 4 May 2026 + 1 year 2 months = Sun 4 July 2027, + 3 days = Wed 7 July 2027 (before the summer féries).
    const input = { from: '2026-05-04', period: { years: 1, months: 2, days: 3 } };
    expect(computeDeadline(input)).toMatchObject({ nominalEnd: '2027-07-07', lastDay: '2027-07-07' });
    expect(startStep(input).text).toEqual({
      fr: "Délai de 1 an(s) 2 mois 3 jour(s) dès l'événement du lundi 4 mai 2026 : il court dès le lendemain.",
      en: 'Deadline of 1 year(s) 2 month(s) 3 day(s) from the event on Monday 4 May 2026: it runs from the next day.',
    });
  });

  it('a component left out or zero is not written', () => {
    expect(startStep({ from: '2026-05-04', period: { days: 10 } }).text).toEqual({
      fr: "Délai de 10 jour(s) dès l'événement du lundi 4 mai 2026 : il court dès le lendemain.",
      en: 'Deadline of 10 day(s) from the event on Monday 4 May 2026: it runs from the next day.',
    });
    expect(startStep({ from: '2026-05-04', period: { months: 6, days: 0 } }).text).toEqual({
      fr: "Délai de 6 mois dès l'événement du lundi 4 mai 2026 : il court dès le lendemain.",
      en: 'Deadline of 6 month(s) from the event on Monday 4 May 2026: it runs from the next day.',
    });
    expect(startStep({ from: '2026-05-04', period: { years: 1 } }).text).toEqual({
      fr: "Délai de 1 an(s) dès l'événement du lundi 4 mai 2026 : il court dès le lendemain.",
      en: 'Deadline of 1 year(s) from the event on Monday 4 May 2026: it runs from the next day.',
    });
  });

  it('records the event, each component (0 when left out), the canton and whether LP 63 applies', () => {
    expect(startStep({ from: '2026-05-04', period: { days: 10 } }).values).toEqual({ from: '2026-05-04', days: 10, months: 0, years: 0, canton: 'GE', lp63: true });
    expect(startStep({ from: '2026-05-04', period: { months: 6 }, lp63: true, canton: 'ZH' }).values).toEqual({
      from: '2026-05-04',
      days: 0,
      months: 6,
      years: 0,
      canton: 'ZH',
      lp63: true,
    });
    expect(startStep({ from: '2026-05-04', period: { years: 2 }, lp63: false }).values).toMatchObject({ years: 2, lp63: false });
  });
});

describe('computeDeadline — end of the deadline', () => {
  it('CPC 142 al. 3: day 10 on Ascension (Thu 14 May 2026) moves to Fri 15 May 2026', () => {
    const d = computeDeadline({ from: '2026-05-04', period: { days: 10 } });
    expect(d).toMatchObject({ effectiveFrom: '2026-05-04', startsOn: '2026-05-05', nominalEnd: '2026-05-14', lastDay: '2026-05-15' });
    expect(d.extensions).toEqual([{ reason: 'holiday', until: '2026-05-15', name: 'Ascension' }]);
    expect(d.trace.at(-1)).toMatchObject({ rule: 'lp.deadlines.last-day', citation: 'CPC 142 al. 3', values: { lastDay: '2026-05-15', extensions: 1 } });
  });

  it('summer féries (15–31 July): day 10 on their eve stands; on their first day LP 63 extends it', () => {
    // Sat 4 July 2026 + 10 = Tue 14 July 2026: a working day before the féries.
    expect(computeDeadline({ from: '2026-07-04', period: { days: 10 } })).toMatchObject({ lastDay: '2026-07-14', extensions: [] });
    // Sun 5 July 2026 + 10 = Wed 15 July 2026, in the féries; after Fri 31 July, Sat 1 August (holiday) and
    // Sun 2 August do not count: Mon 3, Tue 4, Wed 5 August 2026.
    const d = computeDeadline({ from: '2026-07-05', period: { days: 10 } });
    expect(d).toMatchObject({ nominalEnd: '2026-07-15', lastDay: '2026-08-05' });
    expect(d.extensions).toEqual([{ reason: 'feries', until: '2026-08-05', name: "féries d'été" }]);
    expect(d.trace.at(-1)?.citation).toBe('LP 63');
  });

  it('LP 63 is not monotone at the end of the summer féries', () => {
    // Tue 21 July 2026 + 10 = Fri 31 July 2026, the last féries day: extended to Wed 5 August 2026.
    expect(computeDeadline({ from: '2026-07-21', period: { days: 10 } })).toMatchObject({ nominalEnd: '2026-07-31', lastDay: '2026-08-05' });
    // Wed 22 July 2026 + 10 = Sat 1 August 2026 (a holiday, outside the féries): moved to Mon 3 August 2026.
    const d = computeDeadline({ from: '2026-07-22', period: { days: 10 } });
    expect(d).toMatchObject({ nominalEnd: '2026-08-01', lastDay: '2026-08-03' });
    expect(d.extensions).toEqual([{ reason: 'holiday', until: '2026-08-03', name: 'Fête nationale' }]);
  });

  it('Easter féries 2026 (Sun 29 March – Sun 12 April): ending on their last day vs the day after', () => {
    // Thu 2 April 2026 + 10 = Sun 12 April 2026, in the féries: Mon 13, Tue 14, Wed 15 April 2026.
    expect(computeDeadline({ from: '2026-04-02', period: { days: 10 } })).toMatchObject({ nominalEnd: '2026-04-12', lastDay: '2026-04-15' });
    // Fri 3 April 2026 + 10 = Mon 13 April 2026, a working day after the féries.
    expect(computeDeadline({ from: '2026-04-03', period: { days: 10 } })).toMatchObject({ nominalEnd: '2026-04-13', lastDay: '2026-04-13', extensions: [] });
  });

  it('a suspension (LP 63) extends like the féries; with lp63: false it does not', () => {
    // Mon 1 June 2026 + 10 = Thu 11 June 2026, within a suspension Mon 8 – Fri 12 June: Mon 15, Tue 16, Wed 17 June 2026.
    const input = { from: '2026-06-01', period: { days: 10 }, suspensions: [{ from: '2026-06-08', to: '2026-06-12' }] };
    const d = computeDeadline(input);
    expect(d).toMatchObject({ nominalEnd: '2026-06-11', lastDay: '2026-06-17' });
    expect(d.extensions).toEqual([{ reason: 'feries', until: '2026-06-17', name: 'suspension' }]);
    expect(computeDeadline({ ...input, lp63: false })).toMatchObject({ lastDay: '2026-06-11', extensions: [] });
    // A suspension ending the day before day 10 changes nothing: Thu 11 June 2026 stands.
    expect(computeDeadline({ ...input, suspensions: [{ from: '2026-06-08', to: '2026-06-10' }] })).toMatchObject({ lastDay: '2026-06-11', extensions: [] });
  });

  it('does not modify its input', () => {
    const input = { from: '2026-06-01', period: { days: 10 }, suspensions: [{ from: '2026-06-08', to: '2026-06-12' }] };
    const before = structuredClone(input);
    computeDeadline(input);
    expect(input).toEqual(before);
  });
});
