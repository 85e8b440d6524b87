import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../core/dates.js';
import { calendarContext } from '../calendar/context.js';
import { continuationPeriod, procedureNorms, standstillDays } from './periods.js';

// LP 88 al. 2: the creditor's year does not run while the opposition is being lifted. The days of the
// proceedings count once each, however the spans overlap (norms §4 item 5: both ends counted, primary; one
// day less per span, alternative).
describe('standstillDays (LP 88 al. 2)', () => {
  const span = (from: string, to: string) => ({ from, to });

  it('one span: both ends counted, or one day less', () => {
    // Monday 2 March 2026 to Wednesday 11 March 2026: ten days.
    expect(standstillDays([span('2026-03-02', '2026-03-11')], true)).toBe(10);
    expect(standstillDays([span('2026-03-02', '2026-03-11')], false)).toBe(9);
    expect(standstillDays([], true)).toBe(0);
  });

  it('overlapping proceedings count their common days once, whatever their order', () => {
    // Mon 2.3–Wed 11.3 and Mon 9.3–Fri 20.3: the days of Mon 2.3–Fri 20.3, nineteen.
    const spans = [span('2026-03-09', '2026-03-20'), span('2026-03-02', '2026-03-11')];
    expect(standstillDays(spans, true)).toBe(19);
    expect(standstillDays(spans, false)).toBe(18);
    // A span inside another adds nothing: Thu 5.3–Fri 6.3 within Mon 2.3–Fri 20.3.
    expect(standstillDays([span('2026-03-02', '2026-03-20'), span('2026-03-05', '2026-03-06')], true)).toBe(19);
  });

  it('a span starting the day after another ends is one standstill; a gap keeps them apart', () => {
    // Mon 2.3–Fri 6.3 then Sat 7.3–Tue 10.3: one standstill of nine days (eight, one day less).
    expect(standstillDays([span('2026-03-02', '2026-03-06'), span('2026-03-07', '2026-03-10')], true)).toBe(9);
    expect(standstillDays([span('2026-03-02', '2026-03-06'), span('2026-03-07', '2026-03-10')], false)).toBe(8);
    // Mon 2.3–Tue 3.3 and Tue 10.3–Wed 11.3: two standstills of two days (one each, alternative).
    expect(standstillDays([span('2026-03-02', '2026-03-03'), span('2026-03-10', '2026-03-11')], true)).toBe(4);
    expect(standstillDays([span('2026-03-02', '2026-03-03'), span('2026-03-10', '2026-03-11')], false)).toBe(2);
  });

  it('the number of distinct days the proceedings cover, less one per separate standstill in the alternative (property)', () => {
    const day0 = parseIsoDate('2026-01-01')!;
    const spanArb = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([a, len]) => ({ from: day0 + a, to: day0 + a + len }));
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 6 }), (spans) => {
        const days = new Set<number>();
        for (const s of spans) for (let d = s.from; d <= s.to; d++) days.add(d);
        const iso = spans.map((s) => span(formatIsoDate(s.from), formatIsoDate(s.to)));
        expect(standstillDays(iso, true)).toBe(days.size);
        // One day less per separate standstill (a run of consecutive days).
        const runs = [...days].filter((d) => !days.has(d - 1)).length;
        expect(standstillDays(iso, false)).toBe(days.size - runs);
      }),
    );
  });
});

describe('continuationPeriod (LP 88)', () => {
  it('traces the first day and the lapse, with their citations and the days not counted', () => {
    // Service Friday 30 January 2026; opposition proceedings Mon 2.3–Wed 11.3 (ten days).
    const ctx = calendarContext({ asOf: '2026-01-30' });
    const p = continuationPeriod(ctx, procedureNorms('2026-01-30'), parseIsoDate('2026-01-30')!, null, [{ from: '2026-03-02', to: '2026-03-11' }]);
    expect(p.suspendedDays).toBe(10);
    const earliest = p.trace.find((s) => s.rule === 'lp.continuation.earliest')!;
    expect(earliest.citation).toBe('LP 88 al. 1');
    expect(earliest.text.fr).toBe(`Réquisition de continuer possible dès le ${longFr(p.earliest)}.`);
    expect(earliest.text.en).toMatch(/^Continuation may be requested from .+\.$/);
    expect(earliest.values).toEqual({ earliestOn: formatIsoDate(p.earliest), paymentLastDay: formatIsoDate(p.paymentLastDay), reading: 'after-extended-deadline' });
    const lapse = p.trace.find((s) => s.rule === 'lp.continuation.perishing')!;
    expect(lapse.text.fr).toContain("10 jour(s) de procédure d'opposition non comptés");
    expect(lapse.text.en).toContain('not counting 10 day(s) of opposition proceedings');
    expect(lapse.values).toMatchObject({ suspendedDays: 10, expiresOn: formatIsoDate(p.expires) });
  });
});

// "lundi 4 mai 2026": the long French date the trace writes (weekday, day, month, year).
function longFr(day: number): string {
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const weekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
  const [y, m, d] = formatIsoDate(day).split('-').map(Number) as [number, number, number];
  const wd = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return `${weekdays[wd]} ${d === 1 ? '1er' : d} ${months[m - 1]} ${y}`;
}
