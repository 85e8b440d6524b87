import { describe, expect, it } from 'vitest';
import { inputIssues } from '../../../test/support/thrown.js';
import { hideRequestEarliest, type HideRequestInput } from './index.js';

// hideRequestEarliest: the debtor may ask the office not to disclose a poursuite once three months have
// passed since service of the payment order (LP 8a al. 3 let. d) — from the next day (primary reading).

const issuesOf = (input: unknown): { path: string; code: string }[] => inputIssues(() => hideRequestEarliest(input as HideRequestInput));

describe('hideRequestEarliest', () => {
  it('a service day that does not exist is INVALID_DATE at /notifiedOn; a missing one is REQUIRED', () => {
    expect(issuesOf({ notifiedOn: '2026-02-29' })).toEqual([{ path: '/notifiedOn', code: 'INVALID_DATE' }]);
    expect(issuesOf({})).toEqual([{ path: '/notifiedOn', code: 'REQUIRED' }]);
  });

  it('served Fri 30 January 2026: three months end Thu 30 April; the request from Fri 1 May 2026, cited LP 8a al. 3 let. d', () => {
    const r = hideRequestEarliest({ notifiedOn: '2026-01-30' });
    expect(r.on).toBe('2026-05-01');
    expect(r.trace).toEqual([
      {
        rule: 'lp.register.hide-request',
        citation: 'LP 8a al. 3 let. d',
        text: {
          fr: 'Demande de non-divulgation possible dès le vendredi 1er mai 2026, trois mois après la notification du commandement de payer.',
          en: 'A request not to disclose may be made from Friday 1 May 2026, three months after service of the payment order.',
        },
        values: { notifiedOn: '2026-01-30', on: '2026-05-01', reading: 'day-after' },
      },
    ]);
  });

  it('same-day reading: the same-numbered day, Thu 30 April 2026, recorded with its reading', () => {
    const r = hideRequestEarliest({ notifiedOn: '2026-01-30', interpretation: { earliestDates: 'same-day' } });
    expect(r.on).toBe('2026-04-30');
    expect(r.trace[0]!.values).toEqual({ notifiedOn: '2026-01-30', on: '2026-04-30', reading: 'same-day' });
    expect(r.trace[0]!.text.en).toBe('A request not to disclose may be made from Thursday 30 April 2026, three months after service of the payment order.');
  });

  it('not moved off a weekend: served Sat 30 November 2024, three months clipped to Fri 28 February 2025, request from Sat 1 March 2025', () => {
    expect(hideRequestEarliest({ notifiedOn: '2024-11-30' }).on).toBe('2025-03-01');
  });
});
