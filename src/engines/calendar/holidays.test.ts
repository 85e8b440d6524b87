import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { writtenDates } from '../../../test/support/weekdays.js';
import json from '../../rules/calendar/holidays.generated.json';
import { HolidayTableSchema } from '../../schemas/holidays.js';
import { formatIsoDate, parseIsoDate } from '../../core/dates.js';
import { LpError, LpInputError, LpNormError } from '../../core/errors.js';
import {
  CANTONS,
  holidayCitation,
  isCanton,
  isPublicHoliday,
  publicHolidayName,
  publicHolidaysOfYear,
  type Canton,
} from './holidays.js';

const day = (iso: string): number => parseIsoDate(iso)!;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBR: Record<string, string> = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' };

// norms.md §1.2, copied as printed there (weekday as written, checked against the calendar below).
const GENEVA: [string, string, string, string, string][] = [
  ['Nouvel An', 'Wed 01-01', 'Thu 01-01', 'Fri 01-01', 'Sat 01-01'],
  ['Vendredi saint', 'Fri 04-18', 'Fri 04-03', 'Fri 03-26', 'Fri 04-14'],
  ['Lundi de Pâques', 'Mon 04-21', 'Mon 04-06', 'Mon 03-29', 'Mon 04-17'],
  ['Ascension', 'Thu 05-29', 'Thu 05-14', 'Thu 05-06', 'Thu 05-25'],
  ['Lundi de Pentecôte', 'Mon 06-09', 'Mon 05-25', 'Mon 05-17', 'Mon 06-05'],
  ['Fête nationale', 'Fri 08-01', 'Sat 08-01', 'Sun 08-01', 'Tue 08-01'],
  ['Jeûne genevois', 'Thu 09-11', 'Thu 09-10', 'Thu 09-09', 'Thu 09-07'],
  ['Noël', 'Thu 12-25', 'Fri 12-25', 'Sat 12-25', 'Mon 12-25'],
  ['Restauration de la République', 'Wed 12-31', 'Thu 12-31', 'Fri 12-31', 'Sun 12-31'],
];
const YEARS = [2025, 2026, 2027, 2028];
const genevaDays = GENEVA.flatMap(([name, ...cells]) =>
  cells.map((cell, i) => {
    const [wd, md] = cell.split(' ') as [string, string];
    const iso = `${YEARS[i]}-${md}`;
    const [, m, d] = iso.split('-').map(Number) as [number, number, number];
    return { title: `${ABBR[wd]} ${d} ${MONTHS[m - 1]} ${YEARS[i]}, ${name}`, iso, name };
  }),
);

describe('Geneva (J 1 45 art. 1 al. 1), norms §1.2', () => {
  it.each(genevaDays)('$title', ({ title, iso, name }) => {
    expect(writtenDates(title)).toEqual([expect.objectContaining({ correct: true })]);
    expect(isPublicHoliday(day(iso), 'GE')).toBe(true);
    expect(publicHolidayName(day(iso), 'GE')?.fr).toBe(name);
  });

  it.each(YEARS)('%i: exactly the nine holidays of the law, weekends included', (year) => {
    const expected = genevaDays.filter((g) => g.iso.startsWith(`${year}-`)).sort((a, b) => a.iso.localeCompare(b.iso));
    expect(publicHolidaysOfYear('GE', year).map((h) => [h.date, h.name.fr])).toEqual(expected.map((g) => [g.iso, g.name]));
  });

  it.each([
    ['Thursday 5 September 2024, Jeûne genevois (1 September a Sunday counts)', '2024-09-05'],
    ['Thursday 5 September 2030, Jeûne genevois (1 September a Sunday counts)', '2030-09-05'],
    ['Thursday 6 September 1900, Jeûne genevois (1 September a Saturday)', '1900-09-06'],
  ])('%s', (title, iso) => {
    expect(writtenDates(title).every((w) => w.correct)).toBe(true);
    expect(publicHolidayName(day(iso), 'GE')?.fr).toBe('Jeûne genevois');
    expect(isPublicHoliday(day(iso) + 7, 'GE')).toBe(false);
  });

  it.each([
    ['Friday 2 January 2026 (a bank day in date-holidays)', '2026-01-02'],
    ['Friday 26 December 2025, St Stephen (a bank day in date-holidays)', '2025-12-26'],
    ['Thursday 2 April 2026, Maundy Thursday (an observance)', '2026-04-02'],
    ['Monday 2 August 2027: 1 August on a Sunday gives no substitute day', '2027-08-02'],
    ['Friday 1 May 2026', '2026-05-01'],
    ['Thursday 4 June 2026, Corpus Christi', '2026-06-04'],
    ['Friday 15 August 2025', '2025-08-15'],
    ['Monday 1 November 2027', '2027-11-01'],
    ['Tuesday 8 December 2026', '2026-12-08'],
    ['Sunday 5 April 2026, Easter Sunday (always a Sunday: left out of the table)', '2026-04-05'],
    ['Sunday 24 May 2026, Whit Sunday (always a Sunday: left out of the table)', '2026-05-24'],
  ])('%s is not a Geneva public holiday', (title, iso) => {
    expect(writtenDates(title).every((w) => w.correct)).toBe(true);
    expect(isPublicHoliday(day(iso), 'GE')).toBe(false);
    expect(publicHolidayName(day(iso), 'GE')).toBeUndefined();
  });

  it('cites the Geneva law; the other cantons cite the data they come from', () => {
    expect(holidayCitation('GE')).toEqual({ document: 'J 1 45', article: 'art. 1', paragraph: '1' });
    expect(holidayCitation('ZH')).toEqual({ document: 'date-holidays 3.35.0 (CH-ZH)', article: 'CH.yaml' });
  });
});

describe('every canton', () => {
  it('the 26 cantons, and only they', () => {
    expect([...CANTONS].sort()).toEqual(Object.keys(json.cantons).sort());
    expect(CANTONS).toHaveLength(26);
    expect(CANTONS.every(isCanton)).toBe(true);
    for (const x of ['CH', 'ge', '', 'constructor', '__proto__', 1, null, undefined]) expect(isCanton(x)).toBe(false);
  });

  it.each(CANTONS)('%s: 1 August is a holiday (Cst. art. 110 al. 3) from 1900 to 2100', (canton) => {
    for (let y = 1900; y <= 2100; y++) expect(isPublicHoliday(day(`${y}-08-01`), canton), `${y}`).toBe(true);
  });

  it('Thursday 1 May 2008 is both Labour Day and Ascension in Zurich: the year lists both, the first names the day', () => {
    expect(writtenDates('Thursday 1 May 2008')[0]!.correct).toBe(true);
    expect(publicHolidaysOfYear('ZH', 2008).filter((h) => h.date === '2008-05-01').map((h) => h.name.fr)).toEqual(['Fête du travail', 'Ascension']);
    expect(publicHolidayName(day('2008-05-01'), 'ZH')?.fr).toBe('Fête du travail');
  });

  it('years are sorted and names are in French and English', () => {
    for (const canton of CANTONS) {
      const list = publicHolidaysOfYear(canton, 2026);
      expect(list.map((h) => h.date)).toEqual(list.map((h) => h.date).sort());
      for (const h of list) expect(h.name.fr && h.name.en && /^\d{4}-\d{2}-\d{2}$/.test(h.date)).toBeTruthy();
    }
  });
});

describe('outside the table: an error, never a silent "no holiday"', () => {
  it.each([
    ['Sunday 31 December 1899', '1899-12-31'],
    ['Saturday 1 January 2101', '2101-01-01'],
  ])('%s throws NO_NORM_IN_FORCE', (title, iso) => {
    expect(writtenDates(title)[0]!.correct).toBe(true);
    for (const f of [isPublicHoliday, publicHolidayName]) {
      const e = catchError(() => f(day(iso), 'GE'));
      expect(e).toBeInstanceOf(LpNormError);
      expect(e).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { canton: 'GE', date: iso } });
      expect((e as LpNormError).messages.fr).toContain('jours fériés');
      expect((e as LpNormError).messages.en).toContain('public-holiday table');
    }
  });

  it.each([1899, 2101])('publicHolidaysOfYear(%i) throws NO_NORM_IN_FORCE', (year) => {
    expect(catchError(() => publicHolidaysOfYear('GE', year))).toMatchObject({ code: 'NO_NORM_IN_FORCE' });
  });

  it('Monday 1 January 1900 and Friday 31 December 2100, the ends of the table, are holidays', () => {
    expect(writtenDates('Monday 1 January 1900, Friday 31 December 2100').every((w) => w.correct)).toBe(true);
    expect(isPublicHoliday(day('1900-01-01'), 'GE')).toBe(true);
    expect(isPublicHoliday(day('2100-12-31'), 'GE')).toBe(true);
  });

  it('an unknown canton or a day that is not an integer is an input error', () => {
    expect(catchError(() => isPublicHoliday(day('2026-01-01'), 'XX' as Canton))).toBeInstanceOf(LpInputError);
    expect(catchError(() => isPublicHoliday(day('2026-01-01'), 'constructor' as Canton))).toBeInstanceOf(LpInputError);
    expect(catchError(() => holidayCitation('toString' as Canton))).toBeInstanceOf(LpInputError);
    expect(catchError(() => isPublicHoliday(20000.5, 'GE'))).toBeInstanceOf(LpInputError);
    expect(catchError(() => isPublicHoliday(Number.NaN, 'GE'))).toBeInstanceOf(LpInputError);
    expect(catchError(() => publicHolidaysOfYear('GE', 2026.5))).toBeInstanceOf(LpInputError);
  });
});

const cantonArb = fc.constantFrom(...CANTONS);
const dayArb = fc.integer({ min: day('1900-01-01'), max: day('2100-12-31') });

describe('properties', () => {
  it('isPublicHoliday, publicHolidayName and publicHolidaysOfYear agree on any day and canton', () => {
    fc.assert(
      fc.property(cantonArb, dayArb, (canton, d) => {
        const iso = formatIsoDate(d);
        const listed = publicHolidaysOfYear(canton, Number(iso.slice(0, 4))).filter((h) => h.date === iso);
        expect(isPublicHoliday(d, canton)).toBe(listed.length > 0);
        expect(publicHolidayName(d, canton)).toEqual(listed[0]?.name);
      }),
      { numRuns: 2000 },
    );
  });

  // Fresh module instances: one looks X up first, the other after Y (days of Y's holidays, mostly).
  it("canton X's answer never depends on canton Y having been looked up first (cache isolation)", async () => {
    const holidayOf = fc
      .tuple(cantonArb, fc.integer({ min: 1900, max: 2100 }), fc.nat())
      .map(([c, y, i]) => {
        const list = publicHolidaysOfYear(c, y);
        return day(list[i % list.length]!.date);
      });
    const fresh = async () => {
      vi.resetModules();
      return import('./holidays.js');
    };
    await fc.assert(
      fc.asyncProperty(cantonArb, cantonArb, fc.array(fc.oneof(holidayOf, dayArb), { minLength: 1, maxLength: 8 }), async (x, y, ds) => {
        const alone = await fresh();
        const expected = ds.map((d) => [alone.isPublicHoliday(d, x), alone.publicHolidayName(d, x)]);
        const after = await fresh();
        expect(after).not.toBe(alone);
        for (const d of ds) after.isPublicHoliday(d, y);
        expect(ds.map((d) => [after.isPublicHoliday(d, x), after.publicHolidayName(d, x)])).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the committed table', () => {
  it('fits HolidayTableSchema (ajv strict, as scripts/schemas.mjs compiles)', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true });
    const validate = ajv.compile(JSON.parse(JSON.stringify(HolidayTableSchema)));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(json) as any;
    broken.cantons.GE.holidays[0] = { rule: 'fixed', month: 13, day: 1, name: { fr: 'x', en: 'y' } };
    expect(validate(broken)).toBe(false);
  });

});

function catchError(f: () => unknown): LpError | unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}
