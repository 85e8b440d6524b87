import Holidays from 'date-holidays';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANTONS, publicHolidaysOfYear } from '../src/engines/calendar/holidays.js';
import { isoWeekday, parseIsoDate } from '../src/core/dates.js';
import { GENERATED, generateHolidays } from '../scripts/gen-holidays.mjs';

// The SDK's table against the pinned date-holidays data it was generated from, computed here without
// the generator's classification: `public` days only, less the rules that only ever fall on a Sunday,
// plus 1 August. date-holidays takes ~0.6 ms per canton-year: this file runs in ~7 s.

const FIRST = 1950;
const LAST = 2100;
// Names the generator supplies where date-holidays has only a German or Italian one, or spells it
// otherwise than the law (J 1 45 art. 1 al. 1: "Jeûne genevois").
const FRENCH: Record<string, string> = {
  Josefstag: 'Saint-Joseph',
  'San Giuseppe': 'Saint-Joseph',
  Mauritiustag: 'Saint-Maurice',
  'Jeûne Genevois': 'Jeûne genevois',
};

function expectedOf(canton: string): Map<number, string[]> {
  const hd = new Holidays('CH', canton);
  const byYear = new Map<number, { rule: string; date: string; name: string }[]>();
  const weekdaysOf = new Map<string, Set<number>>();
  for (let y = FIRST; y <= LAST; y++) {
    const list = hd
      .getHolidays(y, 'fr')
      .filter((h) => h.type === 'public')
      .map((h) => ({ rule: h.rule, date: h.date.slice(0, 10), name: FRENCH[h.name] ?? h.name }));
    for (const h of list) weekdaysOf.set(h.rule, (weekdaysOf.get(h.rule) ?? new Set()).add(isoWeekday(parseIsoDate(h.date)!)));
    byYear.set(y, list);
  }
  const sundayOnly = (rule: string) => [...weekdaysOf.get(rule)!].every((w) => w === 7);
  const out = new Map<number, string[]>();
  for (const [y, list] of byYear) {
    const kept = list.filter((h) => !sundayOnly(h.rule)).map((h) => `${h.date} ${h.name}`);
    if (!list.some((h) => h.date === `${y}-08-01`)) kept.push(`${y}-08-01 Fête nationale`);
    out.set(y, kept.sort());
  }
  return out;
}

describe('holiday table vs date-holidays 3.35.0', () => {
  it.each(CANTONS)(`%s: public holidays ${FIRST}–${LAST} are date-holidays' (public, not Sunday-only, plus 1 August)`, (canton) => {
    const expected = expectedOf(canton);
    const wrong: string[] = [];
    for (let y = FIRST; y <= LAST; y++) {
      const ours = publicHolidaysOfYear(canton, y)
        .map((h) => `${h.date} ${h.name.fr}`)
        .sort();
      if (JSON.stringify(ours) !== JSON.stringify(expected.get(y))) wrong.push(`${y}: ${ours.join(', ')} ≠ ${expected.get(y)!.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the committed table is what scripts/gen-holidays.mjs generates (if not, run `npm run gen:holidays`)', async () => {
    expect(readFileSync(GENERATED, 'utf8'), 'stale holiday table: run `npm run gen:holidays`').toBe(await generateHolidays());
  });
});
