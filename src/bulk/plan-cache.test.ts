import { afterEach, describe, expect, it, vi } from 'vitest';

// How the batch's plan cache works, seen from the calls it makes: a batch asks nearly every record for the
// plan of the record before, which must cost neither a plan nor a key; the cache stays bounded.
// `readingsOf` (building the key) and `seizurePlan` (building a plan) are counted, the real ones running.

const counted = vi.hoisted(() => ({ readings: 0, plans: 0, stub: false }));

vi.mock('../calculators/compute-minimum-vital/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../calculators/compute-minimum-vital/index.js')>();
  return { ...real, readingsOf: (...a: Parameters<typeof real.readingsOf>) => (counted.readings++, real.readingsOf(...a)) };
});
vi.mock('../engines/seizure/plan.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../engines/seizure/plan.js')>();
  // `stub`: a cheap stand-in plan, for filling the cache with a thousand dates.
  const seizurePlan = (...a: Parameters<typeof real.seizurePlan>) => (counted.plans++, counted.stub ? ({ asOf: a[0].asOf } as never) : real.seizurePlan(...a));
  return { ...real, seizurePlan };
});

const { PlanCache, recalculateRecord } = await import('./record.js');

const ON = '2026-06-01'; // Monday 1 June 2026, NI-2026
const reset = (): void => {
  counted.readings = 0;
  counted.plans = 0;
};
afterEach(() => {
  counted.stub = false;
  reset();
});

describe('PlanCache — what a batch costs', () => {
  it('the same date, readings and choice as the call before: the same plan, no plan built and no key either', () => {
    const plans = new PlanCache();
    const readings = { childAge: 'after-age-10' as const };
    const first = plans.get(ON, readings, false);
    expect([counted.plans, counted.readings]).toEqual([1, 1]);
    expect(plans.get(ON, readings, false)).toBe(first);
    expect([counted.plans, counted.readings]).toEqual([1, 1]);
    // Another choice, then the first again: the key is built, the plan is the one kept.
    const latest = plans.get(ON, readings, true);
    expect(latest).not.toBe(first);
    expect(plans.get(ON, readings, false)).toBe(first);
    expect([counted.plans, counted.readings]).toEqual([2, 3]);
  });

  it('records without readings of their own share the batch\'s readings: the second record builds no key', () => {
    const plans = new PlanCache();
    const file = { asOf: ON, household: { type: 'single' }, netIncome: '3000.00' };
    const o = { interpretation: { childAge: 'after-age-10' as const } };
    const first = recalculateRecord(file, 1, o, plans);
    const keys = counted.readings;
    const second = recalculateRecord(file, 2, o, plans);
    expect(second).toEqual({ ...first, line: 2 });
    expect(counted.readings).toBe(keys);
    expect(counted.plans).toBe(1);
  });

  it('bounded: up to 1001 plans are kept; the 1002nd empties the cache first', () => {
    counted.stub = true;
    const plans = new PlanCache();
    // 1001 dates from Monday 1 January 2024 on, each its own plan.
    const day = (k: number): string => new Date(Date.UTC(2024, 0, 1 + k)).toISOString().slice(0, 10);
    for (let k = 0; k < 1001; k++) plans.get(day(k), undefined, false);
    expect(counted.plans).toBe(1001);
    plans.get(day(0), undefined, false);
    expect(counted.plans).toBe(1001);
    plans.get(day(1001), undefined, false);
    plans.get(day(1), undefined, false);
    expect(counted.plans).toBe(1003);
  });
});
