import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { buildServer, type LpServer } from '../src/server/app.js';
import { HTTP_FUNCTIONS } from '../src/server/functions.js';
import { workedExamples } from './support/server.js';

// Every channel answers alike: each worked example of each calculator, through HTTP, gives exactly the
// JSON of the direct call (trace and provenance included); the same with norms loaded (--norms).

let app: LpServer;
beforeAll(async () => {
  app = await buildServer({ logger: false });
});
afterAll(() => app.close());

const examples = workedExamples();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each body is the function's own arguments
type Body = Record<string, any>;
const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};
/**
 * The direct calls of the functions whose arguments the body names one by one: written here against the
 * SDK, not through the server's adapters, so a wrong adapter shows.
 */
const DIRECT: Record<string, (b: Body) => unknown> = {
  evaluate: (b) => lib.evaluate(b.ruleSet, b.facts, b.options),
  seizurePlan: (b) => {
    const plan = lib.seizurePlan(b.options);
    const { normsVersion, provenance } = plan;
    return {
      normsVersion,
      provenance,
      ...(b.minimumVital ? { minimumVital: (b.minimumVital as lib.Household[]).map((h) => plan.minimumVital(h)) } : {}),
      ...(b.quota ? { quota: (b.quota as { netIncome: number; minimum: number; spouseNetIncome?: number }[]).map((q) => plan.quota(q.netIncome, q.minimum, q.spouseNetIncome)) } : {}),
    };
  },
  compareQuotas: async (b) => {
    const comparisons = await collect(lib.compareQuotas(b.records, b.sides));
    const totals = lib.summarizeComparisons();
    for (const c of comparisons) totals.add(c);
    return { comparisons, summary: totals.summary() };
  },
};
const direct = async (fn: string, input: unknown): Promise<unknown> => {
  const call = DIRECT[fn] ?? ((lib as unknown as Record<string, (i: unknown) => unknown>)[fn]!);
  return JSON.parse(JSON.stringify(await call(input as Body)));
};

describe('worked examples through HTTP', () => {
  it('cover every function served', () => {
    expect(new Set(examples.map((e) => e[0]))).toEqual(new Set(HTTP_FUNCTIONS.map((f) => f.name)));
  });

  it.each(examples)('%s: %s', async (fn, _name, input) => {
    const res = await app.inject({ method: 'POST', url: `/v1/${fn}`, payload: input as object });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual(await direct(fn, input));
  });
});

describe('with norms loaded (--norms)', () => {
  const draft = {
    family: 'seizure.minimum-vital', edition: 'NI-2027', status: 'provisional', validFrom: '2027-01-01', validTo: '2027-12-31', verifiedOn: '2026-12-05',
    source: { document: 'NI (rsGE E 3 60.04)', title: "Normes d'insaisissabilité pour l'année 2027 (projet)" }, values: { baseSingle: '1250.00' },
  };
  const input = { asOf: '2027-01-04', household: { type: 'single' } };

  it('answers as an instance bound to those norms, and says which file it applied', async () => {
    const files = [{ name: 'NI-2027.json', content: draft }];
    const withNorms = await buildServer({ logger: false, normFiles: files });
    try {
      const res = await withNorms.inject({ method: 'POST', url: '/v1/computeMinimumVital', payload: input });
      expect(res.statusCode).toBe(200);
      const want = JSON.parse(JSON.stringify(lib.createLpRules({ norms: lib.loadNorms(files) }).computeMinimumVital(input as never)));
      expect(JSON.parse(res.body)).toEqual(want);
      expect(want.total).toBe('1250.00');
      const norms = JSON.parse((await withNorms.inject({ method: 'GET', url: '/v1/norms?at=2027-01-04' })).body);
      expect(norms.files).toEqual(['NI-2027.json']);
      expect(norms.families.find((f: { family: string }) => f.family === 'seizure.minimum-vital')).toMatchObject({ edition: 'NI-2027', status: 'provisional' });
    } finally {
      await withNorms.close();
    }
  });

  it('without them, the same date has no edition in force: 422 NO_NORM_IN_FORCE', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/computeMinimumVital', payload: input });
    expect(res.statusCode).toBe(422);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'NO_NORM_IN_FORCE', status: 422 });
  });
});

describe('the norms in force', () => {
  it('/v1/norms gives, per family, the fingerprint a result of that family carries', async () => {
    const r = lib.computeMinimumVital({ asOf: '2026-06-01', household: { type: 'single' } });
    const norms = JSON.parse((await app.inject({ method: 'GET', url: '/v1/norms?at=2026-06-01' })).body);
    const fam = r.provenance.norms.map((n) => n.family);
    expect(fam).toHaveLength(1);
    expect(norms.families.find((f: { family: string }) => f.family === fam[0]).fingerprint).toBe(r.provenance.fingerprint);
  });

  it('/v1/parameters gives the amounts in force on the date asked', async () => {
    const p = JSON.parse((await app.inject({ method: 'GET', url: '/v1/parameters/seizure.minimum-vital?at=2026-06-01' })).body);
    const want = lib.parametersInForce(lib.getRuleSet('seizure.minimum-vital'), '2026-06-01');
    expect(p.parameters).toEqual(JSON.parse(JSON.stringify(want)));
  });
});
