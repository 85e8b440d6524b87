import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ByteSink } from './byte-sink.js';
import { recalculateQuotas } from './recalculate.js';
import type { RecalculationOptions, RecalculationResult } from './record.js';
import { writeResult } from './result-json.js';
import { seizurePlan } from '../engines/seizure/plan.js';

// Real provenances (official, and carried forward past the norms' period), one of them unicode-free.
const PROVENANCES = [seizurePlan({ asOf: '2026-06-01' }).provenance, seizurePlan({ asOf: '2031-06-01', latestKnownNorms: true }).provenance];

const decode = (b: Uint8Array): string => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
const written = (r: RecalculationResult): string => {
  const s = new ByteSink(8);
  writeResult(s, r);
  return decode(s.bytes());
};

const fixture = (): unknown[] =>
  readFileSync(new URL('../../fixtures/seizure-files.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);

describe('writeResult writes the bytes of JSON.stringify', () => {
  it('for every result of the bundled fixture, under each option that changes what a result holds', async () => {
    const files = fixture();
    // Ids that need escaping, an invalid record, a record that is not an object.
    files.push({ id: 'Q "1" \\ é\u0007\ud800', asOf: '2026-06-01', household: { type: 'single' }, netIncome: '4000.00' }, { id: 'BAD', netIncome: '-1' }, null);
    let ok = 0;
    let n = 0;
    const optionSets: RecalculationOptions[] = [{}, { asOf: '2026-06-01' }, { latestKnownNorms: true, interpretation: { childAge: 'after-age-10' } }, { trace: true }];
    for (const options of optionSets) {
      for await (const r of recalculateQuotas(options.trace ? files.slice(0, 40).concat(files.slice(-3)) : files, options)) {
        expect(written(r)).toBe(JSON.stringify(r));
        if (r.ok) ok++;
        n++;
      }
    }
    expect(n).toBe(3 * files.length + 43);
    // The fixture's successes exercise the fixed-shape path: with and without id, spouse share, end date.
    expect(ok).toBeGreaterThan(2 * files.length);
  });

  it('for any success or error of the result shape, whatever its strings', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const maybe = <T,>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
    const breakdown = fc.record({
      base: maybe(text),
      children: maybe(text),
      rent: maybe(text),
      healthInsurance: maybe(text),
      professional: maybe(text),
      alimony: maybe(text),
      childcare: maybe(text),
      education: maybe(text),
    });
    const success = fc.record({
      line: fc.integer({ min: 1, max: 2 ** 40 }),
      id: maybe(text),
      ok: fc.constant(true as const),
      result: fc.record({
        asOf: text,
        minimumVital: text,
        debtorShareOfMinimum: text,
        spouseShareOfMinimum: maybe(text),
        seizable: text,
        incomeSeizureEndsOn: maybe(text),
        normsVersion: text,
        breakdown,
        provenance: fc.constantFrom(...PROVENANCES),
      }),
    });
    const failure = fc.record({ line: fc.nat(), id: maybe(text), ok: fc.constant(false as const), error: fc.record({ code: text, message: fc.record({ fr: text, en: text }) }) });
    fc.assert(
      fc.property(fc.oneof(success, failure), (r) => {
        expect(written(r as RecalculationResult)).toBe(JSON.stringify(r));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a success without its optional fields, and one with every field', () => {
    const bare: RecalculationResult = {
      line: 7,
      ok: true,
      result: { asOf: '2026-06-01', minimumVital: '1200.00', debtorShareOfMinimum: '1200.00', seizable: '0.00', normsVersion: 'NI-2026', breakdown: {}, provenance: PROVENANCES[0]! },
    };
    expect(written(bare)).toBe(`{"line":7,"ok":true,"result":{"asOf":"2026-06-01","minimumVital":"1200.00","debtorShareOfMinimum":"1200.00","seizable":"0.00","normsVersion":"NI-2026","breakdown":{},"provenance":${JSON.stringify(PROVENANCES[0])}}}`);
    const full: RecalculationResult = {
      line: 8,
      id: 'A',
      ok: true,
      result: {
        asOf: '2026-06-01',
        minimumVital: '3000.00',
        debtorShareOfMinimum: '1800.00',
        spouseShareOfMinimum: '1200.00',
        seizable: '10.00',
        incomeSeizureEndsOn: '2027-06-01',
        normsVersion: 'NI-2026',
        breakdown: { base: '1700.00', education: '1300.00' },
        provenance: PROVENANCES[1]!,
      },
    };
    expect(JSON.parse(written(full))).toEqual(full);
    expect(written(full)).toBe(JSON.stringify(full));
  });
});
