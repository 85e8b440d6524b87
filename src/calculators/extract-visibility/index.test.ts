import { describe, expect, it } from 'vitest';
import { inputIssueTexts } from '../../../test/support/thrown.js';
import { LpNormError } from '../../index.js';
import { extractVisibility, type ExtractVisibilityInput } from './index.js';

// extractVisibility: LP 8a al. 3 let. c (a poursuite withdrawn by the creditor is never disclosed),
// LP 8a al. 4 (visible until five years after the end of the procedure; norms §4 item 10: through the
// anniversary, primary, or until the day before), not moved off weekends; a paid poursuite stays visible,
// marked as paid (OCP practice).

const issuesOf = (input: unknown): string[] => inputIssueTexts(() => extractVisibility(input as ExtractVisibilityInput));

const CLOSED = '2026-05-04'; // Mon 4 May 2026; fifth anniversary Sun 4 May 2031

describe('extractVisibility — input validation', () => {
  it('names each impossible date by its JSON pointer, all at once', () => {
    expect(issuesOf({ closedOn: '2026-02-30' })).toEqual(['/closedOn INVALID_DATE']);
    expect(issuesOf({ closedOn: CLOSED, paidOn: '2026-04-31' })).toEqual(['/paidOn INVALID_DATE']);
    expect(issuesOf({ closedOn: CLOSED, asOf: '2031-02-29' })).toEqual(['/asOf INVALID_DATE']);
    expect(issuesOf({ closedOn: '2026-00-01', paidOn: '2026-06-31', asOf: '2026-13-01' })).toEqual([
      '/closedOn INVALID_DATE',
      '/paidOn INVALID_DATE',
      '/asOf INVALID_DATE',
    ]);
  });

  it('no norm before 1 January 1997: NO_NORM_IN_FORCE the day before, in force that day', () => {
    // Tue 31 December 1996
    expect(() => extractVisibility({ closedOn: '1996-12-31' })).toThrow(LpNormError);
    // Wed 1 January 1997 → Mon 1 January 2002
    expect(extractVisibility({ closedOn: '1997-01-01' }).visibleUntil).toBe('2002-01-01');
  });
});

describe('extractVisibility — until when (LP 8a al. 4)', () => {
  it('primary reading: through the fifth anniversary, a Sunday, not moved; visible that day, not the next', () => {
    const onAnniversary = extractVisibility({ closedOn: CLOSED, asOf: '2031-05-04' });
    expect(onAnniversary).toMatchObject({ visibleToThirdParties: true, visibleUntil: '2031-05-04', shownAs: 'open' });
    // Mon 5 May 2031
    expect(extractVisibility({ closedOn: CLOSED, asOf: '2031-05-05' }).visibleToThirdParties).toBe(false);
    // the day of closure itself
    expect(extractVisibility({ closedOn: CLOSED, asOf: CLOSED }).visibleToThirdParties).toBe(true);
  });

  it('without asOf, visibleToThirdParties says whether the entry is ever disclosed', () => {
    expect(extractVisibility({ closedOn: '2016-02-29' })).toMatchObject({ visibleToThirdParties: true, visibleUntil: '2021-02-28' });
  });

  it('alternative reading: until the day before the anniversary — Sat 3 May 2031 visible, Sun 4 May 2031 not', () => {
    const interpretation = { extractLastDay: 'day-before' } as const;
    expect(extractVisibility({ closedOn: CLOSED, asOf: '2031-05-03', interpretation })).toMatchObject({ visibleToThirdParties: true, visibleUntil: '2031-05-03' });
    expect(extractVisibility({ closedOn: CLOSED, asOf: '2031-05-04', interpretation }).visibleToThirdParties).toBe(false);
  });

  it('the trace cites LP 8a al. 4, states the reading and the dates', () => {
    const primary = extractVisibility({ closedOn: CLOSED, asOf: '2031-05-04' }).trace.at(-1)!;
    expect(primary.rule).toBe('lp.register.visible-until');
    expect(primary.citation).toBe('LP 8a al. 4');
    expect(primary.values).toEqual({ closedOn: CLOSED, visibleUntil: '2031-05-04', reading: 'anniversary', asOf: '2031-05-04' });
    expect(primary.text).toEqual({
      fr: "Visible pour les tiers jusqu'au dimanche 4 mai 2031 (5 ans après la clôture de la procédure, anniversaire inclus) ; pas de report au jour ouvrable.",
      en: 'Visible to third parties until Sunday 4 May 2031 (5 years after the end of the procedure, anniversary included); not moved off weekends.',
    });
    const alternative = extractVisibility({ closedOn: CLOSED, interpretation: { extractLastDay: 'day-before' } }).trace.at(-1)!;
    expect(alternative.values).toEqual({ closedOn: CLOSED, visibleUntil: '2031-05-03', reading: 'day-before', asOf: null });
    expect(alternative.text).toEqual({
      fr: "Visible pour les tiers jusqu'au samedi 3 mai 2031 (5 ans après la clôture de la procédure, veille de l'anniversaire) ; pas de report au jour ouvrable.",
      en: 'Visible to third parties until Saturday 3 May 2031 (5 years after the end of the procedure, the day before the anniversary); not moved off weekends.',
    });
  });
});

describe('extractVisibility — withdrawn and paid poursuites', () => {
  it('paid: visible, shown as paid; the rule that says so fired', () => {
    const r = extractVisibility({ closedOn: CLOSED, paidOn: CLOSED });
    expect(r).toMatchObject({ visibleToThirdParties: true, visibleUntil: '2031-05-04', shownAs: 'paid' });
    expect(r.trace.map((s) => s.rule)).toEqual(['lp.procedure.extract-withdrawn', 'lp.procedure.extract-paid', 'lp.register.visible-until']);
    expect(r.trace[0]).toMatchObject({ citation: 'LP 8a al. 3 let. c', values: { fired: false, withdrawnByCreditor: false } });
    expect(r.trace[1]!.values).toEqual({ fired: true, withdrawnByCreditor: false, paid: true });
    expect(r.trace[1]!.text.en).toBe('Once paid, the enforcement is still disclosed for 5 years, marked as paid.');
  });

  it('not paid: shown as open; the paid rule did not fire', () => {
    const r = extractVisibility({ closedOn: CLOSED });
    expect(r.shownAs).toBe('open');
    expect(r.trace[1]).toMatchObject({ rule: 'lp.procedure.extract-paid', values: { fired: false, withdrawnByCreditor: false, paid: false } });
    expect(r.trace[1]!.text.en).toBe('The enforcement is not paid.');
  });

  it('withdrawn by the creditor: never disclosed, even paid, even the day it closed; no end date, no display', () => {
    const r = extractVisibility({ closedOn: CLOSED, withdrawnByCreditor: true, paidOn: CLOSED, asOf: CLOSED });
    expect(r.visibleToThirdParties).toBe(false);
    expect(r.visibleUntil).toBeNull();
    expect(r).not.toHaveProperty('shownAs');
    expect(r.trace.map((s) => s.rule)).toEqual(['lp.procedure.extract-withdrawn', 'lp.procedure.extract-paid']);
    expect(r.trace[0]).toMatchObject({ citation: 'LP 8a al. 3 let. c', values: { fired: true, withdrawnByCreditor: true } });
    expect(r.trace[0]!.text).toEqual({
      fr: 'Poursuite retirée par le créancier : jamais communiquée à des tiers.',
      en: 'Enforcement withdrawn by the creditor: never disclosed to third parties.',
    });
    // paid, but withdrawn: the paid rule does not apply
    expect(r.trace[1]!.values).toEqual({ fired: false, withdrawnByCreditor: true, paid: true });
  });

  it('withdrawnByCreditor: false is the same as leaving it out', () => {
    expect(extractVisibility({ closedOn: CLOSED, withdrawnByCreditor: false })).toEqual(extractVisibility({ closedOn: CLOSED }));
  });
});
