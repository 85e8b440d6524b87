import { describe, expect, it, vi } from 'vitest';
import { computeMinimumVital, minimumVitalInto, FAST_ITEMS, type Household } from './minimum-vital.js';
import { minimumVitalNorms, type SeizureReadings } from './norms.js';
import { formatCitation } from '../../rules/citation.js';

// Geneva NI-2026 (norms §3.8): single parent 1'350, a child under 10 400, nothing from 18; a supplement
// counts when its payment is proven. Monday 1 June 2026.
const ON = '2026-06-01';
const PRIMARY: SeizureReadings = { childAge: 'from-10th-birthday', cohabitingBase: 'half-couple' };
const parent = (over: Partial<Household> = {}): Household => ({
  type: 'single-parent', childAges: [5, 20], rent: null, rentShare: { num: 1, den: 1 }, expenses: [], taxes: null, ...over,
});

describe('computeMinimumVital (core)', () => {
  it('a child of 5 and one of 20: 1350 + 400 = 1750, the children item cites the child amount, not the adult rule', () => {
    const norms = minimumVitalNorms(ON, false);
    const r = computeMinimumVital(norms, parent(), PRIMARY, true);
    expect(r.totalCentimes).toBe(175000);
    const younger = norms.fast(PRIMARY).decisions.child[5]!;
    const adult = norms.fast(PRIMARY).decisions.child[20]!;
    const children = r.breakdown.find((b) => b.item === 'children')!;
    expect(children.centimes).toBe(40000);
    expect(children.citation).toBe(formatCitation(younger.source!.citation));
    expect(formatCitation(adult.fired.rule.citation)).not.toBe(children.citation);
    expect(younger.source).toBeDefined();
    expect(adult.source).toBeUndefined();
    // The trace starts with the base decision and ends with the total, in both languages.
    expect(r.trace[0]!.rule).toBe(norms.fast(PRIMARY).decisions.base['single-parent']![1].fired.rule.id);
    const last = r.trace[r.trace.length - 1]!;
    expect(last.text).toEqual({
      fr: 'Minimum vital : CHF 1750.00 par mois (arrondi au centime une seule fois, à la fin).',
      en: 'Minimum for subsistence: CHF 1750.00 a month (rounded to the centime once, at the end).',
    });
  });

  it('without the trace: the same total, no breakdown, no steps', () => {
    const norms = minimumVitalNorms(ON, false);
    const h = parent({ rent: { centimes: 150000, proven: true } });
    const traced = computeMinimumVital(norms, h, PRIMARY, true);
    expect(traced.totalCentimes).toBe(325000);
    expect(computeMinimumVital(norms, h, PRIMARY, false)).toEqual({ totalCentimes: 325000, breakdown: [], trace: [] });
  });
});

describe('minimumVitalInto, from a fresh import (its slot table is built at import)', () => {
  it('a proven health insurance of 400 goes to its own slot: 1350 + 400 + 400 = 2150', async () => {
    vi.resetModules();
    const fresh = await import('./minimum-vital.js');
    const freshNorms = await import('./norms.js');
    const t = freshNorms.minimumVitalNorms(ON, false).fast(PRIMARY);
    const sums = new Float64Array(FAST_ITEMS.length);
    const total = fresh.minimumVitalInto(t, parent({ expenses: [{ item: 'healthInsurance', centimes: 40000, proven: true }] }), sums);
    expect(total).toBe(215000);
    expect([...sums]).toEqual([135000, 40000, 0, 40000, 0, 0, 0, 0]);
    expect(minimumVitalInto).toBeTypeOf('function');
  });
});

describe('the rent step states the counted share exactly, whatever its size', () => {
  const rentCounted = (centimes: number, num: number, den: number): unknown => {
    const norms = minimumVitalNorms(ON, false);
    const r = computeMinimumVital(norms, parent({ rent: { centimes, proven: true }, rentShare: { num, den } }), PRIMARY, true);
    return r.trace.find((s) => s.values?.['item'] === 'rent')!.values!['counted'];
  };
  it('a whole share keeps two decimals, below one franc too', () => {
    expect(rentCounted(5, 1, 1)).toBe('0.05');
    expect(rentCounted(150000, 1, 1)).toBe('1500.00');
  });
  it('a share in tenths keeps three decimals, in ten-thousandths six: 1/10 of 0.05 is 0.005', () => {
    expect(rentCounted(5, 1, 10)).toBe('0.005');
    expect(rentCounted(7, 3, 10_000)).toBe('0.000021');
    expect(rentCounted(240000, 5, 10)).toBe('1200.000');
  });
  it('the total rounds the exact share half up once: 1350 + 400 + 0.005 = 1750.01', () => {
    const norms = minimumVitalNorms(ON, false);
    const h = parent({ rent: { centimes: 5, proven: true }, rentShare: { num: 1, den: 10 } });
    expect(computeMinimumVital(norms, h, PRIMARY, false).totalCentimes).toBe(175001);
    expect(computeMinimumVital(norms, h, PRIMARY, true).totalCentimes).toBe(175001);
  });
});
