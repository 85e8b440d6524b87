import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRuleSet, evaluate, LpNormError, rules, ruleSets, type RuleSetDefinition } from '../src/index.js';
import { RuleSetSchema } from '../src/schemas/rule-set.js';
import { ruleSetProblems } from '../src/rules/check-rule-set.js';
import { generateValidators, GENERATED, VALIDATORS_DIR } from '../scripts/schemas.mjs';

// A malformed norm can never load: the schema and the semantic checks run here for every built-in file
// (the package loads its own files unchecked, so that a browser bundle carries no checker), and at load
// time for any other (`defineRuleSet`, `loadNorms`).

const ajv = new Ajv({ allErrors: true, strict: false });
const validateRuntime = ajv.compile(JSON.parse(JSON.stringify(RuleSetSchema)));

describe('built-in norm files', () => {
  it.each(ruleSets.map((s) => [s.id, s] as const))('%s fits the rule-file schema', (_id, set) => {
    const { changeDates: _, ...json } = set;
    expect(validateRuntime(json), JSON.stringify(validateRuntime.errors)).toBe(true);
    expect(() => defineRuleSet(structuredClone(json))).not.toThrow();
  });

  it('every *.rules.json file under src/rules, listed or not, passes the semantic checks the loader skips', () => {
    const dir = new URL('../src/rules/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.rules.json'));
    expect(files.length).toBeGreaterThanOrEqual(ruleSets.length);
    for (const f of files) {
      const json = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as RuleSetDefinition;
      expect(validateRuntime(json), `${f}: ${JSON.stringify(validateRuntime.errors)}`).toBe(true);
      expect(ruleSetProblems(json), f).toEqual([]);
    }
    // And the checks can fail: a rule whose period ends before it starts is a problem.
    const broken = structuredClone(JSON.parse(readFileSync(new URL(files[0]!, dir), 'utf8'))) as RuleSetDefinition;
    (broken.rules[0] as { validTo?: string }).validTo = '1900-01-01';
    expect(ruleSetProblems(broken).join()).toMatch(/validTo before validFrom/);
  });

  it('every rule has a citation, French and English wording, and a validity start', () => {
    for (const r of rules) {
      expect(r.citation, r.id).toMatch(/\S+ \S+/);
      for (const t of [r.title, r.event.params.message, r.satisfied]) {
        expect(t.fr.trim(), r.id).not.toBe('');
        expect(t.en.trim(), r.id).not.toBe('');
        expect(t.fr, r.id).not.toBe(t.en);
      }
      expect(r.validFrom, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('rule ids are unique across the package', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('the committed standalone validators are what the schemas generate (run `npm run gen`)', async () => {
    const files = await generateValidators();
    expect(Object.keys(files)).toContain(GENERATED);
    for (const [file, text] of Object.entries(files)) expect(readFileSync(file, 'utf8'), file).toBe(text);
    // No stale validator of a schema that is gone.
    expect(readdirSync(VALIDATORS_DIR).map((f) => join(VALIDATORS_DIR, f)).sort()).toEqual(Object.keys(files).filter((f) => f !== GENERATED).sort());
  });

  it('no amount or list is written in calculator code: the OCP ceiling lives in its norm file only', () => {
    const source = readFileSync(new URL('../src/calculators/validate-payment/index.ts', import.meta.url), 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, ''); // examples in comments are fine
    expect(code).not.toMatch(/1000|1'000|'visa'|'twint'|'poursuite'/);
  });
});

// --- malformed norms are refused ---------------------------------------------------------------------

const base = (): RuleSetDefinition => {
  const { changeDates: _, ...json } = structuredClone(ruleSets.find((s) => s.id === 'payment.ocp')!);
  return json as RuleSetDefinition;
};
const refused = (mutate: (s: RuleSetDefinition & Record<string, any>) => void): LpNormError => {
  const s = base();
  mutate(s as RuleSetDefinition & Record<string, any>);
  try {
    defineRuleSet(s);
  } catch (e) {
    if (e instanceof LpNormError) return e;
    throw e;
  }
  throw new Error('a malformed norm loaded');
};

describe('defineRuleSet refuses malformed norms', () => {
  it.each([
    ['a rule without citation', (s: any) => delete s.rules[0].citation],
    ['a rule without English wording', (s: any) => delete s.rules[0].title.en],
    ['a float operator of json-rules-engine', (s: any) => (s.rules[3].conditions.all[0].operator = 'greaterThan')],
    ['an unknown key', (s: any) => (s.rules[0].amount = 1000)],
    ['a malformed date', (s: any) => (s.rules[0].validFrom = '1.1.2024')],
    ['a path outside the subset', (s: any) => (s.rules[3].conditions.all[0].value.path = '$..onlineLimit')],
  ])('%s (schema)', (_name, mutate) => {
    expect(refused(mutate).code).toBe('NORM_INVALID');
  });

  it.each([
    ['an id outside its family', (s: any) => (s.rules[0].id = 'payment.other.x'), /must start with "payment.ocp."/],
    ['a duplicate id', (s: any) => (s.rules[1].id = s.rules[0].id), /duplicate id/],
    ['an undeclared fact', (s: any) => (s.rules[0].conditions.all[0].fact = 'amout'), /fact amout is not declared/],
    ['an undeclared parameter', (s: any) => (s.rules[3].conditions.all[0].value.path = '$.limit'), /parameter \$\.limit is not declared/],
    ['`in` without a list', (s: any) => (s.rules[8].conditions.all[0].value = 'card'), /notIn needs a list/],
    ['a non-calendar date', (s: any) => (s.rules[0].validFrom = '2024-02-30'), /not a calendar date/],
    [
      'overlapping parameter versions',
      (s: any) => s.parameters.onlineLimit.values.push({ ...s.parameters.onlineLimit.values[0], value: '1500.00', validFrom: '2025-01-01' }),
      /overlaps the previous version/,
    ],
    ['a parameter value of the wrong kind', (s: any) => (s.parameters.onlineLimit.values[0].value = 1000), /does not fit kind decimal/],
  ])('%s (semantics)', (_name, mutate, message) => {
    const e = refused(mutate);
    expect(e.code).toBe('NORM_INVALID');
    expect(e.message).toMatch(message);
  });
});

// --- dated parameters -------------------------------------------------------------------------------

describe('dated parameters: the version in force at asOf applies', () => {
  const amended = (): ReturnType<typeof defineRuleSet> => {
    const s = base();
    const v = s.parameters.onlineLimit!.values[0]!;
    s.parameters.onlineLimit!.values = [
      { ...v, validTo: '2026-12-31' },
      { ...v, validFrom: '2027-01-01', value: '1500.00' },
    ];
    return defineRuleSet(s);
  };
  const facts = { amount: '1200.00', balance: '5000.00', targetKind: 'adb', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null };

  it('Thursday 31 December 2026: the CHF 1000 ceiling still applies', () => {
    const r = evaluate(amended(), facts, { asOf: '2026-12-31' });
    expect(r.fired.map((f) => f.event.type)).toEqual(['AMOUNT_ABOVE_LIMIT']);
    expect(r.trace[0]!.values).toMatchObject({ onlineLimit: '1000.00', 'onlineLimit.validFrom': '2024-01-01' });
  });

  it('Friday 1 January 2027: a CHF 1500 ceiling in force from that day applies', () => {
    const r = evaluate(amended(), facts, { asOf: '2027-01-01' });
    expect(r.fired).toEqual([]);
    expect(r.trace[0]!.values).toMatchObject({ onlineLimit: '1500.00', 'onlineLimit.validFrom': '2027-01-01' });
  });

  it('no reference date: the latest version, and the trace says so', () => {
    const r = evaluate(amended(), facts);
    expect(r.trace[0]!.values).toMatchObject({ asOf: null, onlineLimit: '1500.00' });
    expect(r.trace[0]!.text.fr).toMatch(/dernière version connue/);
  });

  it('Sunday 31 December 2023, before any version: NO_NORM_IN_FORCE', () => {
    expect(() => evaluate(amended(), facts, { asOf: '2023-12-31' })).toThrow(LpNormError);
    expect(() => evaluate(amended(), facts, { asOf: '2023-12-31' })).toThrow(expect.objectContaining({ code: 'NO_NORM_IN_FORCE' }));
  });

  it('strict facts: a missing fact or a bad asOf is an input error, all issues at once', () => {
    const { amount: _, ...missing } = facts;
    expect(() => evaluate('payment.ocp', missing, { asOf: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: '/asOf' }), expect.objectContaining({ path: '/amount', code: 'REQUIRED' })] }),
    );
  });

  it('an unknown rule set is a norm error', () => {
    expect(() => evaluate('payment.nowhere', facts)).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE_SET' }));
  });
});
