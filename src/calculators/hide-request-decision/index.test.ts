import { describe, expect, it } from 'vitest';
import { inputIssues } from '../../../test/support/thrown.js';
import { hideRequestDecision, type HideRequestDecisionInput } from './index.js';

// hideRequestDecision: LP 8a al. 3 let. d by date — the request judged under the version of its day, the
// creditor's 20 days, proof in time or later, a continuation, and from 2026 a definitive rejection of the
// lifting request that keeps the poursuite hidden.

const issuesOf = (input: unknown): string[] => inputIssues(() => hideRequestDecision(input as HideRequestDecisionInput)).map((i) => `${i.path} ${i.code}`);
// Served Fri 30 January 2026, opposed Mon 2 February, asked Mon 4 May 2026.
const base: HideRequestDecisionInput = { notifiedOn: '2026-01-30', opposition: { filedOn: '2026-02-02', status: 'pending' }, requestedOn: '2026-05-04' };
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

describe('hideRequestDecision — input', () => {
  it('requires the day of the request; every date at its path; what follows a request not before it', () => {
    expect(issuesOf({ notifiedOn: '2026-01-30' })).toEqual(['/requestedOn REQUIRED']);
    expect(issuesOf({ ...base, proofDeadline: '2026-05-32', creditorProofOn: '2026-02-30', continuedOn: '2026-13-01', liftingRejectedOn: '2026-00-01', asOf: '2026-06-31' })).toEqual([
      '/proofDeadline INVALID_DATE',
      '/creditorProofOn INVALID_DATE',
      '/continuedOn INVALID_DATE',
      '/liftingRejectedOn INVALID_DATE',
      '/asOf INVALID_DATE',
    ]);
    expect(issuesOf({ ...base, proofDeadline: '2026-05-03', creditorProofOn: '2026-05-03', asOf: '2026-05-03', continuedOn: '2026-01-29', liftingRejectedOn: '2026-01-29' })).toEqual([
      '/proofDeadline OUT_OF_RANGE',
      '/creditorProofOn OUT_OF_RANGE',
      '/asOf OUT_OF_RANGE',
      '/continuedOn OUT_OF_RANGE',
      '/liftingRejectedOn OUT_OF_RANGE',
    ]);
    // The request's own checks come first, at the same paths as hideRequestEarliest's.
    expect(issuesOf({ ...base, requestedOn: '2026-01-29' })).toEqual(['/requestedOn OUT_OF_RANGE']);
  });
});

describe('hideRequestDecision — the creditor\'s 20 days', () => {
  it('counted from the request when not given, moved off Whit Monday, and traced as an assumption', () => {
    // Day 20: Sun 24 May 2026 → Mon 25 May, Whit Monday → Tue 26 May 2026.
    const r = hideRequestDecision({ ...base, asOf: '2026-05-26' });
    expect(r).toMatchObject({ proofDeadline: '2026-05-26', status: 'awaiting-proof', disclosed: true });
    expect(r.trace.find((s) => s.rule === 'lp.register.hide-request-proof-deadline')).toEqual({
      rule: 'lp.register.hide-request-proof-deadline',
      citation: 'LP 8a al. 3 let. d; LP 63',
      text: {
        fr: "Délai de 20 jours imparti au créancier, compté dès la demande (date de l'avis de l'office non indiquée) : jusqu'au mardi 26 mai 2026.",
        en: "The creditor's 20 days, counted from the request (the day the office set them not given): until Tuesday 26 May 2026.",
      },
      values: { requestedOn: '2026-05-04', days: 20, proofDeadline: '2026-05-26' },
    });
    // The day after, with no proof: no longer disclosed.
    expect(hideRequestDecision({ ...base, asOf: '2026-05-27' })).toMatchObject({ status: 'not-disclosed', disclosed: false });
  });

  it('the office\'s own deadline, when given, is used as is (no assumption step)', () => {
    const r = hideRequestDecision({ ...base, proofDeadline: '2026-06-05', creditorProofOn: '2026-06-05' });
    expect(r).toMatchObject({ proofDeadline: '2026-06-05', status: 'proof-in-time', disclosed: true, asOf: '2026-06-05' });
    expect(r.trace.some((s) => s.rule === 'lp.register.hide-request-proof-deadline')).toBe(false);
    expect(hideRequestDecision({ ...base, proofDeadline: '2026-06-05', creditorProofOn: '2026-06-06' }).status).toBe('visible-again');
  });

  it('a proof dated after `asOf` is not yet known that day', () => {
    expect(hideRequestDecision({ ...base, creditorProofOn: '2026-05-20', asOf: '2026-05-19' }).status).toBe('awaiting-proof');
    expect(hideRequestDecision({ ...base, creditorProofOn: '2026-06-20', asOf: '2026-06-19' }).status).toBe('not-disclosed');
    expect(hideRequestDecision({ ...base, continuedOn: '2026-07-01', asOf: '2026-06-30' }).status).toBe('not-disclosed');
  });
});

describe('hideRequestDecision — by date, the version decides', () => {
  it('the default day is the latest date given', () => {
    expect(hideRequestDecision(base).asOf).toBe('2026-05-04');
    expect(hideRequestDecision({ ...base, continuedOn: '2026-07-01', creditorProofOn: '2026-06-20' }).asOf).toBe('2026-07-01');
  });

  it('2026: a proved definitive rejection beats a later proof and a continuation; it is the decisive reason', () => {
    const r = hideRequestDecision({ ...base, creditorProofOn: '2026-06-20', continuedOn: '2026-07-01', liftingRejectedOn: '2026-09-01' });
    expect(r).toMatchObject({ disclosed: false, status: 'rejection-proved', decisionVersion: '2026' });
    expect(r.reasons).toEqual([expect.objectContaining({ code: 'REJECTION_PROVED', rule: 'lp.procedure.hide-rejection-proved', citation: 'LP 8a al. 3 let. d' })]);
    // …and a proof in time too.
    expect(hideRequestDecision({ ...base, creditorProofOn: '2026-05-20', liftingRejectedOn: '2026-09-01' }).status).toBe('rejection-proved');
  });

  it('2019: the rejection is traced as not decisive (TF 5A_927/2020); the same facts on an extract of 2026 are decided by the 2026 rule', () => {
    const facts: HideRequestDecisionInput = { notifiedOn: '2024-03-04', opposition: { filedOn: '2024-03-07', status: 'pending' }, requestedOn: '2024-06-10', creditorProofOn: '2024-06-24', liftingRejectedOn: '2024-12-02' };
    const old = hideRequestDecision({ ...facts, asOf: '2025-12-31' });
    expect(old).toMatchObject({ disclosed: true, status: 'proof-in-time', version: '2019', decisionVersion: '2019', proofDeadline: '2024-07-01' });
    expect(old.trace.find((s) => s.rule === 'lp.procedure.hide-rejection-not-decisive')).toMatchObject({ citation: 'TF 5A_927/2020', values: { fired: true } });
    expect(old.trace.some((s) => s.rule === 'lp.procedure.hide-rejection-proved')).toBe(false);
    const now = hideRequestDecision({ ...facts, asOf: '2026-01-01' });
    expect(now).toMatchObject({ disclosed: false, status: 'rejection-proved', version: '2019', decisionVersion: '2026' });
  });

  it('a refused request leaves the poursuite disclosed, with the request\'s reasons and no creditor deadline', () => {
    const late = hideRequestDecision({ notifiedOn: '2024-03-04', opposition: { filedOn: '2024-03-07', status: 'pending' }, requestedOn: '2025-02-20', asOf: '2025-06-02' });
    expect(late).toMatchObject({ disclosed: true, status: 'request-refused', requestTimely: false, proofDeadline: null, version: '2019' });
    expect(codes(late)).toEqual(['HIDE_REQUEST_LATE']);
    const none = hideRequestDecision({ ...base, opposition: null });
    expect(codes(none)).toEqual(['HIDE_REQUEST_NO_OPPOSITION']);
    expect(none.disclosed).toBe(true);
    // Refused, even with a rejection proved: no request, nothing to hide.
    expect(hideRequestDecision({ ...base, requestedOn: '2026-04-30', liftingRejectedOn: '2026-09-01' }).disclosed).toBe(true);
  });
});

describe('hideRequestDecision — edges', () => {
  it('what follows the request may fall on its very day; a continuation or a rejection on the day of service', () => {
    const r = hideRequestDecision({ ...base, proofDeadline: '2026-05-04', creditorProofOn: '2026-05-04', asOf: '2026-05-04', continuedOn: '2026-01-30', liftingRejectedOn: '2026-01-30' });
    expect(r).toMatchObject({ status: 'rejection-proved', proofDeadline: '2026-05-04', asOf: '2026-05-04' });
  });

  it('the default day is the latest date given, whatever the order of the fields', () => {
    expect(hideRequestDecision({ ...base, proofDeadline: '2026-06-30', creditorProofOn: '2026-05-20' }).asOf).toBe('2026-06-30');
  });

  it('the creditor\'s 20 days are an LP deadline: ending in the summer féries, LP 63 extends them', () => {
    // Asked Thu 25 June 2026: day 20 is Wed 15 July 2026, in the féries → Wed 5 August 2026.
    const r = hideRequestDecision({ notifiedOn: '2026-01-30', opposition: { filedOn: '2026-02-02', status: 'pending' }, requestedOn: '2026-06-25', creditorProofOn: '2026-08-05' });
    expect(r).toMatchObject({ proofDeadline: '2026-08-05', status: 'proof-in-time' });
  });
});
