import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adbStatus, canContinue, caseTimeline, extractVisibility, hideRequestEarliest, oppositionDeadline, paymentDeadline, saleWindow } from '../src/index.js';
import { epochDayOf, formatIsoDate, parseIsoDate } from '../src/core/dates.js';

// Laws of the procedure functions (norms §3.3–3.6).

const day = fc.integer({ min: epochDayOf(1998, 1, 1), max: epochDayOf(2070, 12, 31) }).map(formatIsoDate);
const addDays = (iso: string, n: number) => formatIsoDate(parseIsoDate(iso)! + n);
const span = (start: string) => fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 400 })).map(([a, b]) => ({ from: addDays(start, a), to: addDays(start, a + b) }));

describe('procedure laws', () => {
  it('a sale window opens before it closes', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('movable' as const, 'immovable' as const), (seizedOn, asset) => {
        const w = saleWindow({ seizedOn, asset });
        expect(w.opensOn! < w.closesOn).toBe(true);
        expect(w.opensOn! > seizedOn).toBe(true);
      }),
    );
  });

  // As for deadlines, LP 63 breaks monotonicity: served Tuesday 24 July 2001, 5 days of proceedings put the
  // end on Monday 29 July 2002, in the summer féries (→ Tuesday 6 August); 8 days put it on Thursday
  // 1 August, a holiday outside them (→ Friday 2 August). Without an LP 63 extension, longer never shortens.
  it('longer opposition proceedings never shorten the perishing date (unless LP 63 extended the shorter one)', () => {
    fc.assert(
      fc.property(day, (notifiedOn) => {
        return fc.assert(
          fc.property(span(notifiedOn), fc.integer({ min: 0, max: 60 }), (p, longer) => {
            const base = { notifiedOn, requestedOn: notifiedOn, paidInFull: false };
            const short = canContinue({ ...base, opposition: { filedOn: notifiedOn, status: 'lifted', proceedings: [p] } });
            const long = canContinue({ ...base, opposition: { filedOn: notifiedOn, status: 'lifted', proceedings: [{ ...p, to: addDays(p.to, longer) }] } });
            expect(long.suspendedDays).toBe(short.suspendedDays + longer);
            const extended = short.trace.some((t) => t.rule === 'lp.deadlines.lp63-end-in-closed-period' && t.values?.fired === true)
              || short.trace.some((t) => t.rule === 'lp.deadlines.lp63-after-shift' && t.values?.fired === true);
            if (!extended) expect(long.expiresOn >= short.expiresOn).toBe(true);
          }),
          { numRuns: 5 },
        );
      }),
      { numRuns: 40 },
    );
  });

  it('the continuation window opens after the payment deadline and closes at least a year after service', () => {
    fc.assert(
      fc.property(day, (notifiedOn) => {
        const c = canContinue({ notifiedOn, requestedOn: notifiedOn, paidInFull: false });
        expect(c.earliestOn).toBe(addDays(paymentDeadline({ notifiedOn }).lastDay, 1));
        expect(c.expiresOn >= formatIsoDate(parseIsoDate(notifiedOn)! + 365)).toBe(true);
        expect(c.reasons.map((r) => r.code)).toEqual(['PREMATURE']);
      }),
    );
  });

  it('the ADB prescribes no later than 20 years after issuance, and the last day to interrupt is a working day on or after it', () => {
    fc.assert(
      fc.property(day, fc.option(fc.integer({ min: 0, max: 9000 }), { nil: undefined }), (issuedOn, died) => {
        const a = adbStatus({ issuedOn, ...(died !== undefined ? { debtorDiedOn: addDays(issuedOn, died) } : {}) });
        expect(a.prescribesOn <= formatIsoDate(parseIsoDate(issuedOn)! + 20 * 366)).toBe(true);
        expect(a.lastDayToInterrupt >= a.prescribesOn).toBe(true);
        expect(a.interestAccrues).toBe(false);
      }),
    );
  });

  it('the timeline is sorted and every date is the single function\'s', () => {
    const input = fc.record({
      notifiedOn: day,
      opposed: fc.boolean(),
      seizureAfter: fc.option(fc.integer({ min: 30, max: 400 }), { nil: undefined }),
      asset: fc.constantFrom('movable' as const, 'immovable' as const, 'income' as const),
      adbAfter: fc.option(fc.integer({ min: 60, max: 900 }), { nil: undefined }),
      paidAfter: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(input, (x) => {
        const t = caseTimeline({
          notifiedOn: x.notifiedOn,
          ...(x.opposed ? { opposition: { filedOn: addDays(x.notifiedOn, 2), status: 'lifted' as const, proceedings: [{ from: addDays(x.notifiedOn, 30), to: addDays(x.notifiedOn, 90) }] } } : {}),
          ...(x.seizureAfter !== undefined ? { seizure: { seizedOn: addDays(x.notifiedOn, x.seizureAfter), asset: x.asset } } : {}),
          ...(x.adbAfter !== undefined ? { adb: { issuedOn: addDays(x.notifiedOn, x.adbAfter) } } : {}),
          ...(x.paidAfter !== undefined ? { paidOn: addDays(x.notifiedOn, x.paidAfter) } : {}),
        });
        const dates = t.milestones.map((m) => m.date);
        expect([...dates].sort()).toEqual(dates);
        const at = (kind: string) => t.milestones.find((m) => m.kind === kind)?.date;
        expect(at('opposition-last-day')).toBe(oppositionDeadline({ notifiedOn: x.notifiedOn }).lastDay);
        expect(at('payment-last-day')).toBe(paymentDeadline({ notifiedOn: x.notifiedOn }).lastDay);
        const proceedings = x.opposed ? [{ from: addDays(x.notifiedOn, 30), to: addDays(x.notifiedOn, 90) }] : [];
        const c = canContinue({ notifiedOn: x.notifiedOn, requestedOn: x.notifiedOn, paidInFull: false, ...(x.opposed ? { opposition: { filedOn: addDays(x.notifiedOn, 2), status: 'lifted', proceedings } } : {}) });
        expect(at('continuation-from')).toBe(c.earliestOn);
        expect(at('continuation-until')).toBe(c.expiresOn);
        if (x.opposed) {
          const closedOn = x.paidAfter !== undefined ? { closedOn: addDays(x.notifiedOn, x.paidAfter) } : {};
          const hide = hideRequestEarliest({ notifiedOn: x.notifiedOn, opposition: { filedOn: addDays(x.notifiedOn, 2), status: 'lifted', proceedings }, ...closedOn });
          expect(at('hide-request-from')).toBe(hide.on);
          expect(at('hide-request-until')).toBe(hide.until ?? undefined);
        } else expect(at('hide-request-from')).toBeUndefined();
        if (x.seizureAfter !== undefined) {
          const w = saleWindow({ seizedOn: addDays(x.notifiedOn, x.seizureAfter), asset: x.asset });
          expect(at('sale-until')).toBe(w.closesOn);
          expect(at('sale-from')).toBe(w.opensOn ?? undefined);
        }
        if (x.adbAfter !== undefined) {
          const a = adbStatus({ issuedOn: addDays(x.notifiedOn, x.adbAfter) });
          expect(at('adb-continuation-until')).toBe(a.continuationUntil);
          expect(at('adb-prescription')).toBe(a.prescribesOn);
        }
        if (x.paidAfter !== undefined) {
          const paidOn = addDays(x.notifiedOn, x.paidAfter);
          expect(at('extract-visible-until')).toBe(extractVisibility({ closedOn: paidOn, paidOn }).visibleUntil);
        }
        for (const p of t.periods) expect(p.from <= p.to).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('procedure inputs', () => {
  const codes = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as { issues?: { path: string; code: string }[] }).issues?.map((i) => `${i.path} ${i.code}`);
    }
    throw new Error('expected an error');
  };

  it('report every problem with its JSON pointer', () => {
    expect(
      codes(() => canContinue({ notifiedOn: '2026-02-30', requestedOn: '2026-03-01', paidInFull: false, opposition: { filedOn: '2026-03-01', status: 'lifted', proceedings: [{ from: '2026-05-04', to: '2026-05-01' }] } })),
    ).toEqual(['/notifiedOn INVALID_DATE', '/opposition/proceedings/0/to OUT_OF_RANGE']);
    expect(codes(() => saleWindow({ seizedOn: '2026-03-01', asset: 'car' as 'movable' }))).toEqual(['/asset INVALID_VALUE']);
    expect(codes(() => adbStatus({ issuedOn: '2026-03-05', notifiedToCreditorOn: '2026-03-01' }))).toEqual(['/notifiedToCreditorOn OUT_OF_RANGE']);
  });
});
