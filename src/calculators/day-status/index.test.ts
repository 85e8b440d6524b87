import { describe, expect, it } from 'vitest';
import { inputIssues } from '../../../test/support/thrown.js';
import { LpNormError } from '../../core/errors.js';
import { dayStatus, type DayStatusInput } from './index.js';

// dayStatus: what a civil date is for debt enforcement — public holiday of the canton (J 1 45 art. 1 for
// Geneva), working day (CPC 142 al. 3), féries (LP 56 ch. 2).

const issuesOf = (input: unknown): { path: string; code: string }[] => inputIssues(() => dayStatus(input as DayStatusInput));

describe('dayStatus — input errors', () => {
  it('a day that does not exist is INVALID_DATE at /date', () => {
    expect(issuesOf({ date: '2026-02-30' })).toEqual([{ path: '/date', code: 'INVALID_DATE' }]);
    expect(issuesOf({ date: '2026-13-01' })).toEqual([{ path: '/date', code: 'INVALID_DATE' }]);
  });

  it('a malformed date or an unknown canton is refused by the schema', () => {
    expect(issuesOf({ date: '10.09.2026' })).toEqual([{ path: '/date', code: 'INVALID_DATE' }]);
    expect(issuesOf({ date: '2026-09-10', canton: 'XX' })).toEqual([{ path: '/canton', code: 'INVALID_VALUE' }]);
  });

  it('the LP norms apply from Wed 1 January 1997: Tue 31 December 1996 has none in force', () => {
    expect(() => dayStatus({ date: '1996-12-31' })).toThrow(LpNormError);
    try {
      dayStatus({ date: '1996-12-31' });
    } catch (e) {
      expect((e as LpNormError).code).toBe('NO_NORM_IN_FORCE');
    }
    // 1 January 1997: New Year, and the last day of the Christmas féries.
    expect(dayStatus({ date: '1997-01-01' })).toMatchObject({ publicHoliday: true, workingDay: false, feries: true });
  });
});

describe('dayStatus — the three trace steps', () => {
  it('a Geneva holiday outside the féries: Jeûne genevois, Thu 10 September 2026', () => {
    const s = dayStatus({ date: '2026-09-10' });
    expect(s).toMatchObject({ publicHoliday: true, holidayName: { fr: 'Jeûne genevois', en: 'Geneva Fast' }, workingDay: false, feries: false });
    expect(s.trace).toEqual([
      {
        rule: 'calendar.public-holiday',
        citation: 'J 1 45 art. 1 al. 1',
        text: { fr: 'Jour férié dans le canton (GE) : Jeûne genevois.', en: 'Public holiday in the canton (GE): Geneva Fast.' },
        values: { date: '2026-09-10', canton: 'GE', publicHoliday: true },
      },
      {
        rule: 'calendar.working-day',
        citation: 'CPC 142 al. 3',
        text: {
          fr: 'Pas un jour ouvrable (samedi, dimanche ou jour férié) : un délai qui y expire est reporté.',
          en: 'Not a working day (Saturday, Sunday or holiday): a deadline ending on it is moved.',
        },
        values: { workingDay: false },
      },
      {
        rule: 'calendar.feries',
        citation: 'LP 56 ch. 2',
        text: { fr: 'Hors des féries de poursuite.', en: 'Outside the debt-enforcement féries.' },
        values: { feries: false },
      },
    ]);
  });

  it('a working day within the Easter féries: Maundy Thursday, Thu 2 April 2026 (an observance, not a holiday)', () => {
    const s = dayStatus({ date: '2026-04-02' });
    expect(s).toMatchObject({ publicHoliday: false, workingDay: true, feries: true });
    expect(s.holidayName).toBeUndefined();
    expect(s.trace.map((t) => t.values)).toEqual([{ date: '2026-04-02', canton: 'GE', publicHoliday: false }, { workingDay: true }, { feries: true }]);
    expect(s.trace[0]!.text).toEqual({ fr: 'Pas un jour férié dans le canton (GE).', en: 'Not a public holiday in the canton (GE).' });
    expect(s.trace[1]!.text).toEqual({ fr: 'Jour ouvrable : un délai peut y expirer.', en: 'Working day: a deadline can end on it.' });
    expect(s.trace[2]!.text).toEqual({ fr: 'Pendant les féries de Pâques : aucun acte de poursuite.', en: 'Within the Easter féries: no enforcement act.' });
  });

  it('the canton is recorded: Fri 2 January 2026 in Vaud (Saint-Berthold) vs Geneva (a bank day only)', () => {
    const vd = dayStatus({ date: '2026-01-02', canton: 'VD' });
    expect(vd).toMatchObject({ publicHoliday: true, workingDay: false, feries: false });
    expect(vd.trace[0]!.values).toEqual({ date: '2026-01-02', canton: 'VD', publicHoliday: true });
    const ge = dayStatus({ date: '2026-01-02' });
    expect(ge).toMatchObject({ publicHoliday: false, workingDay: true, feries: false });
    expect(ge.trace[0]!.values).toEqual({ date: '2026-01-02', canton: 'GE', publicHoliday: false });
  });

  it('Christmas féries: Fri 18 December 2026 is their first day, Thu 17 December is not; 1 January is the last', () => {
    expect(dayStatus({ date: '2026-12-17' }).feries).toBe(false);
    expect(dayStatus({ date: '2026-12-18' }).trace[2]).toMatchObject({ values: { feries: true }, text: { en: 'Within the Christmas féries: no enforcement act.' } });
    expect(dayStatus({ date: '2027-01-01' }).feries).toBe(true);
    expect(dayStatus({ date: '2027-01-02' }).feries).toBe(false);
  });

  it('summer féries: Fri 31 July 2026 is their last day; Sat 1 August 2026 is the national holiday, outside them', () => {
    expect(dayStatus({ date: '2026-07-31' })).toMatchObject({ feries: true, workingDay: true, publicHoliday: false });
    const aug1 = dayStatus({ date: '2026-08-01' });
    expect(aug1).toMatchObject({ feries: false, workingDay: false, publicHoliday: true, holidayName: { fr: 'Fête nationale' } });
    expect(aug1.trace[2]!.values).toEqual({ feries: false });
  });

  it('substitute-holiday reading: Mon 2 August 2027 (1 August on a Sunday) is a holiday, named after it', () => {
    const s = dayStatus({ date: '2027-08-02', interpretation: { substituteHoliday: 'holiday' } });
    expect(s).toMatchObject({ publicHoliday: true, workingDay: false, holidayName: { fr: 'lendemain de Fête nationale', en: 'day after National Day' } });
    expect(s.trace[0]!.values).toEqual({ date: '2027-08-02', canton: 'GE', publicHoliday: true });
    // A Geneva reading only: in Zurich the Monday stays a working day.
    expect(dayStatus({ date: '2027-08-02', canton: 'ZH', interpretation: { substituteHoliday: 'holiday' } })).toMatchObject({ publicHoliday: false, workingDay: true });
  });
});
