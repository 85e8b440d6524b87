import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRuleSet, ruleSets, type Evaluation, type RuleSetDefinition } from '../src/index.js';
import { evaluate } from '../src/reference.js';
import { OPERATORS, type Condition } from '../src/schemas/rule-set.js';
import { asOfFor, factsFor } from './support/arbitraries.js';

// One rule source, two evaluators: json-rules-engine (reference) and the compiled closures must agree
// on which rules fire, their events, and the trace — for every rule set, including those added later.

// Facts both refuse (a number that reads as a card, garbage) are agreement too: the same code and issues.
async function both(set: Parameters<typeof evaluate>[0], facts: Record<string, unknown>, asOf: string | undefined) {
  let compiled: Evaluation;
  try {
    compiled = evaluate(set, facts, { asOf });
  } catch (error) {
    const { code, issues } = error as { code: string; issues?: unknown };
    await expect(evaluate(set, facts, { asOf, engine: 'reference' })).rejects.toMatchObject({ code, issues });
    return null;
  }
  const reference = await evaluate(set, facts, { asOf, engine: 'reference' });
  return { compiled, reference };
}

describe('compiled and reference evaluators agree on every built-in rule set', () => {
  it.each(ruleSets.map((s) => [s.id, s] as const))('%s', async (_id, set) => {
    await fc.assert(
      fc.asyncProperty(factsFor(set), asOfFor(set), async (facts, asOf) => {
        const firstDay = set.changeDates[0]!;
        if (asOf !== undefined && asOf < firstDay) {
          await expect(evaluate(set, facts, { asOf, engine: 'reference' })).rejects.toMatchObject({ code: 'NO_NORM_IN_FORCE' });
          expect(() => evaluate(set, facts, { asOf })).toThrow(expect.objectContaining({ code: 'NO_NORM_IN_FORCE' }));
          return;
        }
        const outcome = await both(set, facts, asOf);
        if (outcome === null) return;
        const { compiled, reference } = outcome;
        expect(compiled.fired.map((f) => f.rule.id)).toEqual(reference.fired.map((f) => f.rule.id));
        expect(compiled.fired.map((f) => f.event)).toEqual(reference.fired.map((f) => f.event));
        expect(compiled.trace).toEqual(reference.trace);
      }),
      { numRuns: 300 },
    );
  });
});

// Random rule sets over every operator: agreement must not depend on which operators today's norms use.
const FACTS = { d: 'decimal', t: 'date', m: 'month', h: 'time', e: 'enum', b: 'boolean', x: 'text' } as const;
const scalar = fc.oneof(
  fc.constantFrom('0', '1000.00', '999.00', '-1', '2026-03-31', '2026-03', '20:00', '07:00:00', 'a', 'b', '', 'true'),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(null),
);
const leaf: fc.Arbitrary<Condition> = fc.record({
  fact: fc.constantFrom(...Object.keys(FACTS)),
  operator: fc.constantFrom(...OPERATORS),
  value: fc.oneof(
    scalar,
    fc.array(scalar, { maxLength: 3 }),
    fc.constantFrom({ fact: 'd' }, { fact: 't' }, { fact: 'params', path: '$.limit' }, { fact: 'params', path: '$.list' }),
  ),
}) as fc.Arbitrary<Condition>;
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('c') }),
  ),
})).c;

function randomSet(conditions: Condition[]): RuleSetDefinition {
  const facts = Object.fromEntries(
    Object.entries(FACTS).map(([name, kind]) => [
      name,
      { kind, nullable: true, values: kind === 'enum' ? ['a', 'b'] : undefined, description: { fr: name, en: name } },
    ]),
  );
  const citation = { document: 'TEST', article: '1' };
  const text = { fr: 'x', en: 'x' };
  return {
    id: 'test.random',
    title: text,
    source: { document: 'TEST', title: text, edition: '1' },
    facts: JSON.parse(JSON.stringify(facts)),
    parameters: {
      limit: { kind: 'decimal', description: text, values: [{ validFrom: '2020-01-01', value: '1000.00', citation }] },
      list: { kind: 'list', description: text, values: [{ validFrom: '2020-01-01', value: ['a', '1000.00'], citation }] },
    },
    rules: conditions.map((c, i) => ({
      id: `test.random.r${i}`,
      title: text,
      citation,
      validFrom: '2020-01-01',
      conditions: 'all' in c || 'any' in c || 'not' in c ? c : { all: [c] },
      event: { type: `E${i}`, params: { message: text } },
      satisfied: text,
    })) as RuleSetDefinition['rules'],
  };
}

describe('compiled and reference evaluators agree on random rule sets over every operator', () => {
  it('agree on random conditions and facts', async () => {
    const set = fc.array(condition, { minLength: 1, maxLength: 4 }).map(randomSet);
    await fc.assert(
      fc.asyncProperty(set, async (definition) => {
        let loaded;
        try {
          loaded = defineRuleSet(definition);
        } catch {
          return; // a malformed random norm (e.g. `in` without a list) must not load; nothing to compare
        }
        await fc.assert(
          fc.asyncProperty(factsFor(loaded), async (facts) => {
            const outcome = await both(loaded, facts, '2026-01-01');
            if (outcome === null) return;
            const { compiled, reference } = outcome;
            expect(compiled.fired.map((f) => f.rule.id)).toEqual(reference.fired.map((f) => f.rule.id));
          }),
          { numRuns: 20 },
        );
      }),
      { numRuns: 200 },
    );
  });
});
