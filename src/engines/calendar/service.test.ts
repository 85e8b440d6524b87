import { describe, expect, it } from 'vitest';
import { LpNormError } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate } from '../../core/dates.js';
import { calendarContext, type CalendarContext } from './context.js';
import { serviceEffect } from './service.js';

// When the service of a payment order takes effect (LP 56, ATF 121 III 284, CPC 142 al. 1; norms §2.5).
const day = (iso: string) => parseIsoDate(iso)!;
const effect = (ctx: CalendarContext, on: string, at: string | null, trace = true) => {
  const e = serviceEffect(ctx, day(on), at, trace);
  return { ...e, effectiveFrom: formatIsoDate(e.effectiveFrom), day1: formatIsoDate(e.day0 + 1) };
};

describe('serviceEffect', () => {
  it('a debtor suspended (LP 57–62) from Wednesday 4 to Friday 6 March 2026: service on either end waits for Saturday 7 March', () => {
    const ctx = calendarContext({ asOf: '2026-03-04', suspensions: [{ from: '2026-03-04', to: '2026-03-06' }] });
    for (const on of ['2026-03-04', '2026-03-06']) {
      const e = effect(ctx, on, '10:00');
      expect(e.deferred, on).toBe(true);
      expect(e.effectiveFrom, on).toBe('2026-03-07'); // Saturday: an ordinary day for enforcement acts
      expect(e.day1, on).toBe('2026-03-07');
    }
    // Tuesday 3 March and Saturday 7 March: outside the suspension, day 1 is the next day.
    for (const [on, next] of [['2026-03-03', '2026-03-04'], ['2026-03-07', '2026-03-08']] as const) {
      const e = effect(ctx, on, '10:00');
      expect(e.deferred, on).toBe(false);
      expect(e.day1, on).toBe(next);
    }
  });

  it('traces the closed-time rules it checked, and the deferred effect with its citations', () => {
    const ctx = calendarContext({ asOf: '2026-03-01' });
    // Sunday 1 March 2026: effect on Monday 2 March, which is day 1 (primary reading).
    const sunday = effect(ctx, '2026-03-01', '10:00');
    expect(sunday.trace.map((s) => s.rule)).toEqual(expect.arrayContaining(['lp.acts.closed-hours', 'lp.acts.sunday', 'lp.acts.holiday', 'lp.service.deferred-effect']));
    const deferredStep = sunday.trace.find((s) => s.rule === 'lp.service.deferred-effect')!;
    expect(deferredStep.citation).toBe('ATF 121 III 284');
    expect(deferredStep.values).toMatchObject({ effectiveFrom: '2026-03-02', startsOn: '2026-03-02', floor: false, byAnalogy: true });
    // A Sunday is not a féries day: its deferral is by analogy, a disputed reading, and the trace says so.
    expect(deferredStep.text.fr).toBe(
      "Notification en temps prohibé (SUNDAY) : valable, elle ne déploie ses effets qu'après (par analogie avec les féries, lecture discutée) ; le jour 1 est le premier jour ouvrable suivant (samedi compris), lundi 2 mars 2026.",
    );
    expect(deferredStep.text.en).toBe(
      'Served at a closed time (SUNDAY): valid, it takes effect only afterwards (by analogy with the féries, a disputed reading); day 1 is the next day on which an act could be done (Saturday included), Monday 2 March 2026.',
    );
    // In the féries (LP 56 ch. 2: seven days either side of Easter, Sunday 5 April 2026, so Sunday 29 March
    // to Sunday 12 April) the law itself defers: no analogy. Served on Easter Monday 6 April, day 1 is
    // Monday 13 April.
    const feries = effect(ctx, '2026-04-06', '10:00').trace.find((s) => s.rule === 'lp.service.deferred-effect')!;
    expect(feries.values).toMatchObject({ byAnalogy: false, effectiveFrom: '2026-04-13', startsOn: '2026-04-13' });
    expect(feries.text).toEqual({
      fr: "Notification en temps prohibé (HOLIDAY, FERIES) : valable, elle ne déploie ses effets qu'après ; le jour 1 est le premier jour ouvrable suivant (samedi compris), lundi 13 avril 2026.",
      en: 'Served at a closed time (HOLIDAY, FERIES): valid, it takes effect only afterwards; day 1 is the next day on which an act could be done (Saturday included), Monday 13 April 2026.',
    });
    // Monday 2 March at 06:45 (closed hours until 07:00): effect that day, but day 1 is Tuesday 3 March.
    const early = effect(ctx, '2026-03-02', '06:45');
    expect(early.day1).toBe('2026-03-03');
    const floorStep = early.trace.find((s) => s.rule === 'lp.service.deferred-effect')!;
    expect(floorStep.citation).toBe('ATF 121 III 284; CPC 142 al. 1');
    expect(floorStep.values).toMatchObject({ effectiveFrom: '2026-03-02', startsOn: '2026-03-03', floor: true });
    expect(floorStep.text.fr).toContain("le jour 1 n'est jamais antérieur au lendemain de la notification (art. 142 al. 1 CPC) : mardi 3 mars 2026");
    expect(floorStep.text.en).toContain('day 1 is never before the day after service (CPC 142 para. 1): Tuesday 3 March 2026');
  });

  it('untraced, it writes no step', () => {
    const ctx = calendarContext({ asOf: '2026-03-01' });
    const e = effect(ctx, '2026-03-01', '10:00', false);
    expect(e.day1).toBe('2026-03-02');
    expect(e.trace).toEqual([]);
  });

  it('a calendar with no day on which an act can be done is a norm error, not an endless scan', () => {
    const real = calendarContext({ asOf: '2026-03-01' });
    // E.g. a holiday table loaded at run time that makes every day a holiday.
    const calendar = { canton: 'GE', isHoliday: () => true, isFeries: () => false, closedPeriodAt: () => null };
    const ctx = { ...real, calendar } as unknown as CalendarContext;
    let error: unknown;
    try {
      serviceEffect(ctx, day('2026-03-02'), '10:00', false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LpNormError);
    expect((error as LpNormError).code).toBe('NORM_INVALID');
    expect((error as LpNormError).messages).toEqual({ fr: 'Aucun jour où un acte est possible.', en: 'No day on which an act can be done.' });
    expect((error as LpNormError).details).toEqual({ canton: 'GE' });
  });
});
