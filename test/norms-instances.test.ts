import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { RESULT_SCHEMAS } from '../src/schemas/results.js';
import { exampleInputs } from './support/examples.js';
import { inputIssueTexts, thrownLpError } from './support/thrown.js';

// Issue 17: norms loaded at run time reach every function through an instance (createLpRules), every
// result names the norms it rests on (provenance), and nothing global changes.

const example = JSON.parse(readFileSync(join(__dirname, '../examples/norms/NI-2027.draft.json'), 'utf8'));
const edition = (values: Record<string, string>, over: Record<string, unknown> = {}) => ({ ...example, values, ...over });
const draft = lib.loadNorms([{ name: 'NI-2027.draft.json', content: example }]);
// Another office's draft, side by side in the same process.
const other = lib.loadNorms([{ name: 'other.json', content: edition({ baseSingle: '1300.00' }) }]);

const single = { asOf: '2027-01-04', household: { type: 'single' as const }, expenses: { rent: '1792.00', professional: ['193.60', '70.00'] } };

describe('createLpRules: every function with the norms loaded', () => {
  it('Monday 4 January 2027, a debtor living alone: the draft base CHF 1,250 + rent 1,792 + costs 263.60 = 3,305.60 (by hand)', () => {
    const lp = lib.createLpRules({ norms: draft });
    const r = lp.computeMinimumVital(single);
    expect(r.total).toBe('3305.60');
    expect(r.normsVersion).toBe('NI-2027');
    expect(r.provenance.provisional).toBe(true);
    expect(r.provenance.norms[0]).toEqual({
      family: 'seizure.minimum-vital',
      source: expect.any(String),
      editions: [{ edition: 'NI-2027', status: 'provisional', origin: 'NI-2027.draft.json' }],
    });
    // Never silent: the trace says the edition is provisional, naming its file.
    const step = r.trace.find((s) => s.rule === 'norms.provenance')!;
    expect(step.text.fr).toContain('NI-2027 (NI-2027.draft.json)');
    expect(step.values).toMatchObject({ provisional: true });
    // Income 3,551.85 − minimum 3,305.60 = 246.25 seizable each month.
    expect(lp.seizableQuota({ netIncome: '3551.85', minimumVital: r.total, asOf: '2027-01-04' }).seizable).toBe('246.25');
  });

  it('changes nothing global: the package still has no edition for 2027, and two instances run side by side', () => {
    const e = thrownLpError(() => lib.computeMinimumVital(single));
    expect(e.code).toBe('NO_NORM_IN_FORCE');
    const a = lib.createLpRules({ norms: draft });
    const b = lib.createLpRules({ norms: other });
    const totals = [a, b, lib, a, b].map((x) => {
      try {
        return x.computeMinimumVital(single).total;
      } catch {
        return 'none';
      }
    });
    expect(totals).toEqual(['3305.60', '3355.60', 'none', '3305.60', '3355.60']);
  });

  it('every function of an instance gives what the package gives, with the same provenance, where the draft does not apply', () => {
    const lp = lib.createLpRules({ norms: draft }) as unknown as Record<string, (i: unknown) => { provenance: unknown }>;
    const own = lib as unknown as Record<string, (i: unknown) => { provenance: unknown }>;
    let compared = 0;
    for (const name of Object.keys(RESULT_SCHEMAS)) {
      // The worked examples dated before 2027: the draft changes nothing for them.
      for (const input of exampleInputs(name).filter((i) => !JSON.stringify(i).includes('"2027-'))) {
        let mine: unknown;
        let theirs: unknown;
        try {
          mine = lp[name]!(input);
        } catch (error) {
          mine = (error as lib.LpError).code;
        }
        try {
          theirs = own[name]!(input);
        } catch (error) {
          theirs = (error as lib.LpError).code;
        }
        expect(mine, `${name} ${JSON.stringify(input)}`).toEqual(theirs);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('recalculateQuotas and seizurePlan of an instance apply the draft; a record of 2026 still gets NI-2026', async () => {
    const lp = lib.createLpRules({ norms: draft });
    const out: lib.RecalculationResult[] = [];
    for await (const r of lp.recalculateQuotas([{ ...single, netIncome: '3551.85' }, { ...single, asOf: '2026-06-01', netIncome: '3551.85' }])) out.push(r);
    expect(out.map((r) => (r.ok ? [r.result.minimumVital, r.result.normsVersion, r.result.provenance.provisional] : r.error.code))).toEqual([
      ['3305.60', 'NI-2027', true],
      ['3255.60', 'NI-2026', false],
    ]);
    expect(lp.seizurePlan({ asOf: '2027-01-04' }).provenance.provisional).toBe(true);
  });

  it('refuses anything but norms made by loadNorms, at /options', () => {
    expect(inputIssueTexts(() => lib.computeMinimumVital(single, { norms: { family: () => undefined } as unknown as lib.Norms }))).toEqual(['/options/norms INVALID_TYPE']);
    expect(inputIssueTexts(() => lib.computeMinimumVital(single, { norm: draft } as unknown as lib.CallOptions))).toEqual(['/options/* UNKNOWN_PROPERTY']);
    expect(inputIssueTexts(() => lib.createLpRules({} as { norms: lib.Norms }))).toEqual(['/options/norms REQUIRED']);
  });
});

describe('provenance on every result', () => {
  it('every function names the package, the norms applied and a fingerprint, as its result schema says', () => {
    for (const name of Object.keys(RESULT_SCHEMAS)) {
      for (const input of exampleInputs(name)) {
        let r: { provenance: lib.Provenance };
        try {
          r = (lib as unknown as Record<string, (i: unknown) => { provenance: lib.Provenance }>)[name]!(input);
        } catch {
          continue;
        }
        expect(r.provenance.package).toMatch(/^lp-rules@\d+\.\d+\.\d+/);
        expect(r.provenance.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(Object.isFrozen(r.provenance)).toBe(true);
      }
    }
  });

  it('the same norms give the same fingerprint; any change of a value in force gives another', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2000 }), fc.integer({ min: 1000, max: 2000 }), (x, y) => {
        const at = (base: number) => lib.createLpRules({ norms: lib.loadNorms([{ name: 'e.json', content: edition({ baseSingle: `${base}.00` }) }]) }).computeMinimumVital(single).provenance.fingerprint;
        expect(at(x) === at(y)).toBe(x === y);
      }),
      { numRuns: 30 },
    );
  });

  it('checking the same norms again (verifiedOn) or carrying them in another file keeps the fingerprint', () => {
    const at = (over: Record<string, unknown>, name = 'a.json') =>
      lib.createLpRules({ norms: lib.loadNorms([{ name, content: { ...example, ...over } }]) }).computeMinimumVital(single).provenance.fingerprint;
    expect(at({ verifiedOn: '2027-02-01' })).toBe(at({}));
    expect(at({}, 'renamed.json')).toBe(at({}));
    expect(at({ status: 'official' })).not.toBe(at({}));
  });

  it('a carried-forward edition (latestKnownNorms) is flagged in the result and the trace, never silent', () => {
    const r = lib.computeMinimumVital({ ...single, latestKnownNorms: true });
    expect(r.normsVersion).toBe('NI-2026');
    expect(r.provenance.latestKnown).toBe(true);
    expect(r.provenance.norms.find((n) => n.family === 'seizure.minimum-vital')?.latestKnown).toBe(true);
    expect(r.trace.at(-1)).toMatchObject({ rule: 'norms.provenance', values: { latestKnown: true } });
    // An official edition in force: no such step.
    expect(lib.computeMinimumVital({ ...single, asOf: '2026-06-01' }).trace.some((s) => s.rule === 'norms.provenance')).toBe(false);
  });
});

describe('compareQuotas: what-if before adopting', () => {
  it('one comparison per record, bad ones included, with both results and the deltas; the summary by household type', async () => {
    const files = [
      { id: 'A', ...single, netIncome: '3551.85' }, // seizable 296.25 → 246.25
      { id: 'B', ...single, netIncome: '3000.00' }, // nothing seizable on either side
      { id: 'C', ...single, netIncome: '-1' }, // an error on both sides
    ];
    const totals = lib.summarizeComparisons();
    const out: lib.Comparison[] = [];
    for await (const c of lib.compareQuotas(files, { base: { asOf: '2026-12-31' }, compare: { asOf: '2027-01-04', norms: draft } })) {
      out.push(c);
      totals.add(c);
    }
    expect(out.map((c) => [c.line, c.id, c.delta])).toEqual([
      [1, 'A', { minimumVital: '50.00', seizable: '-50.00' }],
      [2, 'B', { minimumVital: '50.00', seizable: '0.00' }],
      [3, 'C', undefined],
    ]);
    const s = totals.summary();
    expect(s).toMatchObject({ records: 2, changed: 2, up: 0, down: 1, errors: 1, seizableBefore: '296.25', seizableAfter: '246.25' });
    expect(s.byHouseholdType.single).toMatchObject({ records: 2, down: 1 });
    const html = lib.comparisonReport(s, { base: 'NI-2026, 31.12.2026', compare: 'NI-2027 (projet), 4.1.2027' });
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it("reports both sides' bad options at once, each under its name", async () => {
    const e = await lib.compareQuotas([], { base: { asOf: '2026-02-30' }, compare: { latestKnownNorms: 'yes' } as never }).next().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(lib.LpInputError);
    expect((e as lib.LpInputError).issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/base/asOf INVALID_DATE', '/compare/latestKnownNorms INVALID_TYPE']);
  });
});
