import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LpInputError, LpNormError } from '../../core/errors.js';
import { epochDayOf, formatIsoDate } from '../../core/dates.js';
import { rules } from '../../rules/index.js';
import { canContinue, type CanContinueInput } from './index.js';

// The contract of canContinue (LP 12, 78, 88): reasons, scope, the window and its trace. The worked
// examples (examples.json) cover the dates; these tests cover what integrators read besides them.

const inputIssues = (input: unknown): LpInputError => {
  try {
    canContinue(input as CanContinueInput);
  } catch (e) {
    if (e instanceof LpInputError) return e;
    throw e;
  }
  throw new Error('expected LpInputError');
};

// Served on Monday 9 March 2026. Day 20 is Sunday 29 March 2026, the first day of the Easter féries
// (Easter Sunday 5 April 2026: féries Sunday 29 March – Sunday 12 April); LP 63 extends the time to pay to
// the third working day after them, Wednesday 15 April 2026: the earliest request is Thursday 16 April 2026
// (LP 88 al. 1). The right lapses one year after service: Tuesday 9 March 2027 (LP 88 al. 2).
const served = { notifiedOn: '2026-03-09', paidInFull: false } as const;

describe('canContinue — malformed input', () => {
  it('names every malformed date by its JSON pointer, all at once', () => {
    const e = inputIssues({
      notifiedOn: '2026-02-29', // 2026 is not a leap year
      requestedOn: '2026-04-31',
      paidInFull: false,
      opposition: {
        filedOn: '2026-02-30',
        status: 'lifted',
        proceedings: [
          { from: '2026-05-04', to: '2026-05-01' }, // ends before it starts
          { from: '2026-13-01', to: '2026-06-31' },
        ],
      },
    });
    expect(e).toBeInstanceOf(LpInputError);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '/notifiedOn INVALID_DATE',
      '/requestedOn INVALID_DATE',
      '/opposition/filedOn INVALID_DATE',
      '/opposition/proceedings/0/to OUT_OF_RANGE',
      '/opposition/proceedings/1/from INVALID_DATE',
      '/opposition/proceedings/1/to INVALID_DATE',
    ]);
    for (const i of e.issues) {
      expect(i.message.fr).toMatch(/\S/);
      expect(i.message.en).toMatch(/\S/);
      expect(i.message.fr).not.toBe(i.message.en);
    }
  });

  it('a malformed request day alone is reported at /requestedOn', () => {
    expect(inputIssues({ ...served, requestedOn: '2027-02-29' }).issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/requestedOn INVALID_DATE']);
  });

  it('a malformed opposition date alone is reported at /opposition/filedOn', () => {
    const e = inputIssues({ ...served, requestedOn: '2026-05-04', opposition: { filedOn: '2026-03-32', status: 'pending' } });
    expect(e.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/opposition/filedOn INVALID_DATE']);
  });

  it('whether the debt is paid is required', () => {
    expect(inputIssues({ notifiedOn: '2026-03-09', requestedOn: '2026-04-16' }).issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/paidInFull REQUIRED']);
  });
});

describe('canContinue — the window of LP 88, at its limits', () => {
  it('is premature on the last day to pay, open the next day, open on the last day of the year, lapsed the day after', () => {
    // Wed 15 April 2026: the (extended) time to pay has not yet ended.
    const early = canContinue({ ...served, requestedOn: '2026-04-15' });
    expect(early).toMatchObject({ allowed: false, earliestOn: '2026-04-16', expiresOn: '2027-03-09', suspendedDays: 0, scope: 'whole-claim' });
    expect(early.reasons).toEqual([
      {
        code: 'PREMATURE',
        rule: 'lp.procedure.premature',
        citation: 'LP 88 al. 1',
        message: rules.find((r) => r.id === 'lp.procedure.premature')!.event.params.message,
      },
    ]);
    // Thu 16 April 2026 and Tue 9 March 2027: the first and the last day.
    expect(canContinue({ ...served, requestedOn: '2026-04-16' })).toMatchObject({ allowed: true, reasons: [] });
    expect(canContinue({ ...served, requestedOn: '2027-03-09' })).toMatchObject({ allowed: true, reasons: [] });
    // Wed 10 March 2027: lapsed.
    const late = canContinue({ ...served, requestedOn: '2027-03-10' });
    expect(late.allowed).toBe(false);
    expect(late.reasons.map((r) => [r.code, r.rule, r.citation])).toEqual([['PERISHED', 'lp.procedure.perished', 'LP 88 al. 2']]);
    expect(late.reasons[0]!.message.fr).toMatch(/périmé/);
    expect(late.reasons[0]!.message.en).toMatch(/lapsed/);
  });

  it('law: with no opposition and an unpaid debt, a request is allowed exactly from earliestOn to expiresOn', () => {
    const day0 = epochDayOf(2026, 3, 9); // Mon 9 March 2026
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 400 }), (offset) => {
        const requestedOn = formatIsoDate(day0 + offset);
        const r = canContinue({ ...served, requestedOn });
        const expected = requestedOn < '2026-04-16' ? ['PREMATURE'] : requestedOn > '2027-03-09' ? ['PERISHED'] : [];
        expect(r.reasons.map((x) => x.code)).toEqual(expected);
        expect(r.allowed).toBe(expected.length === 0);
        expect(r.scope).toBe('whole-claim');
      }),
      { numRuns: 60 },
    );
  });

  it('the year ends on a Geneva holiday: moved in Geneva, not in Zurich (canton option)', () => {
    // Served on Wed 9 September 2026; the year ends on Thu 9 September 2027, the Jeûne genevois (the
    // Thursday after the first Sunday of September), a holiday in Geneva only: Fri 10 September 2027 there.
    // Day 20, Tue 29 September 2026, is a working day: earliest request Wed 30 September 2026.
    const input = { notifiedOn: '2026-09-09', requestedOn: '2027-09-10', paidInFull: false };
    expect(canContinue(input)).toMatchObject({ allowed: true, earliestOn: '2026-09-30', expiresOn: '2027-09-10' });
    const zh = canContinue({ ...input, canton: 'ZH' });
    expect(zh).toMatchObject({ allowed: false, earliestOn: '2026-09-30', expiresOn: '2027-09-09' });
    expect(zh.reasons.map((r) => r.code)).toEqual(['PERISHED']);
  });
});

describe('canContinue — opposition and scope (LP 78)', () => {
  const opposition = { filedOn: '2026-03-12', status: 'pending' as const }; // opposed on Thu 12 March 2026

  it('without any opposition, the whole claim is concerned, whether or not the request is allowed', () => {
    expect(canContinue({ ...served, requestedOn: '2026-05-04' }).scope).toBe('whole-claim');
    expect(canContinue({ ...served, requestedOn: '2026-04-01' }).scope).toBe('whole-claim');
  });

  it('a partial opposition lets the undisputed part continue, but not before the time to pay has ended', () => {
    const r = canContinue({ ...served, requestedOn: '2026-04-15', opposition: { ...opposition, partial: true } });
    expect(r.scope).toBe('undisputed-part');
    expect(r.allowed).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual(['PREMATURE']);
  });

  it('a withdrawn opposition no longer suspends the enforcement', () => {
    const r = canContinue({ ...served, requestedOn: '2026-05-04', opposition: { ...opposition, status: 'withdrawn' } });
    expect(r).toMatchObject({ allowed: true, scope: 'whole-claim', reasons: [] });
  });

  it('once a partial opposition is lifted, the enforcement continues for the whole claim', () => {
    const r = canContinue({ ...served, requestedOn: '2026-05-04', opposition: { ...opposition, status: 'lifted', partial: true } });
    expect(r).toMatchObject({ allowed: true, scope: 'whole-claim', reasons: [] });
  });

  it('gives every reason, in the documented order: paid, opposition pending, premature', () => {
    const r = canContinue({ ...served, paidInFull: true, requestedOn: '2026-04-01', opposition });
    expect(r.reasons.map((x) => [x.code, x.citation])).toEqual([
      ['DEBT_PAID', 'LP 12 al. 2'],
      ['OPPOSITION_PENDING', 'LP 78 al. 1'],
      ['PREMATURE', 'LP 88 al. 1'],
    ]);
    for (const x of r.reasons) {
      expect(x.message.fr).toMatch(/\S/);
      expect(x.message.en).toMatch(/\S/);
      expect(x.message.fr).not.toBe(x.message.en);
    }
  });
});

describe('canContinue — trace', () => {
  const RULES = ['lp.procedure.debt-paid', 'lp.procedure.opposition-pending', 'lp.procedure.premature', 'lp.procedure.perished', 'lp.procedure.partial-opposition'];

  it('explains the window, then each norm of the decision with the facts it compared', () => {
    const r = canContinue({ ...served, requestedOn: '2026-04-15' });
    expect(r.trace[0]).toMatchObject({
      rule: 'lp.continuation.earliest',
      citation: 'LP 88 al. 1',
      values: { earliestOn: '2026-04-16', paymentLastDay: '2026-04-15', reading: 'after-extended-deadline' },
    });
    expect(r.trace[0]!.text.fr).toContain('jeudi 16 avril 2026');
    expect(r.trace[0]!.text.en).toContain('Thursday 16 April 2026');
    expect(r.trace[1]).toMatchObject({
      rule: 'lp.continuation.perishing',
      citation: 'LP 88 al. 2',
      values: { suspendedDays: 0, standstill: 'inclusive', lp63: 'applies', expiresOn: '2027-03-09' },
    });
    // The decision's norms, in the order of the norm file, and no other norm of the family (mainlevée, register).
    const decision = r.trace.filter((s) => s.rule.startsWith('lp.procedure.'));
    expect(decision.map((s) => s.rule)).toEqual(RULES);
    expect(r.trace.slice(-RULES.length)).toEqual(decision);
    const step = (id: string) => decision.find((s) => s.rule === id)!;
    const norm = (id: string) => rules.find((x) => x.id === id)!;
    // Without an opposition, the status compared is "none".
    expect(step('lp.procedure.opposition-pending').values).toEqual({ fired: false, oppositionStatus: 'none', partialOpposition: false });
    expect(step('lp.procedure.partial-opposition').values).toEqual({ fired: false, oppositionStatus: 'none', partialOpposition: false });
    expect(step('lp.procedure.debt-paid').values).toEqual({ fired: false, paidInFull: false });
    expect(step('lp.procedure.premature')).toMatchObject({ citation: 'LP 88 al. 1', values: { fired: true, requestedOn: '2026-04-15' } });
    // A norm that fires says why (its message); one that does not says it is satisfied.
    expect(step('lp.procedure.premature').text).toEqual(norm('lp.procedure.premature').event.params.message);
    expect(step('lp.procedure.perished').text).toEqual(norm('lp.procedure.perished').satisfied);
  });

  it('traces the opposition as given', () => {
    const r = canContinue({ ...served, requestedOn: '2026-05-04', opposition: { filedOn: '2026-03-12', status: 'pending', partial: true } });
    const step = r.trace.find((s) => s.rule === 'lp.procedure.partial-opposition')!;
    expect(step.values).toEqual({ fired: true, oppositionStatus: 'pending', partialOpposition: true });
    expect(r.trace.find((s) => s.rule === 'lp.procedure.opposition-pending')!.values).toMatchObject({ fired: false, oppositionStatus: 'pending' });
  });
});

describe('canContinue — norms in force', () => {
  it('has no norm before 1 January 1997 (NO_NORM_IN_FORCE), and applies them from that very day', () => {
    let error: unknown;
    try {
      canContinue({ notifiedOn: '1996-12-31', requestedOn: '1997-02-03', paidInFull: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LpNormError);
    expect(error).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { asOf: '1996-12-31' } });

    // Served on Wed 1 January 1997, a holiday within the Christmas féries (Wed 18 December 1996 – Wed 1 January
    // 1997): service takes effect on Thu 2 January 1997, day 1 (LP 56, BGE 121 III 284). Day 20 is Tue 21
    // January 1997: earliest request Wed 22 January 1997. The year ends on Thu 1 January 1998, again a
    // holiday within the féries: LP 63 extends it to the third working day after them — Fri 2 (1),
    // Mon 5 (2), Tue 6 January 1998 (3).
    const r = canContinue({ notifiedOn: '1997-01-01', requestedOn: '1997-01-22', paidInFull: false });
    expect(r).toMatchObject({ allowed: true, earliestOn: '1997-01-22', expiresOn: '1998-01-06' });
  });
});
