import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LpInputError, LpNormError } from '../../core/errors.js';
import { epochDayOf, formatIsoDate } from '../../core/dates.js';
import { saleWindow, type SaleWindowInput } from './index.js';

// LP 116: movables and claims from one month to one year after the seizure (al. 1), immovables from six
// months to two years (al. 1), seized income within fifteen months with no minimum (al. 2); from the
// last supplementary seizure when there was one (al. 3).

const inputIssues = (input: unknown): string[] => {
  try {
    saleWindow(input as SaleWindowInput);
  } catch (e) {
    if (e instanceof LpInputError) {
      for (const i of e.issues) {
        expect(i.message.fr).toMatch(/\S/);
        expect(i.message.en).toMatch(/\S/);
        expect(i.message.fr).not.toBe(i.message.en);
      }
      return e.issues.map((i) => `${i.path} ${i.code}`);
    }
    throw e;
  }
  throw new Error('expected LpInputError');
};

describe('saleWindow — malformed input', () => {
  it('names each date that is no calendar day by its JSON pointer, all at once', () => {
    expect(inputIssues({ seizedOn: '2026-02-29', asset: 'movable', lastSupplementarySeizureOn: '2026-04-31' })).toEqual([
      '/seizedOn INVALID_DATE',
      '/lastSupplementarySeizureOn INVALID_DATE',
    ]);
    expect(inputIssues({ seizedOn: '2026-02-28', asset: 'movable', lastSupplementarySeizureOn: '2026-06-31' })).toEqual(['/lastSupplementarySeizureOn INVALID_DATE']);
    expect(inputIssues({ seizedOn: '2026-00-10', asset: 'income' })).toEqual(['/seizedOn INVALID_DATE']);
  });

  it('a supplementary seizure dated before the seizure is a contradiction, never a window counted from it', () => {
    // Seized Mon 5 October 2026; "supplemented" on Fri 2 October 2026. The same day, Mon 5 October, is accepted.
    expect(inputIssues({ seizedOn: '2026-10-05', asset: 'movable', lastSupplementarySeizureOn: '2026-10-02' })).toEqual([
      '/lastSupplementarySeizureOn SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE',
    ]);
    expect(saleWindow({ seizedOn: '2026-10-05', asset: 'movable', lastSupplementarySeizureOn: '2026-10-05' }).opensOn).toBe('2026-11-06');
    // The order is judged only between real dates: 30 September is, 31 September is not.
    expect(inputIssues({ seizedOn: '2026-10-05', asset: 'movable', lastSupplementarySeizureOn: '2026-09-31' })).toEqual(['/lastSupplementarySeizureOn INVALID_DATE']);
    expect(inputIssues({ seizedOn: '2026-10-32', asset: 'movable', lastSupplementarySeizureOn: '2026-09-30' })).toEqual(['/seizedOn INVALID_DATE']);
    try {
      saleWindow({ seizedOn: '2026-10-05', asset: 'movable', lastSupplementarySeizureOn: '2026-10-02' });
    } catch (e) {
      expect((e as LpInputError).issues[0]!.message.en).toBe(
        'Contradictory date: a supplementary seizure comes after the seizure it supplements. Send the date of the last successful supplementary seizure, on or after the seizure day, or leave it out.',
      );
    }
  });
});

describe('saleWindow — explanation', () => {
  it('movables: cites LP 116 al. 1 and states both limits in French and English', () => {
    // Seized on Sat 31 January 2026: one month ends on Sat 28 February (no 31 February), the sale may be
    // requested from the day after, Sun 1 March 2026 (an "at the earliest" day is not moved); one year ends
    // on Sun 31 January 2027, moved to Mon 1 February 2027 (CPC 142 al. 3).
    const r = saleWindow({ seizedOn: '2026-01-31', asset: 'movable' });
    expect(r).toMatchObject({ opensOn: '2026-03-01', closesOn: '2027-02-01' });
    expect(r.trace[0]).toEqual({
      rule: 'lp.sale.window',
      citation: 'LP 116 al. 1',
      text: {
        fr: 'Saisie (biens meubles et créances) du samedi 31 janvier 2026 : vente requise au plus tôt le dimanche 1er mars 2026, au plus tard le lundi 1er février 2027.',
        en: 'Seizure (movables and claims) on Saturday 31 January 2026: sale may be requested from Sunday 1 March 2026, until Monday 1 February 2027.',
      },
      values: { from: '2026-01-31', asset: 'movable', opensOn: '2026-03-01', closesOn: '2027-02-01', earliestDates: 'day-after' },
    });
    // Then how the last day was found, ending on it, moved off the Sunday under CPC 142 al. 3.
    expect(r.trace.at(-1)).toMatchObject({ rule: 'lp.deadlines.last-day', citation: 'CPC 142 al. 3', values: { lastDay: '2027-02-01' } });
    expect(r.trace.find((s) => s.rule === 'lp.deadlines.next-working-day')?.values).toMatchObject({ fired: true });
  });

  it('seized income: no minimum period, cites LP 116 al. 2', () => {
    // Seized on Mon 1 June 2026: fifteen months end on Wed 1 September 2027.
    const r = saleWindow({ seizedOn: '2026-06-01', asset: 'income' });
    expect(r).toMatchObject({ opensOn: null, closesOn: '2027-09-01' });
    expect(r.trace[0]).toEqual({
      rule: 'lp.sale.window',
      citation: 'LP 116 al. 2',
      text: {
        fr: 'Saisie (revenus) du lundi 1er juin 2026 : pas de délai minimum, au plus tard le mercredi 1er septembre 2027.',
        en: 'Seizure (income) on Monday 1 June 2026: no minimum period, until Wednesday 1 September 2027.',
      },
      values: { from: '2026-06-01', asset: 'income', opensOn: null, closesOn: '2027-09-01', earliestDates: 'day-after' },
    });
  });

  it('immovables: six months to two years, LP 116 al. 1', () => {
    // Seized on Tue 29 February 2028: six months → Tue 29 August 2028, from the day after, Wed 30 August 2028;
    // two years end on 28 February 2030 (no 29 February), a Thursday.
    const r = saleWindow({ seizedOn: '2028-02-29', asset: 'immovable' });
    expect(r.trace[0]).toMatchObject({
      citation: 'LP 116 al. 1',
      text: {
        fr: 'Saisie (immeuble) du mardi 29 février 2028 : vente requise au plus tôt le mercredi 30 août 2028, au plus tard le jeudi 28 février 2030.',
        en: 'Seizure (real estate) on Tuesday 29 February 2028: sale may be requested from Wednesday 30 August 2028, until Thursday 28 February 2030.',
      },
      values: { from: '2028-02-29', asset: 'immovable', opensOn: '2028-08-30', closesOn: '2030-02-28' },
    });
  });

  it('a supplementary seizure: periods run from it, and the trace says so (LP 116 al. 3)', () => {
    // Seized on Wed 1 April 2026, last supplementary seizure on Mon 4 May 2026: from Fri 5 June 2026 (the day
    // after Thu 4 June), until Tue 4 May 2027.
    const r = saleWindow({ seizedOn: '2026-04-01', asset: 'movable', lastSupplementarySeizureOn: '2026-05-04' });
    expect(r.trace[0]).toMatchObject({
      citation: 'LP 116 al. 1',
      text: {
        fr: 'Saisie (biens meubles et créances) du lundi 4 mai 2026 (dernière saisie complémentaire, art. 116 al. 3 LP) : vente requise au plus tôt le vendredi 5 juin 2026, au plus tard le mardi 4 mai 2027.',
        en: 'Seizure (movables and claims) on Monday 4 May 2026 (last supplementary seizure, LP art. 116 para. 3): sale may be requested from Friday 5 June 2026, until Tuesday 4 May 2027.',
      },
      values: { from: '2026-05-04', opensOn: '2026-06-05', closesOn: '2027-05-04' },
    });
  });

  it('law (LP 116 al. 3): the window after a supplementary seizure is the window of a seizure made that day', () => {
    const base = epochDayOf(2024, 1, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom('movable' as const, 'immovable' as const, 'income' as const),
        (start, later, asset) => {
          const seizedOn = formatIsoDate(base + start);
          const supplementary = formatIsoDate(base + start + later);
          const r = saleWindow({ seizedOn, asset, lastSupplementarySeizureOn: supplementary });
          const fresh = saleWindow({ seizedOn: supplementary, asset });
          expect([r.opensOn, r.closesOn]).toEqual([fresh.opensOn, fresh.closesOn]);
          expect(r.trace[0]!.values).toEqual(fresh.trace[0]!.values);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('saleWindow — readings and canton', () => {
  it('LP 63 on the last day (norms §4 item 2b): extended past the summer féries, or only moved off the weekend', () => {
    // Seized on Fri 18 July 2025: one year ends on Sat 18 July 2026, within the summer féries (15–31 July).
    // Primary: LP 63 → third working day after Fri 31 July: Mon 3, Tue 4, Wed 5 August 2026.
    // Alternative: only moved off the Saturday, to Mon 20 July 2026.
    expect(saleWindow({ seizedOn: '2025-07-18', asset: 'movable' }).closesOn).toBe('2026-08-05');
    const alt = saleWindow({ seizedOn: '2025-07-18', asset: 'movable', interpretation: { perishingLp63: 'does-not-apply' } });
    // The earliest day (one month → Mon 18 August 2025, the day after: Tue 19 August 2025) is not affected.
    expect(alt).toMatchObject({ opensOn: '2025-08-19', closesOn: '2026-07-20' });
  });

  it('a Sunday end shifted into the féries (norms §4 item 1): LP 63 applies, or the shifted day stands', () => {
    // Seized on Fri 14 July 2023: one year ends on Sun 14 July 2024, the next working day, Mon 15 July 2024,
    // is in the summer féries. Primary: LP 63 → after Wed 31 July, Thu 1 August is the national holiday:
    // Fri 2 (1), Mon 5 (2), Tue 6 August 2024 (3). Alternative: Mon 15 July 2024.
    // Opens the day after Mon 14 August 2023: Tue 15 August 2023.
    expect(saleWindow({ seizedOn: '2023-07-14', asset: 'movable' })).toMatchObject({ opensOn: '2023-08-15', closesOn: '2024-08-06' });
    expect(saleWindow({ seizedOn: '2023-07-14', asset: 'movable', interpretation: { shiftIntoFeries: 'shifted-day' } })).toMatchObject({
      opensOn: '2023-08-15',
      closesOn: '2024-07-15',
    });
  });

  it('the last day on the Jeûne genevois is moved in Geneva only', () => {
    // Seized on Wed 10 September 2025: one year ends on Thu 10 September 2026, the Jeûne genevois, a Geneva
    // holiday: Fri 11 September 2026 in Geneva; in Vaud (whose Jeûne holiday is the Monday) it stands.
    // Opens the day after Fri 10 October 2025: Sat 11 October 2025.
    expect(saleWindow({ seizedOn: '2025-09-10', asset: 'movable' })).toMatchObject({ opensOn: '2025-10-11', closesOn: '2026-09-11' });
    expect(saleWindow({ seizedOn: '2025-09-10', asset: 'movable', canton: 'VD' })).toMatchObject({ opensOn: '2025-10-11', closesOn: '2026-09-10' });
  });

  it('the alternative "at the earliest" reading is traced', () => {
    const r = saleWindow({ seizedOn: '2026-01-31', asset: 'movable', interpretation: { earliestDates: 'same-day' } });
    // Same-numbered day one month later, clipped: Sat 28 February 2026.
    expect(r.trace[0]!.values).toMatchObject({ opensOn: '2026-02-28', earliestDates: 'same-day' });
    expect(r.trace[0]!.text.fr).toContain('au plus tôt le samedi 28 février 2026');
  });
});

describe('saleWindow — norms in force', () => {
  it('has no norm before 1 January 1997, and applies them from that very day', () => {
    let error: unknown;
    try {
      saleWindow({ seizedOn: '1996-12-31', asset: 'movable' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LpNormError);
    expect(error).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { asOf: '1996-12-31' } });
    // Seized on Wed 1 January 1997: from the day after Sat 1 February 1997, Sun 2 February 1997; one year
    // ends on Thu 1 January 1998, a holiday within the Christmas féries: LP 63 → Fri 2 (1), Mon 5 (2),
    // Tue 6 January 1998 (3).
    expect(saleWindow({ seizedOn: '1997-01-01', asset: 'movable' })).toMatchObject({ opensOn: '1997-02-02', closesOn: '1998-01-06' });
  });
});
