import fc from 'fast-check';
import { DateTime, Settings } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toZurich } from '../src/core/instant.js';

// toZurich reads Europe/Zurich from the host's ICU data (Intl) instead of luxon (70 kB in every bundle for
// one conversion). luxon stays as the oracle, a devDependency: on every minute within ±3 hours of every DST
// change 1997–2100, written in UTC, with an offset and as a Zurich local reading, and on random instants of
// years 0000–9999, both give the same civil date, time of day and local text.

const ZONE = 'Europe/Zurich';
// luxon guesses a local reading's offset from "now": in winter it reads an autumn reading that occurs twice
// in winter time, as toZurich always does (documented). Fixed here so the oracle does not depend on the season.
beforeAll(() => {
  Settings.now = () => Date.UTC(2026, 0, 15, 12);
});
afterAll(() => {
  Settings.now = () => Date.now();
});

function oracle(text: string) {
  const dt = DateTime.fromISO(text, { zone: ZONE });
  const date = dt.toISODate();
  if (!dt.isValid || date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return { date, secondOfDay: dt.hour * 3600 + dt.minute * 60 + dt.second, local: dt.toISO() };
}

const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).offset;
/** Every change of Zurich's offset in a year, found with luxon (the oracle), to the minute. */
function transitions(year: number): number[] {
  const found: number[] = [];
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
    if (offsetAt(day) === offsetAt(day + 86_400_000)) continue;
    let [lo, hi] = [day, day + 86_400_000];
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid) === offsetAt(lo)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

const utcText = (ms: number) => new Date(ms).toISOString();
const withOffset = (ms: number, minutes: number) => {
  const shifted = new Date(ms + minutes * 60_000).toISOString().slice(0, 23);
  const a = Math.abs(minutes);
  return `${shifted}${minutes < 0 ? '-' : '+'}${String(Math.trunc(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
};
const localText = (ms: number) => oracle(utcText(ms))!.local!.slice(0, 19);

describe('toZurich (Intl) equals luxon', () => {
  it('on every minute within ±3 hours of every DST change 1997–2100 (UTC, +05:30 and local readings)', () => {
    let checked = 0;
    const all: number[] = [];
    for (let year = 1997; year <= 2100; year++) all.push(...transitions(year));
    // Two changes a year, every year: a scan that found none would prove nothing.
    expect(all.length).toBe(2 * (2100 - 1997 + 1));
    const mismatches: string[] = [];
    for (const t of all) {
      for (let ms = t - 3 * 3_600_000; ms <= t + 3 * 3_600_000; ms += 60_000) {
        for (const text of [utcText(ms), withOffset(ms, 330), localText(ms), `${localText(ms).slice(0, 16)}`]) {
          const mine = toZurich(text);
          const theirs = oracle(text);
          if (JSON.stringify(mine) !== JSON.stringify(theirs)) mismatches.push(`${text}: ${JSON.stringify(mine)} vs ${JSON.stringify(theirs)}`);
          checked++;
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(checked).toBe(all.length * 361 * 4);
  }, 120_000);

  it('on random instants of years 0000–9999, with any offset, and on random local readings', () => {
    // 0000-01-01T00:00Z to 9999-12-31T00:00Z (Date.UTC would read year 0 as 1900).
    const instant = fc.integer({ min: -62_167_219_200_000, max: Date.UTC(9999, 11, 31) });
    const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(instant, offset, fc.boolean(), (ms, minutes, local) => {
        const iso = withOffset(ms, minutes);
        if (!/^\d{4}-/.test(iso)) return;
        const text = local ? iso.slice(0, 23) : iso;
        expect(toZurich(text)).toEqual(oracle(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
