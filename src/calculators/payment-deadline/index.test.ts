import { describe, expect, it } from 'vitest';
import { inputIssues } from '../../../test/support/thrown.js';
import { paymentDeadline, type PaymentDeadlineInput } from './index.js';

// paymentDeadline: the debtor's 20 days to pay (LP 69 al. 2 ch. 2), the creditor's earliest continuation
// request (LP 88 al. 1) and whether a payment is in time (LP 12 al. 2).

const issuesOf = (input: unknown): { path: string; code: string }[] => inputIssues(() => paymentDeadline(input as PaymentDeadlineInput));

const stepOf = (input: PaymentDeadlineInput, rule: string) => {
  const d = paymentDeadline(input);
  const steps = d.trace.filter((s) => s.rule === rule);
  expect(steps).toHaveLength(1);
  return { d, step: steps[0]! };
};

// Served on Mon 9 March 2026: day 20 is Sun 29 March 2026, the first day of the Easter féries
// (Sun 29 March – Sun 12 April 2026); LP 63 extends it to Wed 15 April 2026.
const SERVED = '2026-03-09';

describe('paymentDeadline — input errors', () => {
  it('each invalid date or instant is reported at its own pointer, all at once', () => {
    expect(issuesOf({ notifiedOn: '2026-02-30', payment: { acceptedAt: '2026-04-31T10:00:00Z', debitedOn: '2026-06-31' } })).toEqual([
      { path: '/notifiedOn', code: 'INVALID_DATE' },
      { path: '/payment/acceptedAt', code: 'INVALID_DATETIME' },
      { path: '/payment/debitedOn', code: 'INVALID_DATE' },
    ]);
    expect(issuesOf({ notifiedOn: '2026-02-30' })).toEqual([{ path: '/notifiedOn', code: 'INVALID_DATE' }]);
    expect(issuesOf({ notifiedOn: SERVED, suspensions: [{ from: '2026-03-20', to: '2026-03-19' }] })).toEqual([
      { path: '/suspensions/0/to', code: 'OUT_OF_RANGE' },
    ]);
  });

  it('acceptance reading (primary): a payment needs its acceptance instant', () => {
    expect(issuesOf({ notifiedOn: SERVED, payment: {} })).toEqual([{ path: '/payment/acceptedAt', code: 'MISSING_CONTEXT' }]);
    expect(issuesOf({ notifiedOn: SERVED, payment: { debitedOn: '2026-04-15' } })).toEqual([{ path: '/payment/acceptedAt', code: 'MISSING_CONTEXT' }]);
  });

  it('debit reading: a payment needs its debit date, and only that', () => {
    const debit = { paymentTimestamp: 'debit' } as const;
    expect(issuesOf({ notifiedOn: SERVED, payment: { acceptedAt: '2026-04-15T10:00:00+02:00' }, interpretation: debit })).toEqual([
      { path: '/payment/debitedOn', code: 'MISSING_CONTEXT' },
    ]);
    expect(issuesOf({ notifiedOn: SERVED, payment: {}, interpretation: debit })).toEqual([{ path: '/payment/debitedOn', code: 'MISSING_CONTEXT' }]);
    // Without an acceptance instant: valid under the debit reading.
    expect(paymentDeadline({ notifiedOn: SERVED, payment: { debitedOn: '2026-04-15' }, interpretation: debit }).paymentTimely).toBe(true);
  });
});

describe('paymentDeadline — the period and the earliest continuation', () => {
  it('the period step: LP 69 al. 2 ch. 2, 20 days, service day and day 1', () => {
    const { d, step } = stepOf({ notifiedOn: SERVED }, 'lp.payment.period');
    expect(d).toMatchObject({ effectiveFrom: SERVED, startsOn: '2026-03-10', nominalEnd: '2026-03-29', lastDay: '2026-04-15', earliestContinuationOn: '2026-04-16' });
    expect(d.paymentTimely).toBeUndefined();
    expect(d.trace[0]).toBe(step);
    expect(step).toEqual({
      rule: 'lp.payment.period',
      citation: 'LP 69 al. 2 ch. 2',
      text: {
        fr: 'Délai de paiement : 20 jours dès la notification du lundi 9 mars 2026 ; jour 1 : mardi 10 mars 2026.',
        en: 'Time limit to pay: 20 days from service on Monday 9 March 2026; day 1: Tuesday 10 March 2026.',
      },
      values: { notifiedOn: SERVED, notifiedAt: null, days: 20, startsOn: '2026-03-10', canton: 'GE' },
    });
  });

  it('primary reading: continuation from the day after the extended last day, Thu 16 April 2026', () => {
    const { step } = stepOf({ notifiedOn: SERVED }, 'lp.continuation.earliest');
    expect(step).toEqual({
      rule: 'lp.continuation.earliest',
      citation: 'LP 88 al. 1',
      text: {
        fr: 'Réquisition de continuer la poursuite possible dès le lendemain du dernier jour du délai de paiement : jeudi 16 avril 2026.',
        en: 'Continuation may be requested from the day after the last day to pay: Thursday 16 April 2026.',
      },
      values: { earliestContinuationOn: '2026-04-16', reading: 'after-extended-deadline' },
    });
  });

  it('alternative reading: from the day after day 20 counted plainly, Mon 30 March 2026', () => {
    const { d, step } = stepOf({ notifiedOn: SERVED, interpretation: { earliestContinuation: 'after-day-20' } }, 'lp.continuation.earliest');
    expect(d).toMatchObject({ lastDay: '2026-04-15', earliestContinuationOn: '2026-03-30' });
    expect(step.text).toEqual({
      fr: 'Lecture alternative : dès le lendemain du 20e jour compté sans report ni prolongation : lundi 30 mars 2026.',
      en: 'Alternative reading: from the day after day 20 counted plainly, without shift or extension: Monday 30 March 2026.',
    });
    expect(step.values).toEqual({ earliestContinuationOn: '2026-03-30', reading: 'after-day-20' });
  });
});

describe('paymentDeadline — timeliness of a payment (LP 12 al. 2)', () => {
  it('acceptance at 23:59 in Zurich on the last day is in time; the step records the Zurich instant', () => {
    const { d, step } = stepOf({ notifiedOn: SERVED, payment: { acceptedAt: '2026-04-15T21:59:00Z' } }, 'lp.payment.timely');
    expect(d.paymentTimely).toBe(true);
    expect(d.trace.at(-1)).toBe(step);
    expect(step).toEqual({
      rule: 'lp.payment.timely',
      citation: 'LP 12 al. 2',
      text: {
        fr: "Paiement accepté par l'OCP le 2026-04-15 (heure de Zurich) : dans le délai.",
        en: 'Payment accepted by the OCP on 2026-04-15 (Zurich time): in time.',
      },
      values: { paidOn: '2026-04-15', reading: 'acceptance', timely: true, acceptedAt: '2026-04-15T23:59:00.000+02:00' },
    });
  });

  it('acceptance at 22:00 UTC on Wed 15 April 2026 is midnight on Thu 16 April in Zurich: late', () => {
    const { d, step } = stepOf({ notifiedOn: SERVED, payment: { acceptedAt: '2026-04-15T22:00:00Z' } }, 'lp.payment.timely');
    expect(d.paymentTimely).toBe(false);
    expect(step.text).toEqual({
      fr: "Paiement accepté par l'OCP le 2026-04-16 (heure de Zurich) : après le délai.",
      en: 'Payment accepted by the OCP on 2026-04-16 (Zurich time): late.',
    });
    expect(step.values).toEqual({ paidOn: '2026-04-16', reading: 'acceptance', timely: false, acceptedAt: '2026-04-16T00:00:00.000+02:00' });
  });

  it('debit reading: the debit date counts (a calendar date, no time zone), the acceptance instant is ignored', () => {
    const debit = { paymentTimestamp: 'debit' } as const;
    // Debited on the last day, Wed 15 April 2026: in time.
    const inTime = stepOf({ notifiedOn: SERVED, payment: { debitedOn: '2026-04-15' }, interpretation: debit }, 'lp.payment.timely');
    expect(inTime.d.paymentTimely).toBe(true);
    expect(inTime.step.text).toEqual({
      fr: 'Paiement débité le 2026-04-15 : dans le délai.',
      en: 'Payment debited on 2026-04-15: in time.',
    });
    expect(inTime.step.values).toEqual({ paidOn: '2026-04-15', reading: 'debit', timely: true, acceptedAt: null });
    // Accepted Wed 15 April at 10:00 but debited Thu 16 April 2026: late under this reading.
    const late = stepOf(
      { notifiedOn: SERVED, payment: { acceptedAt: '2026-04-15T10:00:00+02:00', debitedOn: '2026-04-16' }, interpretation: debit },
      'lp.payment.timely',
    );
    expect(late.d.paymentTimely).toBe(false);
    expect(late.step.text).toEqual({ fr: 'Paiement débité le 2026-04-16 : après le délai.', en: 'Payment debited on 2026-04-16: late.' });
    expect(late.step.values).toEqual({ paidOn: '2026-04-16', reading: 'debit', timely: false, acceptedAt: '2026-04-15T10:00:00.000+02:00' });
  });

  it('a payment does not change the deadline itself', () => {
    const plain = paymentDeadline({ notifiedOn: SERVED });
    const paid = paymentDeadline({ notifiedOn: SERVED, payment: { acceptedAt: '2026-04-20T10:00:00+02:00' } });
    expect(paid).toMatchObject({ nominalEnd: plain.nominalEnd, lastDay: plain.lastDay, earliestContinuationOn: plain.earliestContinuationOn, paymentTimely: false });
  });
});
