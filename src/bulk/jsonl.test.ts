import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resultToJsonLine } from './jsonl.js';
import { recalculateQuotas, type RecalculationResult } from './recalculate.js';

const amount = fc.integer({ min: 0, max: 99_999_999 }).map((c) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
// Ids as users write them: plain, quotes, backslashes, control characters, accents, emoji, lone surrogates.
const id = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('DCSO-127-2024', 'a"b', 'c\\d', 'tab\there', 'é', '\u2028', '\ud800'));
const ok: fc.Arbitrary<RecalculationResult> = fc.record({
  line: fc.nat(),
  id: maybe(id),
  ok: fc.constant(true as const),
  result: fc.record({
    asOf: fc.constantFrom('2024-06-03', '2026-06-01'),
    minimumVital: amount,
    debtorShareOfMinimum: amount,
    spouseShareOfMinimum: maybe(amount),
    seizable: amount,
    incomeSeizureEndsOn: maybe(fc.constant('2027-06-01')),
    normsVersion: fc.constantFrom('KBKS-2009', 'NI-2026', 'NI-2025+X'),
    breakdown: fc.record({
      base: amount,
      children: maybe(amount),
      rent: maybe(amount),
      healthInsurance: maybe(amount),
      professional: maybe(amount),
      alimony: maybe(amount),
      childcare: maybe(amount),
      education: maybe(amount),
    }),
  }),
});

describe('resultToJsonLine', () => {
  it('writes exactly JSON.stringify of every result of the bundled fixture (ok and error records)', async () => {
    const files = readFileSync(new URL('../../fixtures/seizure-files.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as unknown);
    files.push({ id: 'BAD "1"', asOf: '2026-06-01', household: { type: 'single' }, netIncome: '-1' }, { household: 7 });
    let n = 0;
    for await (const r of recalculateQuotas(files)) {
      expect(resultToJsonLine(r)).toBe(JSON.stringify(r));
      n++;
    }
    expect(n).toBe(files.length);
  });

  it('writes exactly JSON.stringify of any untraced result: optional fields absent or present, any id', () => {
    fc.assert(fc.property(ok, (r) => resultToJsonLine(r) === JSON.stringify(r)));
  });

  it('leaves traced results to JSON.stringify', async () => {
    for await (const r of recalculateQuotas([{ asOf: '2026-06-01', household: { type: 'single' }, netIncome: '3000.00' }], { trace: true })) {
      expect(r.ok && r.result.trace!.length).toBeGreaterThan(3);
      expect(resultToJsonLine(r)).toBe(JSON.stringify(r));
    }
  });
});
