import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputIssues } from '../../../test/support/thrown.js';
import { epochDayOf, formatIsoDate, parseIsoDate } from '../../core/dates.js';
import { filingDate, oppositionDeadline, type OppositionDeadlineInput } from './index.js';

// oppositionDeadline: the debtor's 10 days to oppose (LP 74 al. 1), and whether a filing is in time
// (CPC 143 al. 1 via LP 31 for post and counter; LP 33a al. 3 for the electronic platform).

const issuesOf = (input: unknown): { path: string; code: string }[] => inputIssues(() => oppositionDeadline(input as OppositionDeadlineInput));

const timelyStep = (input: OppositionDeadlineInput) => {
  const d = oppositionDeadline(input);
  const steps = d.trace.filter((s) => s.rule === 'lp.opposition.timely');
  expect(steps).toHaveLength(1);
  expect(d.trace.at(-1)).toBe(steps[0]);
  return { d, step: steps[0]! };
};

// Served on Mon 23 March 2026: day 10 is Thu 2 April 2026, within the Easter féries (Sun 29 March –
// Sun 12 April 2026); LP 63 extends it to Wed 15 April 2026.
const SERVED = '2026-03-23';

describe('oppositionDeadline — input errors', () => {
  it('a service day that does not exist is INVALID_DATE at /notifiedOn', () => {
    expect(issuesOf({ notifiedOn: '2026-02-29' })).toEqual([{ path: '/notifiedOn', code: 'INVALID_DATE' }]);
  });

  it('a postmark that does not exist is INVALID_DATE at /filing/on', () => {
    expect(issuesOf({ notifiedOn: SERVED, filing: { channel: 'post', on: '2026-04-31' } })).toEqual([{ path: '/filing/on', code: 'INVALID_DATE' }]);
    expect(issuesOf({ notifiedOn: SERVED, filing: { channel: 'counter', on: '2026-02-30' } })).toEqual([{ path: '/filing/on', code: 'INVALID_DATE' }]);
  });

  it('a platform receipt that does not exist is INVALID_DATETIME at /filing/receiptAt', () => {
    expect(issuesOf({ notifiedOn: SERVED, filing: { channel: 'electronic', receiptAt: '2026-04-31T10:00:00Z' } })).toEqual([
      { path: '/filing/receiptAt', code: 'INVALID_DATETIME' },
    ]);
    expect(issuesOf({ notifiedOn: SERVED, filing: { channel: 'electronic', receiptAt: '2026-04-15T24:00:00+02:00' } })).toEqual([
      { path: '/filing/receiptAt', code: 'INVALID_DATETIME' },
    ]);
  });

  it('an opposition filed before service is OUT_OF_RANGE at the filing date field', () => {
    // Postmark Sun 22 March 2026, the day before service.
    expect(issuesOf({ notifiedOn: SERVED, filing: { channel: 'post', on: '2026-03-22' } })).toEqual([{ path: '/filing/on', code: 'OUT_OF_RANGE' }]);
    // 22:59:59 UTC on Sun 22 March 2026 is 23:59:59 in Zurich (winter time, UTC+1): still the day before.
    expect(issuesOf({ notifiedOn: SERVED, filing: { channel: 'electronic', receiptAt: '2026-03-22T22:59:59Z' } })).toEqual([
      { path: '/filing/receiptAt', code: 'OUT_OF_RANGE' },
    ]);
    // 23:00 UTC is midnight on Mon 23 March in Zurich: the day of service, in time (LP 74 al. 1: at once is allowed).
    expect(oppositionDeadline({ notifiedOn: SERVED, filing: { channel: 'electronic', receiptAt: '2026-03-22T23:00:00Z' } }).timely).toBe(true);
  });

  it('no filing comparison when the service day itself is invalid', () => {
    // '2026-02-10' < '2026-02-30' as strings, but 30 February does not exist: one issue only.
    expect(issuesOf({ notifiedOn: '2026-02-30', filing: { channel: 'post', on: '2026-02-10' } })).toEqual([{ path: '/notifiedOn', code: 'INVALID_DATE' }]);
  });

  it('suspensions are checked, with their pointer', () => {
    expect(issuesOf({ notifiedOn: SERVED, suspensions: [{ from: '2026-06-08', to: '2026-06-12' }, { from: '2026-06-12', to: '2026-06-11' }] })).toEqual([
      { path: '/suspensions/1/to', code: 'OUT_OF_RANGE' },
    ]);
  });

  it('a notification time must be HH:mm', () => {
    expect(issuesOf({ notifiedOn: SERVED, notifiedAt: '24:00' })).toEqual([{ path: '/notifiedAt', code: 'INVALID_FORMAT' }]);
  });
});

describe('oppositionDeadline — the period step', () => {
  it('states LP 74 al. 1, the 10 days, the service day and day 1', () => {
    const d = oppositionDeadline({ notifiedOn: SERVED });
    expect(d).toMatchObject({ effectiveFrom: SERVED, startsOn: '2026-03-24', nominalEnd: '2026-04-02', lastDay: '2026-04-15' });
    expect(d.timely).toBeUndefined();
    expect(d.trace[0]).toEqual({
      rule: 'lp.opposition.period',
      citation: 'LP 74 al. 1',
      text: {
        fr: "Délai d'opposition : 10 jours dès la notification du lundi 23 mars 2026 ; jour 1 : mardi 24 mars 2026.",
        en: 'Time limit to oppose: 10 days from service on Monday 23 March 2026; day 1: Tuesday 24 March 2026.',
      },
      values: { notifiedOn: SERVED, notifiedAt: null, days: 10, startsOn: '2026-03-24', canton: 'GE' },
    });
    expect(d.trace.some((s) => s.rule === 'lp.opposition.timely')).toBe(false);
  });

  it('service at 20:00 is deferred to the next day (closed hours [20:00, 07:00), LP 56 ch. 1); at 19:59 it is not', () => {
    // Tue 9 June 2026 at 20:00: takes effect Wed 10 June 2026, day 1; day 10 Fri 19 June 2026.
    const late = oppositionDeadline({ notifiedOn: '2026-06-09', notifiedAt: '20:00' });
    expect(late).toMatchObject({ effectiveFrom: '2026-06-10', startsOn: '2026-06-10', lastDay: '2026-06-19' });
    expect(late.trace.find((s) => s.rule === 'lp.service.deferred-effect')?.values).toMatchObject({ effectiveFrom: '2026-06-10', byAnalogy: true });
    expect(late.trace.find((s) => s.rule === 'lp.opposition.period')?.values).toMatchObject({ notifiedAt: '20:00', startsOn: '2026-06-10' });
    // At 19:59 the same day: day 1 is also Wed 10 June, no deferral in the trace.
    const early = oppositionDeadline({ notifiedOn: '2026-06-09', notifiedAt: '19:59' });
    expect(early).toMatchObject({ effectiveFrom: '2026-06-09', startsOn: '2026-06-10', lastDay: '2026-06-19' });
    expect(early.trace.some((s) => s.rule === 'lp.service.deferred-effect')).toBe(false);
  });

  it('service at 06:45 on a working day: day 1 is the next day, never the service day itself (the floor, norms §2.5)', () => {
    // Tue 9 June 2026 at 06:45: effect that day at 07:00; day 1 Wed 10 June, day 10 Fri 19 June 2026.
    const d = oppositionDeadline({ notifiedOn: '2026-06-09', notifiedAt: '06:45' });
    expect(d).toMatchObject({ effectiveFrom: '2026-06-09', startsOn: '2026-06-10', lastDay: '2026-06-19' });
    const step = d.trace.find((s) => s.rule === 'lp.service.deferred-effect')!;
    expect(step.citation).toBe('ATF 121 III 284; CPC 142 al. 1');
    expect(step.values).toEqual({ effectiveFrom: '2026-06-09', startsOn: '2026-06-10', reading: 'first-working-day-is-day-1', byAnalogy: true, floor: true });
    expect(step.text.fr).toBe(
      "Notification en temps prohibé (CLOSED_HOURS) : valable, elle ne déploie ses effets qu'après (par analogie avec les féries, lecture discutée) ; elle prend effet le jour même, mais le jour 1 n'est jamais antérieur au lendemain de la notification (art. 142 al. 1 CPC) : mercredi 10 juin 2026.",
    );
    expect(step.text.en).toBe(
      'Served at a closed time (CLOSED_HOURS): valid, it takes effect only afterwards (by analogy with the féries, a disputed reading); it takes effect the same day, but day 1 is never before the day after service (CPC 142 para. 1): Wednesday 10 June 2026.',
    );
    // Without a time, or at 07:00: the same deadline.
    expect(oppositionDeadline({ notifiedOn: '2026-06-09' }).lastDay).toBe(d.lastDay);
    expect(oppositionDeadline({ notifiedOn: '2026-06-09', notifiedAt: '07:00' }).lastDay).toBe(d.lastDay);
    // A deferral to a later day is no floor: the evening service of the same day.
    const evening = oppositionDeadline({ notifiedOn: '2026-06-09', notifiedAt: '21:00' });
    expect(evening.trace.find((s) => s.rule === 'lp.service.deferred-effect')!.values).toMatchObject({ floor: false, startsOn: '2026-06-10' });
  });

  it('the deferral step in words: by analogy on a Sunday (primary and alternative), not by analogy during a suspension', () => {
    const step = (input: Parameters<typeof oppositionDeadline>[0]) => oppositionDeadline(input).trace.find((s) => s.rule === 'lp.service.deferred-effect')!;
    // Sun 14 June 2026: takes effect Mon 15 June; primary: day 1 that Monday.
    expect(step({ notifiedOn: '2026-06-14' })).toMatchObject({
      citation: 'ATF 121 III 284',
      text: {
        fr: "Notification en temps prohibé (SUNDAY) : valable, elle ne déploie ses effets qu'après (par analogie avec les féries, lecture discutée) ; le jour 1 est le premier jour ouvrable suivant (samedi compris), lundi 15 juin 2026.",
        en: 'Served at a closed time (SUNDAY): valid, it takes effect only afterwards (by analogy with the féries, a disputed reading); day 1 is the next day on which an act could be done (Saturday included), Monday 15 June 2026.',
      },
      values: { effectiveFrom: '2026-06-15', startsOn: '2026-06-15', reading: 'first-working-day-is-day-1', byAnalogy: true, floor: false },
    });
    // Alternative: deemed served that Monday, day 1 the Tuesday.
    expect(step({ notifiedOn: '2026-06-14', interpretation: { deferredService: 'deemed-served-then' } })).toMatchObject({
      text: {
        fr: "Notification en temps prohibé (SUNDAY) : valable, elle ne déploie ses effets qu'après (par analogie avec les féries, lecture discutée) ; elle est réputée faite le lundi 15 juin 2026, le délai court dès le lendemain.",
        en: 'Served at a closed time (SUNDAY): valid, it takes effect only afterwards (by analogy with the féries, a disputed reading); it is deemed served on Monday 15 June 2026, the deadline runs from the next day.',
      },
      values: { startsOn: '2026-06-16', floor: false },
    });
    // A debtor suspended from Mon 8 to Fri 12 June 2026, served Wed 10 June: the law's own deferral, not an analogy.
    const suspended = step({ notifiedOn: '2026-06-10', suspensions: [{ from: '2026-06-08', to: '2026-06-12' }] });
    expect(suspended.values).toMatchObject({ byAnalogy: false, effectiveFrom: '2026-06-13' });
    expect(suspended.text.en).toBe(
      'Served at a closed time (DEBTOR_SUSPENDED): valid, it takes effect only afterwards; day 1 is the next day on which an act could be done (Saturday included), Saturday 13 June 2026.',
    );
  });

  it('service during the féries is not deferred "by analogy": the féries are named in the trace', () => {
    // Tue 7 April 2026 in the Easter féries: effect Mon 13 April 2026, day 1; day 10 Wed 22 April 2026.
    const d = oppositionDeadline({ notifiedOn: '2026-04-07', notifiedAt: '10:00' });
    expect(d).toMatchObject({ effectiveFrom: '2026-04-13', startsOn: '2026-04-13', lastDay: '2026-04-22' });
    const step = d.trace.find((s) => s.rule === 'lp.service.deferred-effect')!;
    expect(step.values).toMatchObject({ byAnalogy: false, reading: 'first-working-day-is-day-1' });
    expect(step.text.fr).toContain('FERIES');
    expect(d.trace.find((s) => s.rule === 'lp.acts.feries')?.values).toMatchObject({ fired: true, inFeries: true });
  });
});

describe('oppositionDeadline — timeliness of the filing', () => {
  it('post: the postmark on the last day is in time, cited CPC 143 al. 1', () => {
    const { d, step } = timelyStep({ notifiedOn: SERVED, filing: { channel: 'post', on: '2026-04-15' } });
    expect(d.timely).toBe(true);
    expect(step).toEqual({
      rule: 'lp.opposition.timely',
      citation: 'CPC 143 al. 1',
      text: {
        fr: 'Opposition timbre postal du 2026-04-15 : dans le délai (dernier jour 2026-04-15).',
        en: 'Opposition postmarked on 2026-04-15: in time (last day 2026-04-15).',
      },
      values: { channel: 'post', filedOn: '2026-04-15', lastDay: '2026-04-15', timely: true, filedAt: null },
    });
  });

  it('post: a postmark of Thu 16 April 2026 is late', () => {
    const { d, step } = timelyStep({ notifiedOn: SERVED, filing: { channel: 'post', on: '2026-04-16' } });
    expect(d.timely).toBe(false);
    expect(step.text).toEqual({
      fr: 'Opposition timbre postal du 2026-04-16 : tardive (dernier jour 2026-04-15).',
      en: 'Opposition postmarked on 2026-04-16: late (last day 2026-04-15).',
    });
    expect(step.values).toMatchObject({ timely: false, filedOn: '2026-04-16' });
  });

  it('counter: the day handed in counts', () => {
    const inTime = timelyStep({ notifiedOn: SERVED, filing: { channel: 'counter', on: '2026-04-15' } });
    expect(inTime.d.timely).toBe(true);
    expect(inTime.step.citation).toBe('CPC 143 al. 1');
    expect(inTime.step.text).toEqual({
      fr: 'Opposition remise au guichet le 2026-04-15 : dans le délai (dernier jour 2026-04-15).',
      en: 'Opposition handed in on 2026-04-15: in time (last day 2026-04-15).',
    });
    expect(inTime.step.values).toEqual({ channel: 'counter', filedOn: '2026-04-15', lastDay: '2026-04-15', timely: true, filedAt: null });
    const late = timelyStep({ notifiedOn: SERVED, filing: { channel: 'counter', on: '2026-04-16' } });
    expect(late.d.timely).toBe(false);
    expect(late.step.text.en).toBe('Opposition handed in on 2026-04-16: late (last day 2026-04-15).');
  });

  it('electronic: the platform receipt in Zurich time, cited LP 33a al. 3 — 23:59:59 in time, midnight late', () => {
    // 21:59:59 UTC on Wed 15 April 2026 is 23:59:59 in Zurich (summer time, UTC+2).
    const inTime = timelyStep({ notifiedOn: SERVED, filing: { channel: 'electronic', receiptAt: '2026-04-15T21:59:59Z' } });
    expect(inTime.d.timely).toBe(true);
    expect(inTime.step).toEqual({
      rule: 'lp.opposition.timely',
      citation: 'LP 33a al. 3',
      text: {
        fr: 'Opposition accusé de réception de la plateforme du 2026-04-15 : dans le délai (dernier jour 2026-04-15).',
        en: 'Opposition platform receipt on 2026-04-15: in time (last day 2026-04-15).',
      },
      values: { channel: 'electronic', filedOn: '2026-04-15', lastDay: '2026-04-15', timely: true, filedAt: '2026-04-15T23:59:59.000+02:00' },
    });
    // 22:00:00 UTC is 00:00:00 on Thu 16 April 2026 in Zurich.
    const late = timelyStep({ notifiedOn: SERVED, filing: { channel: 'electronic', receiptAt: '2026-04-15T22:00:00Z' } });
    expect(late.d.timely).toBe(false);
    expect(late.step.text).toEqual({
      fr: 'Opposition accusé de réception de la plateforme du 2026-04-16 : tardive (dernier jour 2026-04-15).',
      en: 'Opposition platform receipt on 2026-04-16: late (last day 2026-04-15).',
    });
    expect(late.step.values).toMatchObject({ filedOn: '2026-04-16', filedAt: '2026-04-16T00:00:00.000+02:00', timely: false });
  });

  it('law: a paper filing is in time exactly when its date is on or before the last day, whatever the channel', () => {
    const served = fc.integer({ min: epochDayOf(1998, 1, 1), max: epochDayOf(2098, 12, 1) });
    fc.assert(
      fc.property(served, fc.integer({ min: 0, max: 60 }), fc.constantFrom('post' as const, 'counter' as const), (s, after, channel) => {
        const notifiedOn = formatIsoDate(s);
        const on = formatIsoDate(s + after);
        const { lastDay } = oppositionDeadline({ notifiedOn });
        const d = oppositionDeadline({ notifiedOn, filing: { channel, on } });
        expect(d.lastDay).toBe(lastDay);
        expect(d.timely).toBe(parseIsoDate(on)! <= parseIsoDate(lastDay)!);
      }),
    );
  });

  it('filingDate: the postmark or counter day as given, the receipt converted to Zurich', () => {
    expect(filingDate({ channel: 'post', on: '2026-04-15' })).toBe('2026-04-15');
    expect(filingDate({ channel: 'counter', on: '2026-04-16' })).toBe('2026-04-16');
    // 23:30 UTC on Thu 14 January 2027 is 00:30 on Fri 15 January in Zurich (winter time, UTC+1).
    expect(filingDate({ channel: 'electronic', receiptAt: '2027-01-14T23:30:00Z' })).toBe('2027-01-15');
    expect(filingDate({ channel: 'electronic', receiptAt: '2027-01-14T22:59:59Z' })).toBe('2027-01-14');
  });

  it('the Christmas féries end on 1 January: a deadline ending on Fri 2 January 2026 is not extended', () => {
    // Served Tue 23 December 2025 (in the féries: effect Fri 2 January 2026, day 1) — day 10 Sun 11 January 2026, moved to Mon 12 January 2026.
    const d = oppositionDeadline({ notifiedOn: '2025-12-23', notifiedAt: '10:00' });
    expect(d).toMatchObject({ effectiveFrom: '2026-01-02', startsOn: '2026-01-02', nominalEnd: '2026-01-11', lastDay: '2026-01-12' });
    expect(d.extensions).toEqual([{ reason: 'sunday', until: '2026-01-12' }]);
  });
});
