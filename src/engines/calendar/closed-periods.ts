import { civilOf, epochDayOf, type EpochDay } from '../../core/dates.js';
import type { Localized } from '../../core/localized.js';
import type { DayAnchor, Period } from '../../schemas/rule-set.js';
import { easterSunday } from './easter.js';

/** A span of days, both ends included, during which LP 63 extends a deadline ending in it. */
export interface ClosedPeriod {
  start: EpochDay;
  end: EpochDay;
  kind: 'feries' | 'suspension';
  id: string;
  name: Localized;
}

function anchorDay(anchor: DayAnchor, year: number): EpochDay {
  return 'easter' in anchor ? easterSunday(year) + anchor.easter : epochDayOf(year, anchor.month, anchor.day);
}

// Féries of a year, per norm version (the periods array of a parameter value is frozen data).
const byPeriods = new WeakMap<readonly Period[], Map<number, ClosedPeriod[]>>();

/** The féries that start in `year` (LP 56 ch. 2); a period whose end precedes its start ends next year. */
export function feriesOfYear(periods: readonly Period[], year: number): ClosedPeriod[] {
  let cache = byPeriods.get(periods);
  if (cache === undefined) byPeriods.set(periods, (cache = new Map()));
  let list = cache.get(year);
  if (list === undefined) {
    list = periods.map((p) => {
      const start = anchorDay(p.from, year);
      let end = anchorDay(p.to, year);
      if (end < start) end = anchorDay(p.to, year + 1);
      return { start, end, kind: 'feries' as const, id: p.id, name: p.name };
    });
    cache.set(year, list);
  }
  return list;
}

function lookup(periods: readonly Period[], day: EpochDay): ClosedPeriod | null {
  const { y } = civilOf(day);
  for (const year of [y, y - 1]) {
    for (const p of feriesOfYear(periods, year)) if (p.start <= day && day <= p.end) return p;
  }
  return null;
}

// The hot path: one byte per day, filled a year at a time on first use (0 = not filled yet,
// 1 = outside the féries, 2 + i = within the i-th period of that year's list).
const BASE = epochDayOf(1800, 1, 1);
const SPAN = epochDayOf(2300, 1, 1) - BASE;
const marks = new WeakMap<readonly Period[], Uint8Array>();
// An index of the table; NaN or a fraction is not (a read past it would say "in the féries").
const inTable = (i: number): boolean => i >= 0 && i < SPAN && Number.isInteger(i);

function fillYear(periods: readonly Period[], bytes: Uint8Array, day: EpochDay): void {
  const { y } = civilOf(day);
  for (let d = epochDayOf(y, 1, 1), end = epochDayOf(y + 1, 1, 1); d < end; d++) {
    const hit = lookup(periods, d);
    bytes[d - BASE] = hit === null ? 1 : 2 + feriesOfYear(periods, civilOf(hit.start).y).indexOf(hit) * 2 + (civilOf(hit.start).y === y ? 0 : 1);
  }
}

/** The féries period containing `day`, if any (a Christmas period started the year before included). */
export function feriesAt(periods: readonly Period[], day: EpochDay): ClosedPeriod | null {
  const i = day - BASE;
  if (!inTable(i)) return lookup(periods, day);
  let bytes = marks.get(periods);
  if (bytes === undefined) marks.set(periods, (bytes = new Uint8Array(SPAN)));
  if (bytes[i] === 0) fillYear(periods, bytes, day);
  const v = bytes[i]!;
  if (v === 1) return null;
  // Even codes: a period that started this year; odd: one that started the year before.
  const k = v - 2;
  const { y } = civilOf(day);
  return feriesOfYear(periods, (k & 1) === 0 ? y : y - 1)[k >> 1]!;
}

/** Whether `day` is within the féries: the hot-path question, one array read once the year is filled. */
export function inFeries(periods: readonly Period[], day: EpochDay): boolean {
  const i = day - BASE;
  if (!inTable(i)) return lookup(periods, day) !== null;
  let bytes = marks.get(periods);
  if (bytes === undefined) marks.set(periods, (bytes = new Uint8Array(SPAN)));
  if (bytes[i] === 0) fillYear(periods, bytes, day);
  return bytes[i] !== 1;
}
