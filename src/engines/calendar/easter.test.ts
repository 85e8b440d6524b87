import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { writtenDates } from '../../../test/support/weekdays.js';
import { formatIsoDate } from '../../core/dates.js';
import { easterSunday } from './easter.js';

describe('easterSunday', () => {
  it.each([
    ['Sunday 20 April 2025', 2025, '2025-04-20'],
    ['Sunday 5 April 2026', 2026, '2026-04-05'],
    ['Sunday 28 March 2027', 2027, '2027-03-28'],
    ['Sunday 16 April 2028', 2028, '2028-04-16'],
    ['Sunday 22 March 2285, the earliest possible', 2285, '2285-03-22'],
    ['Sunday 25 April 2038, the latest possible', 2038, '2038-04-25'],
  ])('%s', (name, year, date) => {
    expect(writtenDates(name).every((w) => w.correct)).toBe(true);
    expect(formatIsoDate(easterSunday(year))).toBe(date);
  });

  // Oracle: date-holidays' own computus (its "easter" rule, Switzerland), an independent implementation.
  it('equals date-holidays over 1900–2100', () => {
    const hd = new Holidays('CH');
    const wrong: string[] = [];
    for (let y = 1900; y <= 2100; y++) {
      const oracle = hd.getHolidays(y).find((h) => h.rule === 'easter')!.date.slice(0, 10);
      const ours = formatIsoDate(easterSunday(y));
      if (ours !== oracle) wrong.push(`${y}: ${ours} ≠ ${oracle}`);
    }
    expect(wrong).toEqual([]);
  });
});
