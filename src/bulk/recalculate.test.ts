import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { computeMinimumVital, seizableQuota, type LpInputError, type LpNormError } from '../index.js';
import { recalculateQuotas, type RecalculationResult } from './recalculate.js';
import { Progress } from '../cli/progress.js';

const file = (id: string, extra: Record<string, unknown> = {}) => ({ id, asOf: '2026-06-01', household: { type: 'single' }, netIncome: '3000.00', ...extra });
const collect = async (it: AsyncIterable<RecalculationResult>) => {
  const out: RecalculationResult[] = [];
  for await (const r of it) out.push(r);
  return out;
};

describe('recalculateQuotas', () => {
  it('takes arrays, generators, async iterables and object-mode streams; one result per record, in order', async () => {
    const records = [file('A'), { id: 'B' }, file('C', { netIncome: '900' })];
    async function* slow() {
      for (const r of records) {
        await new Promise((ok) => setTimeout(ok, 1));
        yield r;
      }
    }
    function* sync() {
      yield* records;
    }
    for (const source of [records, sync(), slow(), Readable.from(records)]) {
      const out = await collect(recalculateQuotas(source));
      expect(out.map((r) => [r.line, r.id, r.ok])).toEqual([
        [1, 'A', true],
        [2, 'B', false],
        [3, 'C', true],
      ]);
    }
  });

  it('agrees with computeMinimumVital + seizableQuota, with and without trace', async () => {
    const expense = fc.oneof(fc.integer({ min: 0, max: 500_000 }).map((c) => (c / 100).toFixed(2)), fc.record({ amount: fc.constant('100.00'), proven: fc.boolean() }));
    const record = fc.record({
      household: fc.record({
        type: fc.constantFrom('single', 'single-parent', 'couple', 'cohabiting-partner', 'flat-share'),
        children: fc.array(fc.constantFrom('2008-02-29', '2008-06-01', '2008-06-02', '2010-01-01', '2016-02-29', '2016-06-01', '2016-06-02', '2024-12-31').map((birthDate) => ({ birthDate })), { maxLength: 3 }),
      }),
      expenses: fc.record({ rent: expense, rentShare: fc.constantFrom('1', '0.5', '0.3333'), healthInsurance: fc.array(expense, { maxLength: 2 }) }, { requiredKeys: [] }),
      netIncome: fc.integer({ min: 0, max: 1_000_000 }).map((c) => (c / 100).toFixed(2)),
      spouseNetIncome: fc.option(fc.integer({ min: 0, max: 800_000 }).map((c) => (c / 100).toFixed(2)), { nil: undefined }),
      seizedOn: fc.option(fc.constantFrom('2025-10-05', '2024-02-29'), { nil: undefined }),
      asOf: fc.constantFrom('2026-06-01', '2026-02-28'),
      interpretation: fc.record({ leapDayBirthday: fc.constantFrom('march-1', 'february-28'), incomeSeizureEnd: fc.constantFrom('same-numbered-day', 'day-before') }, { requiredKeys: [] }),
    });
    const seen = { ok: 0, household: 0, spouse: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 5 }), async (files) => {
        const withDates = files.map((f) => JSON.parse(JSON.stringify(f)));
        for (const trace of [false, true]) {
          const out = await collect(recalculateQuotas(withDates, { trace }));
          out.forEach((r, k) => {
            const f = withDates[k];
            // A household the norms refuse is refused alike, with the same issues (norms §3.8).
            let m: ReturnType<typeof computeMinimumVital>;
            try {
              m = computeMinimumVital({ asOf: f.asOf, household: f.household, expenses: f.expenses, interpretation: f.interpretation });
            } catch (e) {
              expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: (e as LpInputError).issues } });
              seen.household++;
              return;
            }
            // A spouse's income splits a couple's minimum only (the couple base, or cohabiting parents').
            const coupleBase = m.trace.some((s) => ['seizure.minimum-vital.base-couple', 'seizure.minimum-vital.base-cohabiting-parents'].includes(s.rule) && s.values?.householdType !== undefined);
            if (f.spouseNetIncome !== undefined && !coupleBase) {
              expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: '/spouseNetIncome', code: 'SPOUSE_INCOME_WITHOUT_COUPLE_BASE' }] } });
              seen.spouse++;
              return;
            }
            const q = seizableQuota({ netIncome: f.netIncome, minimumVital: m.total, ...(f.spouseNetIncome ? { spouseNetIncome: f.spouseNetIncome } : {}), ...(f.seizedOn ? { seizedOn: f.seizedOn } : {}), interpretation: f.interpretation });
            expect(r.ok).toBe(true);
            seen.ok++;
            if (!r.ok) return;
            expect(r.result).toMatchObject({ minimumVital: m.total, seizable: q.seizable, debtorShareOfMinimum: q.debtorShareOfMinimum, normsVersion: m.normsVersion });
            expect(r.result.incomeSeizureEndsOn).toBe(q.incomeSeizureEndsOn);
            expect(Object.fromEntries(Object.entries(r.result.breakdown).filter(([, v]) => v !== undefined))).toEqual(Object.fromEntries(m.breakdown.map((b) => [b.item, b.amount])));
            expect(r.result.trace === undefined).toBe(!trace);
          });
        }
      }),
      { numRuns: 60 },
    );
    // Each outcome was met: computed files, contradictory households, a spouse's income without a couple.
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);
  });

  it('a contradictory household is reported with the record\'s other issues, all at once', async () => {
    const [r] = await collect(recalculateQuotas([{ id: 'H', household: { type: 'single', children: [{ birthDate: '2023-01-15' }] }, netIncome: '1.234' }], { asOf: '2026-06-01' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!r!.ok && r!.error.issues!.map((i) => `${i.path} ${i.code}`)).toEqual(['/netIncome MONEY_PRECISION', '/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
  });

  it('a spouse\'s income splits a couple\'s minimum once: cohabiting parents split 1\'700 + child by incomes; partners without a child are refused', async () => {
    const parents = { household: { type: 'cohabiting-partner', children: [{ birthDate: '2023-01-15' }] }, expenses: { rent: '2200.00' }, netIncome: '3000.00', spouseNetIncome: '2000.00' };
    const [split, half] = await collect(recalculateQuotas([parents, { household: { type: 'cohabiting-partner' }, netIncome: '3000.00', spouseNetIncome: '2000.00' }], { asOf: '2026-06-01' }));
    // 1'700 + 400 + 2'200 = 4'300, the debtor's 3/5 = 2'580, 420 seizable (seizable-quota's worked example).
    expect(split).toMatchObject({ ok: true, result: { minimumVital: '4300.00', debtorShareOfMinimum: '2580.00', spouseShareOfMinimum: '1720.00', seizable: '420.00' } });
    expect(half).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: '/spouseNetIncome', code: 'SPOUSE_INCOME_WITHOUT_COUPLE_BASE' }] } });
  });

  it('a year with no edition: the same error, and the same wording naming the household\'s amount, as computeMinimumVital', async () => {
    const household = { type: 'couple' as const, children: [{ birthDate: '2023-01-15' }] };
    let expected: LpNormError | undefined;
    try {
      computeMinimumVital({ asOf: '2027-03-01', household });
    } catch (e) {
      expected = e as LpNormError;
    }
    for (const trace of [false, true]) {
      const [r] = await collect(recalculateQuotas([{ household, netIncome: '4000.00' }], { asOf: '2027-03-01', trace }));
      expect(r).toEqual({ line: 1, id: undefined, ok: false, error: { code: 'NO_NORM_IN_FORCE', message: expected!.messages } });
    }
    expect(expected!.details.norm).toBe('baseCouple');
  });

  it('reports every issue of a bad record with its JSON pointer, and keeps going', async () => {
    const [bad, good] = await collect(recalculateQuotas([{ id: 'X', household: { type: 'couple', children: [{ birthDate: '2030-01-01' }] }, netIncome: 'abc', extra: 1 }, file('Y')], { asOf: '2026-06-01' }));
    expect(bad).toMatchObject({ line: 1, id: 'X', ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: '/extra', code: 'UNKNOWN_PROPERTY' }, { path: '/netIncome', code: 'INVALID_MONEY' }, { path: '/household/children/0/birthDate', code: 'OUT_OF_RANGE' }] } });
    expect(good).toMatchObject({ line: 2, ok: true });
  });
});

describe('progress line', () => {
  it('draws on a terminal only, with rate and ETA, never on a pipe', () => {
    const writes: string[] = [];
    const tty = { isTTY: true, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
    const p = new Progress(tty, 1000);
    p.update(50, 500, true);
    expect(writes[0]).toMatch(/\[#{12}\.{12}\]\s+50%\s+50 records\s+[\d,]+\/s\s+ETA \d+s/);
    const pipe: string[] = [];
    new Progress({ isTTY: false, write: (s: string) => pipe.push(s) } as unknown as NodeJS.WriteStream, 1000).update(50, 500, true);
    expect(pipe).toEqual([]);
  });
});
