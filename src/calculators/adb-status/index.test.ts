import { describe, expect, it } from 'vitest';
import { inputIssueTexts } from '../../../test/support/thrown.js';
import { adbStatus, type AdbStatusInput } from './index.js';

// adbStatus: the certificate of loss (ADB). Continuation without a new payment order within six months
// of its notification to the creditor (LP 149 al. 3; norms §4 item 9: from issuance is the alternative);
// no interest (LP 149 al. 4); prescription 20 years after issuance, or one year after the debtor's death
// against the heirs if earlier (LP 149a al. 1); the last day to interrupt moved off a Saturday, Sunday or
// holiday (CO 132 al. 2; RS 173.110.3; norms §4 item 8).

const issuesOf = (input: unknown): string[] => inputIssueTexts(() => adbStatus(input as AdbStatusInput));

const step = (r: { trace: { rule: string }[] }, rule: string) => {
  const found = r.trace.find((s) => s.rule === rule);
  expect(found, rule).toBeDefined();
  return found as (typeof r.trace)[number] & { citation: string; text: { fr: string; en: string }; values?: Record<string, unknown> };
};

describe('adbStatus — input validation', () => {
  it('names each impossible date by its JSON pointer', () => {
    expect(issuesOf({ issuedOn: '2026-02-30' })).toEqual(['/issuedOn INVALID_DATE']);
    expect(issuesOf({ issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-04-31' })).toEqual(['/notifiedToCreditorOn INVALID_DATE']);
    expect(issuesOf({ issuedOn: '2026-03-02', debtorDiedOn: '2027-02-29' })).toEqual(['/debtorDiedOn INVALID_DATE']);
    expect(issuesOf({ issuedOn: '2026-13-01', notifiedToCreditorOn: '2026-00-10', debtorDiedOn: '2026-06-31' })).toEqual([
      '/issuedOn INVALID_DATE',
      '/notifiedToCreditorOn INVALID_DATE',
      '/debtorDiedOn INVALID_DATE',
    ]);
  });

  it('the ADB cannot be notified before it was issued: the day before is OUT_OF_RANGE, the same day is accepted', () => {
    // issued Mon 2 March 2026, notified Sun 1 March 2026
    expect(issuesOf({ issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-03-01' })).toEqual(['/notifiedToCreditorOn OUT_OF_RANGE']);
    // notified the day it was issued, Mon 2 March 2026: six months → Wed 2 September 2026, a working day
    const r = adbStatus({ issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-03-02' });
    expect(r).toMatchObject({ continuationUntil: '2026-09-02', continuationFrom: 'notification' });
  });

  it('a debtor who died before the ADB was issued is a contradiction, with what to send; dying that day or later is accepted', () => {
    // issued Mon 2 March 2026; died Sun 1 March 2026
    expect(issuesOf({ issuedOn: '2026-03-02', debtorDiedOn: '2026-03-01' })).toEqual(['/debtorDiedOn DEBTOR_DIED_BEFORE_ADB']);
    expect(issuesOf({ issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-03-01', debtorDiedOn: '2026-03-01' })).toEqual([
      '/notifiedToCreditorOn OUT_OF_RANGE',
      '/debtorDiedOn DEBTOR_DIED_BEFORE_ADB',
    ]);
    // Died the day of issuance, Mon 2 March 2026: one year against the heirs, Tue 2 March 2027.
    expect(adbStatus({ issuedOn: '2026-03-02', debtorDiedOn: '2026-03-02' }).prescribesOn).toBe('2027-03-02');
  });

  it('the order of the dates is checked only once both are real dates', () => {
    // 30 February is not a date: only that is reported, not a notification "before" it.
    expect(issuesOf({ issuedOn: '2026-02-30', notifiedToCreditorOn: '2026-02-27' })).toEqual(['/issuedOn INVALID_DATE']);
    expect(issuesOf({ issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-02-30', debtorDiedOn: '2026-06-10' })).toEqual([
      '/notifiedToCreditorOn INVALID_DATE',
    ]);
  });
});

describe('adbStatus — continuation (LP 149 al. 3)', () => {
  it('from notification to the creditor (primary): the trace names the basis and the dates', () => {
    // notified Thu 5 March 2026 → Sat 5 September 2026 → Mon 7 September 2026
    const r = adbStatus({ issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-03-05' });
    expect(r.interestAccrues).toBe(false);
    expect(r).toMatchObject({ continuationUntil: '2026-09-07', continuationFrom: 'notification' });
    const s = r.trace[0]!;
    expect(s.rule).toBe('lp.adb.continuation');
    expect(s.citation).toBe('LP 149 al. 3');
    expect(s.values).toEqual({ from: '2026-03-05', basis: 'notification', until: '2026-09-07' });
    expect(s.text).toEqual({
      fr: "Continuation sans nouveau commandement de payer jusqu'au lundi 7 septembre 2026, six mois dès la notification au créancier.",
      en: 'Continuation without a new payment order until Monday 7 September 2026, six months from notification to the creditor.',
    });
    // the deadline's own steps follow: its natural end on a Saturday, moved to the Monday
    expect(step(r, 'lp.deadlines.natural-end').values).toMatchObject({ nominalEnd: '2026-09-05', endStatus: 'saturday' });
    expect(step(r, 'lp.deadlines.last-day').values).toMatchObject({ lastDay: '2026-09-07' });
  });

  it('notification date unknown (primary reading): counted from issuance, and the trace says why', () => {
    // issued Mon 2 March 2026 → Wed 2 September 2026
    const r = adbStatus({ issuedOn: '2026-03-02' });
    expect(r).toMatchObject({ continuationUntil: '2026-09-02', continuationFrom: 'issuance' });
    expect(r.trace[0]!.values).toEqual({ from: '2026-03-02', basis: 'issuance', until: '2026-09-02' });
    expect(r.trace[0]!.text).toEqual({
      fr: "Continuation sans nouveau commandement de payer jusqu'au mercredi 2 septembre 2026, six mois dès la délivrance (date de notification inconnue : compté dès la délivrance).",
      en: 'Continuation without a new payment order until Wednesday 2 September 2026, six months from issuance (notification date unknown: counted from issuance).',
    });
  });

  it('issuance reading (alternative): from issuance, with or without a notification date, no "unknown" note', () => {
    const expected = {
      fr: "Continuation sans nouveau commandement de payer jusqu'au mercredi 2 septembre 2026, six mois dès la délivrance.",
      en: 'Continuation without a new payment order until Wednesday 2 September 2026, six months from issuance.',
    };
    for (const input of [
      { issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-03-05', interpretation: { adbContinuationFrom: 'issuance' as const } },
      { issuedOn: '2026-03-02', interpretation: { adbContinuationFrom: 'issuance' as const } },
    ]) {
      const r = adbStatus(input);
      expect(r).toMatchObject({ continuationUntil: '2026-09-02', continuationFrom: 'issuance' });
      expect(r.trace[0]!.values).toEqual({ from: '2026-03-02', basis: 'issuance', until: '2026-09-02' });
      expect(r.trace[0]!.text).toEqual(expected);
    }
  });
});

describe('adbStatus — prescription (LP 149a al. 1) and last day to interrupt (CO 132 al. 2)', () => {
  it('20 years after issuance; no interest runs', () => {
    // issued Mon 2 March 2026 → Fri 2 March 2046, a working day
    const r = adbStatus({ issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-03-05' });
    expect(r).toMatchObject({ prescribesOn: '2046-03-02', lastDayToInterrupt: '2046-03-02' });
    const p = step(r, 'lp.adb.prescription');
    expect(p.citation).toBe('LP 149a al. 1');
    expect(p.values).toEqual({ prescribesOn: '2046-03-02', byDeath: false });
    expect(p.text).toEqual({
      fr: 'La créance se prescrit le vendredi 2 mars 2046 (20 ans après la délivrance) ; aucun intérêt ne court (art. 149 al. 4 LP).',
      en: 'The claim prescribes on Friday 2 March 2046 (20 years after issuance); no interest runs (LP art. 149 para. 4).',
    });
    const last = step(r, 'lp.adb.last-day-to-interrupt');
    expect(last.citation).toBe('CO 132 al. 2; RS 173.110.3');
    expect(last.values).toEqual({ lastDayToInterrupt: '2046-03-02', reading: 'shift' });
    expect(last.text).toEqual({
      fr: 'Dernier jour pour interrompre la prescription : vendredi 2 mars 2046.',
      en: 'Last day to interrupt the prescription: Friday 2 March 2046.',
    });
  });

  it('debtor dead: one year after the death when that is earlier; on the same day the 20 years stand', () => {
    // died Wed 1 March 2045 → Thu 1 March 2046, one day before the 20 years (Fri 2 March 2046)
    const earlier = adbStatus({ issuedOn: '2026-03-02', debtorDiedOn: '2045-03-01' });
    expect(earlier).toMatchObject({ prescribesOn: '2046-03-01', lastDayToInterrupt: '2046-03-01' });
    const p = step(earlier, 'lp.adb.prescription');
    expect(p.values).toEqual({ prescribesOn: '2046-03-01', byDeath: true });
    // French writes the first of the month "1er"
    expect(p.text).toEqual({
      fr: "La créance se prescrit le jeudi 1er mars 2046 (un an après le décès du débiteur, à l'égard des héritiers) ; aucun intérêt ne court (art. 149 al. 4 LP).",
      en: 'The claim prescribes on Thursday 1 March 2046 (one year after the debtor died, against the heirs); no interest runs (LP art. 149 para. 4).',
    });
    // died Thu 2 March 2045 → Fri 2 March 2046, the same day as the 20 years: not earlier
    const same = adbStatus({ issuedOn: '2026-03-02', debtorDiedOn: '2045-03-02' });
    expect(same.prescribesOn).toBe('2046-03-02');
    expect(step(same, 'lp.adb.prescription').values).toEqual({ prescribesOn: '2046-03-02', byDeath: false });
    expect(step(same, 'lp.adb.prescription').text.en).toContain('(20 years after issuance)');
    // died Wed 10 June 2026 → Thu 10 June 2027
    expect(adbStatus({ issuedOn: '2026-03-02', debtorDiedOn: '2026-06-10' }).prescribesOn).toBe('2027-06-10');
  });

  it('a prescription ending on a Saturday: the last day to interrupt moves to Monday (primary), not under the alternative', () => {
    // issued Tue 29 February 2028 → Sat 29 February 2048 → Mon 2 March 2048
    const shifted = adbStatus({ issuedOn: '2028-02-29' });
    expect(shifted).toMatchObject({ prescribesOn: '2048-02-29', lastDayToInterrupt: '2048-03-02' });
    const s = step(shifted, 'lp.adb.last-day-to-interrupt');
    expect(s.values).toEqual({ lastDayToInterrupt: '2048-03-02', reading: 'shift' });
    expect(s.text).toEqual({
      fr: 'Dernier jour pour interrompre la prescription, reporté au jour ouvrable : lundi 2 mars 2048.',
      en: 'Last day to interrupt the prescription, moved to the working day: Monday 2 March 2048.',
    });
    const plain = adbStatus({ issuedOn: '2028-02-29', interpretation: { prescriptionShift: 'no-shift' } });
    expect(plain.lastDayToInterrupt).toBe('2048-02-29');
    const t = step(plain, 'lp.adb.last-day-to-interrupt');
    expect(t.values).toEqual({ lastDayToInterrupt: '2048-02-29', reading: 'no-shift' });
    expect(t.text.en).toBe('Last day to interrupt the prescription: Saturday 29 February 2048.');
  });

  it('the trace ends with the prescription and the last day, in that order', () => {
    const rules = adbStatus({ issuedOn: '2026-03-02' }).trace.map((s) => s.rule);
    expect(rules[0]).toBe('lp.adb.continuation');
    expect(rules.slice(-2)).toEqual(['lp.adb.prescription', 'lp.adb.last-day-to-interrupt']);
  });
});

describe('adbStatus — parameter lists of objects are written as JSON in the trace', () => {
  it('the féries spans of the deadlines parameters read as JSON, never "[object Object]"', () => {
    const r = adbStatus({ issuedOn: '2026-03-02', notifiedToCreditorOn: '2026-03-02' });
    const texts = r.trace.flatMap((s) => Object.values(s.values ?? {})).filter((v): v is string => typeof v === 'string');
    expect(texts.some((v) => v.includes('[object Object]'))).toBe(false);
    const feries = r.trace.map((s) => s.values?.feries).find((v) => v !== undefined);
    expect(typeof feries).toBe('string');
    expect(Array.isArray(JSON.parse(feries as string))).toBe(true);
  });
});
