import fc from 'fast-check';
import { DateTime } from 'luxon';
import { beforeEach, describe, expect, it } from 'vitest';
import { writtenDates } from '../../test/support/weekdays.js';
import { LEGAL_ZONE, toZurich } from './instant.js';

// Dates spelled in test names must carry their true weekday.
beforeEach(({ task }) => {
  for (const w of writtenDates(task.name)) expect(w, w.text).toMatchObject({ correct: true });
});

// The oracle names the zone itself rather than trusting LEGAL_ZONE.
const zurich = (ms: number) => DateTime.fromMillis(ms, { zone: 'Europe/Zurich' });
const secondOfDay = (dt: DateTime) => dt.hour * 3600 + dt.minute * 60 + dt.second;
// 1900–2200: wide enough for any legal date, past the Swiss DST rules of 1981.
const instantMs = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) - 1 });

describe('toZurich — worked examples', () => {
  it('reads Geneva civil time', () => {
    expect(LEGAL_ZONE).toBe('Europe/Zurich');
  });

  it.each([
    // Switzerland had no summer time before 1981 (its neighbours did in 1980).
    ['Tuesday 1 July 1980, no summer time yet', '1980-07-01T12:00Z', '1980-07-01', 46800, '1980-07-01T13:00:00.000+01:00'],
    // Sunday 29 March 2026: at 01:00Z, 02:00 local jumps to 03:00 (CET +01:00 → CEST +02:00).
    ['Sunday 29 March 2026, last second of winter time', '2026-03-29T00:59:59Z', '2026-03-29', 7199, '2026-03-29T01:59:59.000+01:00'],
    ['Sunday 29 March 2026, DST starts', '2026-03-29T01:00:00Z', '2026-03-29', 10800, '2026-03-29T03:00:00.000+02:00'],
    ['Sunday 29 March 2026, local 01:59:59 is still +01:00', '2026-03-29T01:59:59', '2026-03-29', 7199, '2026-03-29T01:59:59.000+01:00'],
    ['Sunday 29 March 2026, local 03:00 is +02:00', '2026-03-29T03:00', '2026-03-29', 10800, '2026-03-29T03:00:00.000+02:00'],
    // Sunday 25 October 2026: at 01:00Z, 03:00 local goes back to 02:00, so 02:xx happens twice.
    ['Sunday 25 October 2026, 02:30 summer time', '2026-10-25T00:30:00Z', '2026-10-25', 9000, '2026-10-25T02:30:00.000+02:00'],
    ['Sunday 25 October 2026, 02:30 again, winter time', '2026-10-25T01:30:00Z', '2026-10-25', 9000, '2026-10-25T02:30:00.000+01:00'],
    ['Sunday 25 October 2026, DST ends: the clock reads 02:00 again', '2026-10-25T01:00:00Z', '2026-10-25', 7200, '2026-10-25T02:00:00.000+01:00'],
    ['Sunday 25 October 2026, local time with explicit +01:00', '2026-10-25T02:30+01:00', '2026-10-25', 9000, '2026-10-25T02:30:00.000+01:00'],
    // Late evening UTC is already the next day in Geneva: this is what deadlines hinge on.
    ['Tuesday 31 March 2026 22:30Z is Wednesday 1 April 2026 in Geneva', '2026-03-31T22:30Z', '2026-04-01', 1800, '2026-04-01T00:30:00.000+02:00'],
    ['Thursday 31 December 2026 23:30Z is Friday 1 January 2027 in Geneva', '2026-12-31T23:30:00Z', '2027-01-01', 1800, '2027-01-01T00:30:00.000+01:00'],
    ['Tuesday 31 March 2026 23:59 local', '2026-03-31T23:59', '2026-03-31', 86340, '2026-03-31T23:59:00.000+02:00'],
    ['Tuesday 31 March 2026 19:30 in New York is Wednesday 1 April 2026 in Geneva', '2026-03-31T19:30-04:00', '2026-04-01', 5400, '2026-04-01T01:30:00.000+02:00'],
    ['Monday 4 May 2026, compact offset +0100', '2026-05-04T10:00+0100', '2026-05-04', 39600, '2026-05-04T11:00:00.000+02:00'],
    // Nanoseconds are truncated, never rounded into the next day.
    ['Tuesday 31 March 2026, last nanosecond', '2026-03-31T21:59:59.999999999Z', '2026-03-31', 86399, '2026-03-31T23:59:59.999+02:00'],
  ])('%s: %s', (_name, input, date, second, local) => {
    expect(toZurich(input)).toEqual({ date, secondOfDay: second, local });
  });

  it('Sunday 29 March 2026, local 02:30 does not exist: moved forward by the gap, to 03:30 +02:00', () => {
    expect(toZurich('2026-03-29T02:30')).toEqual({ date: '2026-03-29', secondOfDay: 12600, local: '2026-03-29T03:30:00.000+02:00' });
  });

  it('Sunday 25 October 2026, local 02:30 is ambiguous: the civil date and time are still certain', () => {
    const r = toZurich('2026-10-25T02:30');
    expect(r).toMatchObject({ date: '2026-10-25', secondOfDay: 9000 });
    expect(r?.local).toMatch(/^2026-10-25T02:30:00\.000\+0[12]:00$/);
  });
});

describe('toZurich — invalid input', () => {
  it.each([
    '',
    'x',
    '2026-03-29',
    '2026-03-29 10:00',
    '2026-3-29T10:00',
    '20260329T1000',
    '2026-03-29T10',
    '2026-02-30T10:00',
    '2026-03-29T25:00',
    '2026-03-29T10:60',
    '2026-03-29T10:00:60',
    '2026-03-29T10:00+1:00',
    '2026-03-29T10:00Z+01:00',
    '2026-03-29T10:00:00.1234567890Z',
    // Offsets beyond ±14:00 exist nowhere (RFC 3339, ISO 8601): no longer read as an instant.
    '2026-03-29T10:00+24:00',
    '2026-03-29T10:00+99:59',
    '2026-03-29T10:00-14:01',
    '2026-03-29T10:00+1460',
    // An offset that moves the Zurich date out of years 0000–9999.
    '9999-12-31T23:30-02:00',
    '0000-01-01T00:30+14:00',
  ])('%j is null', (text) => {
    expect(toZurich(text)).toBeNull();
  });

  it('non-strings are null', () => {
    for (const x of [Date.UTC(2026, 2, 29), new Date(), null, undefined, {}]) expect(toZurich(x)).toBeNull();
  });
});

describe('toZurich — agrees with luxon', () => {
  it('on random instants written with Z', () => {
    fc.assert(
      fc.property(instantMs, (ms) => {
        const expected = zurich(ms);
        const r = toZurich(new Date(ms).toISOString());
        expect(r).toEqual({ date: expected.toISODate(), secondOfDay: secondOfDay(expected), local: expected.toISO() });
      }),
    );
  });

  it('on random instants written with any offset', () => {
    const offsetMinutes = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15);
    fc.assert(
      fc.property(instantMs, offsetMinutes, (ms, off) => {
        // Write the instant's wall-clock time at that offset, by hand (no luxon involved).
        const wall = new Date(ms + off * 60_000).toISOString().slice(0, 23);
        const abs = Math.abs(off);
        const suffix = `${off < 0 ? '-' : '+'}${String(Math.trunc(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const r = toZurich(wall + suffix);
        const expected = zurich(ms);
        expect(r).toMatchObject({ date: expected.toISODate(), secondOfDay: secondOfDay(expected) });
        expect(DateTime.fromISO(r!.local).toMillis()).toBe(ms);
      }),
    );
  });

  it('reads a Zurich wall-clock time back as the same date and time of day', () => {
    fc.assert(
      fc.property(instantMs, (ms) => {
        const dt = zurich(ms);
        // Taken from a real instant, so it exists (it may be ambiguous in October, which does not change these).
        const r = toZurich(dt.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
        expect(r).toMatchObject({ date: dt.toISODate(), secondOfDay: secondOfDay(dt) });
      }),
    );
  });
});

describe('toZurich refuses hour 24', () => {
  it('"2026-03-29T24:00" is not an instant (write 2026-03-30T00:00)', () => {
    expect(toZurich('2026-03-29T24:00')).toBeNull();
    expect(toZurich('2026-03-30T00:00')?.date).toBe('2026-03-30');
  });
});
