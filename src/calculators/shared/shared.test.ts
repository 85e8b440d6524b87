import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '../../core/issue-codes.js';
import { epochDayOf, formatIsoDate, parseIsoDate } from '../../core/dates.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { planFor } from '../../engines/evaluator/plan.js';
import { getRuleSet } from '../../rules/index.js';
import { dateIssues, instantIssues, suspensionIssues } from './calendar-input.js';
import { serviceDeadline } from './deadline-result.js';
import { reasonsOf, stepsOf } from './reasons.js';

// Shared building blocks of the calendar calculators: the semantic input checks (a schema cannot say
// that 30 February does not exist), the deadline triggered by service of the payment order, and the
// selection of reasons and trace steps among the rules of a norm family.

describe('dateIssues — a YYYY-MM-DD string must name a real calendar day', () => {
  it('accepts an absent value and real days, including 29 February of a leap year', () => {
    expect(dateIssues(undefined, '/date')).toEqual([]);
    expect(dateIssues('2026-05-04', '/date')).toEqual([]); // Mon 4 May 2026
    expect(dateIssues('2028-02-29', '/date')).toEqual([]); // Tue 29 Feb 2028 (2028 is a leap year)
  });

  it('reports INVALID_DATE at the given JSON pointer, with the catalogue message', () => {
    expect(dateIssues('2026-02-30', '/from')).toEqual([{ path: '/from', code: 'INVALID_DATE', message: ISSUE_MESSAGES.INVALID_DATE }]);
    expect(dateIssues('2027-02-29', '/x/0/on')).toEqual([{ path: '/x/0/on', code: 'INVALID_DATE', message: ISSUE_MESSAGES.INVALID_DATE }]);
    expect(dateIssues('2026-04-31', '/to').map((i) => i.code)).toEqual(['INVALID_DATE']);
  });
});

describe('instantIssues — an instant must exist', () => {
  it('accepts an absent value, a Z instant, an offset instant and a Zurich local time', () => {
    expect(instantIssues(undefined, '/at')).toEqual([]);
    expect(instantIssues('2026-04-15T21:59:59Z', '/at')).toEqual([]); // Wed 15 Apr 2026, 23:59:59 in Zurich
    expect(instantIssues('2026-04-15T23:59:00+02:00', '/at')).toEqual([]);
    expect(instantIssues('2026-04-15T10:00', '/at')).toEqual([]);
  });

  it('reports INVALID_DATETIME at the given pointer for a day that does not exist or hour 24', () => {
    const invalid = [{ path: '/filing/receiptAt', code: 'INVALID_DATETIME', message: ISSUE_MESSAGES.INVALID_DATETIME }];
    expect(instantIssues('2026-02-30T10:00:00Z', '/filing/receiptAt')).toEqual(invalid);
    expect(instantIssues('2026-04-15T24:00:00Z', '/filing/receiptAt')).toEqual(invalid);
    expect(ISSUE_MESSAGES.INVALID_DATETIME.fr).not.toBe(ISSUE_MESSAGES.INVALID_DATETIME.en);
  });
});

describe('suspensionIssues — spans of real days, each ending on or after its start', () => {
  it('accepts no spans, an empty list, a one-day span and an ordinary span', () => {
    expect(suspensionIssues(undefined)).toEqual([]);
    expect(suspensionIssues([])).toEqual([]);
    expect(suspensionIssues([{ from: '2026-06-08', to: '2026-06-08' }])).toEqual([]); // Mon 8 June 2026, both days included
    expect(suspensionIssues([{ from: '2026-06-08', to: '2026-06-12' }])).toEqual([]); // Mon 8 – Fri 12 June 2026
  });

  it('a span ending the day before it starts is OUT_OF_RANGE at its `to`', () => {
    expect(suspensionIssues([{ from: '2026-06-08', to: '2026-06-07' }])).toEqual([
      { path: '/suspensions/0/to', code: 'OUT_OF_RANGE', message: ISSUE_MESSAGES.OUT_OF_RANGE },
    ]);
  });

  it('points into the right element and field, under the base pointer given', () => {
    const spans = [
      { from: '2026-06-08', to: '2026-06-12' },
      { from: '2026-02-30', to: '2026-03-02' },
      { from: '2026-03-01', to: '2026-04-31' },
      { from: '2026-07-10', to: '2026-07-01' },
    ];
    expect(suspensionIssues(spans).map((i) => `${i.path} ${i.code}`)).toEqual([
      '/suspensions/1/from INVALID_DATE',
      '/suspensions/2/to INVALID_DATE',
      '/suspensions/3/to OUT_OF_RANGE',
    ]);
    expect(suspensionIssues([{ from: '2026-02-30', to: '2026-02-31' }], '/proceedings').map((i) => `${i.path} ${i.code}`)).toEqual([
      '/proceedings/0/from INVALID_DATE',
      '/proceedings/0/to INVALID_DATE',
    ]);
  });

  it('law: a span of real days is refused exactly when it ends before it starts', () => {
    const day = fc.integer({ min: epochDayOf(1997, 1, 1), max: epochDayOf(2099, 12, 31) });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const found = suspensionIssues([{ from: formatIsoDate(a), to: formatIsoDate(b) }]);
        expect(found.map((i) => `${i.path} ${i.code}`)).toEqual(b < a ? ['/suspensions/0/to OUT_OF_RANGE'] : []);
      }),
    );
  });

  it('does not compare the ends of a span when one of them is not a date', () => {
    // '2026-02-10' < '2026-02-30' as strings, but 30 February does not exist: one issue, not two.
    expect(suspensionIssues([{ from: '2026-02-30', to: '2026-02-10' }])).toEqual([
      { path: '/suspensions/0/from', code: 'INVALID_DATE', message: ISSUE_MESSAGES.INVALID_DATE },
    ]);
  });
});

describe('serviceDeadline — a period triggered by service of the payment order', () => {
  const step = { rule: 'lp.opposition.period', citation: 'LP 74 al. 1', what: { fr: "Délai d'opposition", en: 'Time limit to oppose' } };

  it('ordinary service: day 1 is the next day, the period step says so and records its values', () => {
    const ctx = calendarContext({ asOf: '2026-10-10' });
    // Served on Sat 10 Oct 2026 (an ordinary day for enforcement acts): day 1 Sun 11 Oct, day 10 Tue 20 Oct 2026.
    const r = serviceDeadline(ctx, parseIsoDate('2026-10-10')!, null, 10, step);
    expect(r.deadline).toMatchObject({ effectiveFrom: '2026-10-10', startsOn: '2026-10-11', nominalEnd: '2026-10-20', lastDay: '2026-10-20', extensions: [] });
    expect(r.lastDay).toBe(parseIsoDate('2026-10-20'));
    expect(r.nominalEnd).toBe(parseIsoDate('2026-10-20'));
    const period = r.deadline.trace[0]!;
    expect(period).toEqual({
      rule: 'lp.opposition.period',
      citation: 'LP 74 al. 1',
      text: {
        fr: "Délai d'opposition : 10 jours dès la notification du samedi 10 octobre 2026 ; jour 1 : dimanche 11 octobre 2026.",
        en: 'Time limit to oppose: 10 days from service on Saturday 10 October 2026; day 1: Sunday 11 October 2026.',
      },
      values: { notifiedOn: '2026-10-10', notifiedAt: null, days: 10, startsOn: '2026-10-11', canton: 'GE' },
    });
    // Not deferred: no evaluation of the closed times in the trace.
    expect(r.deadline.trace.some((s) => s.rule.startsWith('lp.acts.') || s.rule === 'lp.service.deferred-effect')).toBe(false);
  });

  it('service on a Sunday is deferred (BGE 121 III 284): the trace keeps the closed-time rules and the deferral', () => {
    const ctx = calendarContext({ asOf: '2026-06-14' });
    // Served on Sun 14 June 2026: takes effect Mon 15 June, day 1 (primary reading); day 10 Wed 24 June 2026.
    const r = serviceDeadline(ctx, parseIsoDate('2026-06-14')!, '10:00', 10, step);
    expect(r.deadline).toMatchObject({ effectiveFrom: '2026-06-15', startsOn: '2026-06-15', nominalEnd: '2026-06-24', lastDay: '2026-06-24' });
    const rules = r.deadline.trace.map((s) => s.rule);
    expect(rules.slice(0, 2)).toEqual(['lp.acts.parameters', 'lp.acts.closed-hours']);
    expect(r.deadline.trace.find((s) => s.rule === 'lp.acts.sunday')?.values).toMatchObject({ fired: true, isSunday: true });
    const deferred = r.deadline.trace.find((s) => s.rule === 'lp.service.deferred-effect');
    expect(deferred).toMatchObject({ citation: 'ATF 121 III 284', values: { effectiveFrom: '2026-06-15', reading: 'first-working-day-is-day-1', byAnalogy: true } });
    expect(rules.indexOf('lp.service.deferred-effect')).toBeLessThan(rules.indexOf('lp.opposition.period'));
    const period = r.deadline.trace.find((s) => s.rule === 'lp.opposition.period')!;
    expect(period.text.fr).toBe("Délai d'opposition : 10 jours dès la notification du dimanche 14 juin 2026 ; jour 1 : lundi 15 juin 2026.");
    expect(period.text.en).toBe('Time limit to oppose: 10 days from service on Sunday 14 June 2026; day 1: Monday 15 June 2026.');
    expect(period.values).toEqual({ notifiedOn: '2026-06-14', notifiedAt: '10:00', days: 10, startsOn: '2026-06-15', canton: 'GE' });
  });

  it('alternative reading: deemed served on the first possible day, day 1 the next', () => {
    const ctx = calendarContext({ asOf: '2026-06-14', interpretation: { deferredService: 'deemed-served-then' } });
    // Deemed served Mon 15 June 2026, day 1 Tue 16 June, day 10 Thu 25 June 2026.
    const r = serviceDeadline(ctx, parseIsoDate('2026-06-14')!, null, 10, step);
    expect(r.deadline).toMatchObject({ effectiveFrom: '2026-06-15', startsOn: '2026-06-16', lastDay: '2026-06-25' });
    const period = r.deadline.trace.find((s) => s.rule === 'lp.opposition.period')!;
    expect(period.text.en).toContain('day 1: Tuesday 16 June 2026.');
    expect(period.values?.startsOn).toBe('2026-06-16');
  });
});

describe('reasonsOf / stepsOf — picking out one function’s rules in a norm family', () => {
  // An act on Sun 14 June 2026 at 21:00 against a suspended debtor: three prohibitions of LP 56.
  const ctx = calendarContext({ asOf: '2026-06-14' });
  const evaluation = planFor(getRuleSet('lp.acts'), '2026-06-14').run({
    timeOfDay: '21:00',
    isSunday: true,
    isHoliday: false,
    inFeries: false,
    procedure: 'ordinary',
    debtorSuspended: true,
    closedHoursReading: ctx.readings.closedHours,
  });

  it('stepsOf keeps the steps of the named rules only, in evaluation order', () => {
    expect(evaluation.trace.length).toBeGreaterThan(2);
    expect(stepsOf(evaluation, ['lp.acts.sunday']).map((s) => s.rule)).toEqual(['lp.acts.sunday']);
    expect(stepsOf(evaluation, ['lp.acts.suspension', 'lp.acts.closed-hours']).map((s) => s.rule)).toEqual(['lp.acts.closed-hours', 'lp.acts.suspension']);
    expect(stepsOf(evaluation, [])).toEqual([]);
  });

  it('reasonsOf keeps the fired rules whose code is listed, with rule id, citation and message', () => {
    const reasons = reasonsOf(evaluation, new Set(['SUNDAY', 'DEBTOR_SUSPENDED']));
    expect(reasons.map((r) => [r.code, r.rule, r.citation])).toEqual([
      // LP 56 ch. 1: Sundays (and nights, holidays); ch. 3: a suspended debtor.
      ['SUNDAY', 'lp.acts.sunday', 'LP 56 ch. 1'],
      ['DEBTOR_SUSPENDED', 'lp.acts.suspension', 'LP 56 ch. 3'],
    ]);
    for (const r of reasons) {
      expect(r.message.fr.length).toBeGreaterThan(0);
      expect(r.message.en.length).toBeGreaterThan(0);
      expect(r.message.fr).not.toBe(r.message.en);
    }
    expect(reasonsOf(evaluation, new Set(['HOLIDAY']))).toEqual([]);
  });
});
