// Generates src/rules/calendar/holidays.generated.json: the public holidays of the 26 cantons as
// declarative rules, read from the pinned date-holidays data and classified (fixed date, Easter offset,
// weekday on or after a date, or an explicit list), each classification checked against every year of
// the table. date-holidays stays a devDependency: the SDK only reads the JSON. A test fails if the
// committed file is stale (run `npm run gen:holidays`).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Holidays from 'date-holidays';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED = join(root, 'src/rules/calendar/holidays.generated.json');
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
const VERSION = '3.35.0';

// Names date-holidays has only in another language (it falls back to German, French or Italian).
// Keyed by the German name; the generator fails on any other untranslated name.
const FR_NAMES = { Josefstag: 'Saint-Joseph', Mauritiustag: 'Saint-Maurice' };
const EN_NAMES = {
  Bundesfeiertag: 'National Day',
  Berchtoldstag: "Saint Berchtold's Day",
  'Näfelser Fahrt': 'Näfels Procession',
  Mauritiustag: "Saint Maurice's Day",
  'Jahrestag Ausrufung der Republik': 'Republic Day (Neuchâtel)',
  'Genfer Bettag': 'Geneva Fast',
};
const AUGUST_1 = { fr: 'Fête nationale', en: 'National Day' };
// Spelling of the law where date-holidays differs: J 1 45 art. 1 al. 1 writes "Jeûne genevois".
const FR_SPELLING = { 'Jeûne Genevois': 'Jeûne genevois' };

/** Easter and epoch-day helpers from the TypeScript sources (one computus for script and SDK). */
async function loadCalendar() {
  const out = await build({
    stdin: { contents: "export * from './src/engines/calendar/easter.ts'; export * from './src/core/dates.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

export function cantonsOf() {
  return Object.keys(new Holidays().getStates('CH')).sort();
}

/**
 * The `public` holidays date-holidays gives for a canton, by its rule: dates as `YYYY-MM-DD`, the
 * half-day start if any. Other types (bank, optional, observance) are not holidays.
 */
export function publicHolidays(canton, firstYear = FIRST_YEAR, lastYear = LAST_YEAR) {
  const hd = new Holidays('CH', canton);
  const rules = new Map();
  for (let y = firstYear; y <= lastYear; y++) {
    for (const h of hd.getHolidays(y, 'fr')) {
      if (h.type !== 'public') continue;
      const r = rules.get(h.rule) ?? { rule: h.rule, names: new Set(), dates: [], times: new Set() };
      r.names.add(h.name);
      r.dates.push(h.date.slice(0, 10));
      r.times.add(h.date.slice(11, 16));
      rules.set(h.rule, r);
    }
  }
  return [...rules.values()];
}

function namesOf(hd, rule, year) {
  const pick = (lang) => hd.getHolidays(year, lang).find((h) => h.rule === rule && h.type === 'public').name;
  const [fr, en, de, it] = ['fr', 'en', 'de', 'it'].map(pick);
  const frName = fr === de || fr === it ? FR_NAMES[de] : fr;
  const name = { fr: FR_SPELLING[frName] ?? frName, en: en === fr || en === de ? EN_NAMES[de] : en };
  if (!name.fr || !name.en) throw new Error(`no French or English name for "${rule}" (${de}): add it to gen-holidays.mjs`);
  return name;
}

/** Rule classification: the first declarative form that reproduces every date, else the list. */
function classify(cal, dates) {
  const days = dates.map((d) => cal.parseIsoDate(d));
  const civil = days.map((d) => cal.civilOf(d));
  const years = civil.map((c) => c.y);
  const fits = (rule) => years.every((y, i) => occurrence(cal, rule, y) === days[i]);
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  if (contiguous) {
    const { m, d } = civil[0];
    const fixed = { rule: 'fixed', month: m, day: d };
    if (fits(fixed)) return fixed;
    const easter = { rule: 'easter', offset: days[0] - cal.easterSunday(years[0]) };
    if (fits(easter)) return easter;
    // Anchored on a Sunday first (how the Swiss movable feasts are defined), else on the day itself.
    for (const weekday of new Set([7, cal.isoWeekday(days[0])])) {
      const offset = (cal.isoWeekday(days[0]) - weekday + 7) % 7;
      for (let back = 6; back >= 0; back--) {
        const anchor = cal.civilOf(days[0] - offset - back);
        const rule = { rule: 'weekday-on-or-after', weekday, month: anchor.m, day: anchor.d, offset };
        if (anchor.y === years[0] && fits(rule)) return rule;
      }
    }
  }
  return { rule: 'dates', dates };
}

/** The date of a rule in a year (the SDK's src/engines/calendar/holidays.ts reads the same way). */
function occurrence(cal, rule, y) {
  switch (rule.rule) {
    case 'fixed':
      return rule.day <= cal.daysInMonth(y, rule.month) ? cal.epochDayOf(y, rule.month, rule.day) : null;
    case 'easter':
      return cal.easterSunday(y) + rule.offset;
    case 'weekday-on-or-after': {
      const a = cal.epochDayOf(y, rule.month, rule.day);
      return a + ((rule.weekday - cal.isoWeekday(a) + 7) % 7) + rule.offset;
    }
  }
  throw new Error(`no occurrence for ${rule.rule}`);
}

function holidaysOf(cal, canton) {
  const hd = new Holidays('CH', canton);
  const out = [];
  for (const r of publicHolidays(canton)) {
    if (r.names.size !== 1) throw new Error(`${canton} "${r.rule}": several names ${[...r.names]}`);
    // Always a Sunday: a closed day anyway, it never moves a deadline.
    if (r.dates.every((d) => cal.isoWeekday(cal.parseIsoDate(d)) === 7)) continue;
    const first = Number(r.dates[0].slice(0, 4));
    const last = Number(r.dates.at(-1).slice(0, 4));
    const h = { ...classify(cal, r.dates), name: namesOf(hd, r.rule, first) };
    if (r.times.size !== 1) throw new Error(`${canton} "${r.rule}": several start times`);
    const [time] = r.times;
    if (time !== '00:00') h.startsAt = time;
    if (first > FIRST_YEAR) h.validFrom = `${first}-01-01`;
    if (last < LAST_YEAR) h.validTo = `${last}-12-31`;
    out.push({ h, sortKey: r.dates.find((d) => d >= '2000') ?? r.dates[0] });
  }
  // 1 August is a federal holiday (Cst. art. 110 al. 3) in every canton.
  const isAugust1 = ({ h }) => h.rule === 'fixed' && h.month === 8 && h.day === 1;
  const aug = out.find(isAugust1);
  if (!aug || aug.h.validFrom || aug.h.validTo) {
    if (aug) out.splice(out.indexOf(aug), 1);
    out.push({ h: { rule: 'fixed', month: 8, day: 1, name: AUGUST_1 }, sortKey: '2000-08-01' });
  }
  const md = (k) => k.slice(5);
  out.sort((a, b) => md(a.sortKey).localeCompare(md(b.sortKey)) || a.h.name.fr.localeCompare(b.h.name.fr));
  return out.map(({ h }) => h);
}

const line = (value) => JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');

/** The JSON text of the table (deterministic: same data, same bytes). */
export async function generateHolidays() {
  const cal = await loadCalendar();
  const cantons = cantonsOf();
  if (cantons.length !== 26) throw new Error(`expected 26 cantons, date-holidays has ${cantons.length}`);
  const source = {
    package: 'date-holidays',
    version: VERSION,
    filter:
      "type === 'public' only (bank, optional and observance days are not holidays); holidays falling on a Sunday in every " +
      'year 1900–2100 (Easter Sunday, Whit Sunday, Jeûne fédéral) are left out: a Sunday is closed anyway, they never move a ' +
      'deadline; 1 August added where missing (Cst. art. 110 al. 3); French or English names supplied where the data has none; ' +
      'no substitute day for a holiday on a Sunday (J 1 45 art. 1 al. 2 not modelled)',
  };
  const blocks = cantons.map((c) => {
    const citation =
      c === 'GE' ? { document: 'J 1 45', article: 'art. 1', paragraph: '1' } : { document: `date-holidays ${VERSION} (CH-${c})`, article: 'CH.yaml' };
    const holidays = holidaysOf(cal, c).map((h) => `        ${line(h)}`);
    return `    "${c}": {\n      "citation": ${line(citation)},\n      "holidays": [\n${holidays.join(',\n')}\n      ]\n    }`;
  });
  return [
    '{',
    '  "generatedBy": "scripts/gen-holidays.mjs",',
    `  "source": ${line(source)},`,
    `  "validFrom": "${FIRST_YEAR}-01-01",`,
    `  "validTo": "${LAST_YEAR}-12-31",`,
    '  "cantons": {',
    blocks.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

async function main() {
  const text = await generateHolidays();
  JSON.parse(text);
  writeFileSync(GENERATED, text);
  console.log(`wrote ${GENERATED}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
