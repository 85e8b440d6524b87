import { describe, expect, it } from 'vitest';
import { inputIssues } from '../../../test/support/thrown.js';
import { LpNormError } from '../../core/errors.js';
import { deemedDelivery, type DeemedDeliveryInput } from './index.js';

// deemedDelivery: a registered item not handed over counts as delivered on the 7th day after the failed
// attempt if a delivery was to be expected (CPC 138 al. 3 let. a via LP 34), or when collected if earlier;
// never a payment order, which must actually be handed over (LP 72 al. 2).

const issuesOf = (input: unknown): { path: string; code: string }[] => inputIssues(() => deemedDelivery(input as DeemedDeliveryInput));

const resultStep = (input: DeemedDeliveryInput) => {
  const r = deemedDelivery(input);
  const step = r.trace.at(-1)!;
  expect(step.rule).toBe('lp.delivery.result');
  return { r, step };
};
const ruleStep = (input: DeemedDeliveryInput, rule: string) => deemedDelivery(input).trace.find((s) => s.rule === rule);

// Failed attempt on Wed 3 June 2026: the 7th day is Wed 10 June 2026.
const OTHER = { document: 'other', failedAttemptOn: '2026-06-03', deliveryExpected: true } as const;

describe('deemedDelivery — input errors', () => {
  it('days that do not exist are INVALID_DATE at their own pointer', () => {
    expect(issuesOf({ ...OTHER, failedAttemptOn: '2026-06-31' })).toEqual([{ path: '/failedAttemptOn', code: 'INVALID_DATE' }]);
    expect(issuesOf({ ...OTHER, collectedOn: '2026-02-29' })).toEqual([{ path: '/collectedOn', code: 'INVALID_DATE' }]);
    expect(issuesOf({ ...OTHER, failedAttemptOn: '2026-02-30', collectedOn: '2026-02-31' })).toEqual([
      { path: '/failedAttemptOn', code: 'INVALID_DATE' },
      { path: '/collectedOn', code: 'INVALID_DATE' },
    ]);
  });

  it('an item cannot be collected before the failed attempt: OUT_OF_RANGE at /collectedOn', () => {
    // Collected Tue 2 June 2026, the day before the attempt.
    expect(issuesOf({ ...OTHER, collectedOn: '2026-06-02' })).toEqual([{ path: '/collectedOn', code: 'OUT_OF_RANGE' }]);
    expect(issuesOf({ ...OTHER, document: 'payment-order', collectedOn: '2026-05-31' })).toEqual([{ path: '/collectedOn', code: 'OUT_OF_RANGE' }]);
  });

  it('no order check when the attempt day itself does not exist', () => {
    // '2026-02-10' < '2026-02-30' as strings, but 30 February does not exist: one issue only.
    expect(issuesOf({ ...OTHER, failedAttemptOn: '2026-02-30', collectedOn: '2026-02-10' })).toEqual([{ path: '/failedAttemptOn', code: 'INVALID_DATE' }]);
  });

  it('schema: the document kind and deliveryExpected are required', () => {
    expect(issuesOf({ failedAttemptOn: '2026-06-03' })).toEqual([
      { path: '/document', code: 'REQUIRED' },
      { path: '/deliveryExpected', code: 'REQUIRED' },
    ]);
  });

  it('CPC 138 applies from Sat 1 January 2011: an attempt on Fri 31 December 2010 has no norm in force', () => {
    try {
      deemedDelivery({ ...OTHER, failedAttemptOn: '2010-12-31' });
      throw new Error('expected LpNormError');
    } catch (e) {
      expect(e).toBeInstanceOf(LpNormError);
      expect((e as LpNormError).code).toBe('NO_NORM_IN_FORCE');
      expect((e as LpNormError).details).toMatchObject({ ruleSet: 'lp.delivery', asOf: '2010-12-31' });
    }
    // Sat 1 January 2011 + 7 = Sat 8 January 2011 (not moved off the weekend).
    expect(deemedDelivery({ ...OTHER, failedAttemptOn: '2011-01-01' }).deliveredOn).toBe('2011-01-08');
  });
});

describe('deemedDelivery — collection around the 7th day', () => {
  it('collected the same day as the attempt: delivered that day', () => {
    expect(deemedDelivery({ ...OTHER, collectedOn: '2026-06-03' })).toMatchObject({ deliveredOn: '2026-06-03', reasons: [] });
  });

  it('collected on the 7th day itself: delivered by collection, the fiction rule does not fire', () => {
    const input = { ...OTHER, collectedOn: '2026-06-10' };
    expect(deemedDelivery(input)).toMatchObject({ deliveredOn: '2026-06-10', reasons: [] });
    expect(ruleStep(input, 'lp.delivery.fiction')?.values).toMatchObject({ fired: false, collectedBeforeFiction: true });
  });

  it('collected on the 8th day (Thu 11 June 2026): the fiction had applied on Wed 10 June 2026', () => {
    const input = { ...OTHER, collectedOn: '2026-06-11' };
    expect(deemedDelivery(input)).toMatchObject({ deliveredOn: '2026-06-10', reasons: [] });
    expect(ruleStep(input, 'lp.delivery.fiction')?.values).toMatchObject({ fired: true, collectedBeforeFiction: false });
  });
});

describe('deemedDelivery — reasons and trace', () => {
  it('a payment order not handed over: not served, reason cited LP 72 al. 2', () => {
    const { r, step } = resultStep({ ...OTHER, document: 'payment-order' });
    expect(r.deliveredOn).toBeNull();
    expect(r.reasons).toHaveLength(1);
    const [reason] = r.reasons;
    expect(reason).toMatchObject({ code: 'PAYMENT_ORDER_REQUIRES_ACTUAL_DELIVERY', rule: 'lp.delivery.payment-order-actual', citation: 'LP 72 al. 2' });
    expect(reason!.message.fr).not.toBe(reason!.message.en);
    expect(step).toEqual({
      rule: 'lp.delivery.result',
      citation: 'LP 72 al. 2',
      text: { fr: "L'acte n'est pas notifié : aucun délai ne court.", en: 'The document is not served: no deadline runs.' },
      values: { deliveredOn: null, fictionDay: '2026-06-10' },
    });
  });

  it('delivery not expected and not collected: not served, reason cited CPC 138 al. 3 let. a', () => {
    const { r, step } = resultStep({ ...OTHER, deliveryExpected: false });
    expect(r.deliveredOn).toBeNull();
    expect(r.reasons.map((x) => [x.code, x.rule, x.citation])).toEqual([['DELIVERY_NOT_EXPECTED', 'lp.delivery.not-expected', 'CPC 138 al. 3 let. a']]);
    expect(step.text.en).toBe('The document is not served: no deadline runs.');
    expect(step.values).toEqual({ deliveredOn: null, fictionDay: '2026-06-10' });
  });

  it('deemed delivered on the 7th day: the result step names the day', () => {
    const { r, step } = resultStep(OTHER);
    expect(r).toMatchObject({ deliveredOn: '2026-06-10', reasons: [] });
    expect(step).toEqual({
      rule: 'lp.delivery.result',
      citation: 'CPC 138 al. 3 let. a',
      text: { fr: "L'acte est notifié le 2026-06-10.", en: 'The document is served on 2026-06-10.' },
      values: { deliveredOn: '2026-06-10', fictionDay: '2026-06-10' },
    });
  });

  it('a payment order collected (no rule fires): served on collection, cited CPC 138 al. 3 let. a', () => {
    // Collected Fri 5 June 2026.
    const { r, step } = resultStep({ ...OTHER, document: 'payment-order', collectedOn: '2026-06-05' });
    expect(r).toMatchObject({ deliveredOn: '2026-06-05', reasons: [] });
    expect(r.trace.filter((s) => s.values?.fired === true)).toEqual([]);
    expect(step).toEqual({
      rule: 'lp.delivery.result',
      citation: 'CPC 138 al. 3 let. a',
      text: { fr: "L'acte est notifié le 2026-06-05.", en: 'The document is served on 2026-06-05.' },
      values: { deliveredOn: '2026-06-05', fictionDay: '2026-06-10' },
    });
  });

  it('the parameters step is labelled with the attempt day, for each call', () => {
    // Wed 3 June 2026, then Tue 1 September 2026 (same norm period): each labelled with its own day.
    for (const failedAttemptOn of ['2026-06-03', '2026-09-01', '2026-06-03']) {
      const params = deemedDelivery({ ...OTHER, failedAttemptOn }).trace[0]!;
      expect(params.rule).toBe('lp.delivery.parameters');
      expect(params.values).toMatchObject({ asOf: failedAttemptOn, fictionDays: 7, 'fictionDays.validFrom': '2011-01-01' });
    }
  });
});
