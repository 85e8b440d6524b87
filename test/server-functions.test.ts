import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { buildServer, type LpServer } from '../src/server/app.js';
import { HTTP_FUNCTIONS, OTHER_FACES } from '../src/server/functions.js';

// Every public function has its HTTP face (or a stated reason for none); the functions whose arguments
// are not one input object answer as the SDK does, and an issue comes back at its place in the body.

let app: LpServer;
beforeAll(async () => {
  app = await buildServer({ logger: false });
});
afterAll(() => app.close());

const post = async (fn: string, body: unknown, a: LpServer = app) => {
  const res = await a.inject({ method: 'POST', url: `/v1/${fn}`, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: res.statusCode, body: JSON.parse(res.body) as Record<string, unknown> & { issues?: { path: string; code: string }[] } };
};
const paths = (p: { issues?: { path: string; code: string }[] }) => (p.issues ?? []).map((i) => `${i.path} ${i.code}`).sort();

describe('every exported function', () => {
  const isClass = (v: unknown) => typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v));
  const functions = Object.entries(lib)
    .filter(([, v]) => typeof v === 'function' && !isClass(v))
    .map(([k]) => k);
  const served = new Set(HTTP_FUNCTIONS.map((f) => f.name));

  it('is served at POST /v1/<name>, or says where its face is (or why none)', () => {
    // safeX: X's own route (over HTTP an error is already a value).
    const placed = (n: string) => served.has(n) || Object.hasOwn(OTHER_FACES, n);
    const unplaced = functions.filter((n) => !placed(n) && !(/^safe[A-Z]/.test(n) && placed(n[4]!.toLowerCase() + n.slice(5))));
    expect(unplaced).toEqual([]);
    expect([...served].filter((n) => Object.hasOwn(OTHER_FACES, n))).toEqual([]);
    for (const n of ['evaluate', 'seizurePlan', 'compareQuotas']) expect(served.has(n), n).toBe(true);
  });

  it('names no function that is not exported', () => {
    expect(Object.keys(OTHER_FACES).filter((n) => !functions.includes(n))).toEqual([]);
  });
});

const OCP = { amount: '1000.01', balance: '2000.00', targetKind: 'poursuite', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null };

describe('POST /v1/evaluate', () => {
  it('Monday 4 May 2026, CHF 1000.01 by TWINT: the OCP limit fires, both evaluators alike', async () => {
    const compiled = await post('evaluate', { ruleSet: 'payment.ocp', facts: OCP, options: { asOf: '2026-05-04' } });
    expect(compiled.status).toBe(200);
    expect((compiled.body.fired as { event: { type: string } }[]).map((f) => f.event.type)).toEqual(['AMOUNT_ABOVE_LIMIT']);
    const reference = await post('evaluate', { ruleSet: 'payment.ocp', facts: OCP, options: { asOf: '2026-05-04', engine: 'reference' } });
    expect(reference.body).toEqual(compiled.body);
  });

  it('an issue in the facts, in the options, in the body: each at its place in the body', async () => {
    const { cardBrand: _, ...missing } = OCP;
    expect(paths((await post('evaluate', { ruleSet: 'payment.ocp', facts: missing })).body)).toEqual(['/facts/cardBrand REQUIRED']);
    expect(paths((await post('evaluate', { ruleSet: 'payment.ocp', facts: missing, options: { asOf: '2026-02-30' } })).body)).toEqual(['/options/asOf INVALID_DATE']);
    expect(paths((await post('evaluate', { ruleSet: 'payment.ocp', facts: OCP, options: { speed: 1 } })).body)).toEqual(['/options/speed UNKNOWN_PROPERTY']);
    expect(paths((await post('evaluate', { ruleSet: 7, facts: OCP, extra: 1 })).body)).toEqual(['/extra UNKNOWN_PROPERTY']);
    expect(paths((await post('evaluate', { ruleSet: 7, facts: OCP })).body)).toEqual(['/ruleSet INVALID_TYPE']);
    expect(paths((await post('evaluate', { facts: OCP })).body)).toEqual(['/ruleSet REQUIRED']);
  });

  it('an unknown family: 404 UNKNOWN_RULE_SET; a card number in the facts: 400, never echoed', async () => {
    expect(await post('evaluate', { ruleSet: 'no.such.family', facts: {} })).toMatchObject({ status: 404, body: { code: 'UNKNOWN_RULE_SET' } });
    const card = await post('evaluate', { ruleSet: 'payment.ocp', facts: { ...OCP, issuerResponse: '4111 1111 1111 1111' } });
    expect(card.status).toBe(400);
    expect(paths(card.body)).toContain('/facts/issuerResponse SENSITIVE_DATA');
    expect(JSON.stringify(card.body)).not.toContain('4111');
  });
});

const SINGLE = { type: 'single', childAges: [], rent: { centimes: 179200, proven: true }, rentShare: { num: 1, den: 1 }, expenses: [{ item: 'professional', centimes: 26360, proven: true }], taxes: null };

describe('POST /v1/seizurePlan', () => {
  it('Monday 3 June 2024: the minimum vital and the quota in centimes, as computeMinimumVital and seizableQuota say in francs', async () => {
    const r = await post('seizurePlan', { options: { asOf: '2024-06-03' }, minimumVital: [SINGLE, { ...SINGLE, rent: null }], quota: [{ netIncome: 355185, minimum: 325560 }, { netIncome: 100000, minimum: 325560 }] });
    expect(r.status).toBe(200);
    // DCSO/127/2024: base 1'200 + professional 263.60 + rent 1'792 = 3'255.60 (without the rent: 1'463.60).
    const francs = lib.computeMinimumVital({ asOf: '2024-06-03', household: { type: 'single' }, expenses: { rent: '1792.00', professional: ['193.60', '70.00'] } });
    expect(francs.total).toBe('3255.60');
    expect(r.body.minimumVital).toEqual([325560, 146360]);
    // 3551.85 − 3255.60 = 296.25 seizable; an income below the minimum: nothing.
    expect(r.body.quota).toEqual([{ share: 325560, seizable: 29625 }, { share: 325560, seizable: 0 }]);
    expect(r.body.normsVersion).toBe(francs.normsVersion);
  });

  it("each method's issues at its item: /minimumVital/1/type, /quota/0/netIncome; the options' at /options", async () => {
    expect(paths((await post('seizurePlan', { options: { asOf: '2024-06-03' }, minimumVital: [SINGLE, { ...SINGLE, type: 'alone' }] })).body)).toEqual(['/minimumVital/1/type INVALID_TYPE']);
    expect(paths((await post('seizurePlan', { options: { asOf: '2024-06-03' }, quota: [{ netIncome: -1, minimum: 5 }, { netIncome: 1, minimum: 1 }] })).body)).toEqual(['/quota/0/netIncome INVALID_TYPE']);
    expect(paths((await post('seizurePlan', { options: { asOf: '2024-06-03' }, quota: [{ netIncome: 1, minimum: 1, x: 1 }] })).body)).toEqual(['/quota/0/x UNKNOWN_PROPERTY']);
    expect(paths((await post('seizurePlan', { options: { asOf: '2024-02-30' } })).body)).toEqual(['/options/asOf INVALID_DATE']);
    expect(paths((await post('seizurePlan', { options: { asOf: '2024-06-03' }, minimumVital: {} })).body)).toEqual(['/minimumVital INVALID_TYPE']);
  });
});

describe('POST /v1/compareQuotas', () => {
  const draft = {
    family: 'seizure.minimum-vital', edition: 'NI-2027', status: 'provisional', validFrom: '2027-01-01', validTo: '2027-12-31', verifiedOn: '2026-12-05',
    source: { document: 'NI (rsGE E 3 60.04)', title: "Normes d'insaisissabilité pour l'année 2027 (projet)" }, values: { baseSingle: '1250.00' },
  };
  const records = [{ id: 'A', household: { type: 'single' }, expenses: { rent: '1792.00' }, netIncome: '3551.85' }, { id: 'B', netIncome: '-1' }];

  it('with the draft NI-2027 loaded (--norms): Thursday 31 Dec 2026 against Monday 4 Jan 2027, +50.00 minimum, −50.00 seizable; a bad record kept', async () => {
    const withDraft = await buildServer({ logger: false, normFiles: [{ name: 'NI-2027.json', content: draft }] });
    try {
      const r = await post('compareQuotas', { records, sides: { base: { asOf: '2026-12-31' }, compare: { asOf: '2027-01-04' } } }, withDraft);
      expect(r.status).toBe(200);
      const comparisons = r.body.comparisons as { id?: string; delta?: unknown; base: { ok: boolean }; compare: { ok: boolean } }[];
      expect(comparisons.map((c) => [c.id, c.delta ?? null, c.base.ok, c.compare.ok])).toEqual([
        ['A', { minimumVital: '50.00', seizable: '-50.00' }, true, true],
        ['B', null, false, false],
      ]);
      expect(r.body.summary).toMatchObject({ records: 1, changed: 1, up: 0, down: 1, errors: 1 });
    } finally {
      await withDraft.close();
    }
  });

  it("the sides' issues at /sides/base/…, /sides/compare/…; records must be a list", async () => {
    expect(paths((await post('compareQuotas', { records, sides: { base: { asOf: '2026-13-01' }, compare: { asOf: '2027-01-04', what: 1 } } })).body)).toEqual([
      '/sides/base/asOf INVALID_DATE',
      '/sides/compare/what UNKNOWN_PROPERTY',
    ]);
    expect(paths((await post('compareQuotas', { records: {}, sides: { base: {}, compare: {} } })).body)).toEqual(['/records INVALID_TYPE']);
    expect(paths((await post('compareQuotas', { records: [], sides: [] })).body)).toEqual(['/sides INVALID_TYPE']);
    // As in any JSON call (unlike an NDJSON line, which becomes its error record): the whole call is refused.
    const card = await post('compareQuotas', { records: [{ id: '4111 1111 1111 1111', netIncome: '1' }], sides: { base: {}, compare: {} } });
    expect(card.status).toBe(400);
    expect(paths(card.body)).toEqual(['/records/0/id SENSITIVE_DATA']);
    expect(JSON.stringify(card.body)).not.toContain('4111');
  });
});
