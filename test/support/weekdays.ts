import { epochDayOf, isoWeekday } from '../../src/core/dates.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WRITTEN_DATE = new RegExp(`(${WEEKDAYS.join('|')}) (\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`, 'g');

/**
 * Every "Weekday D Month YYYY" written in a worked example's name, with whether the weekday is right.
 * Worked examples spell their dates out; this keeps the spelling honest.
 */
export function writtenDates(name: string): { text: string; correct: boolean }[] {
  return [...name.matchAll(WRITTEN_DATE)].map((m) => {
    const day = epochDayOf(Number(m[4]), MONTHS.indexOf(m[3]!) + 1, Number(m[2]));
    return { text: m[0], correct: WEEKDAYS[isoWeekday(day) - 1] === m[1] };
  });
}
