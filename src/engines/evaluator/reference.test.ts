import { describe, expect, it } from 'vitest';
import { defineRuleSet } from '../../rules/rule-set.js';
import { evaluate, runReference } from './reference.js';

// The reference evaluator is json-rules-engine running the rule JSON as written, with the SDK's
// operators and path resolver: a path reads own properties of objects only (path.ts), in both evaluators.
const text = (s: string) => ({ fr: s, en: `${s} (en)` });
const cite = { document: 'Demo', article: '3' };
const demoSet = () =>
  defineRuleSet({
    id: 'demo.ref',
    title: text('Démo'),
    source: { document: 'Demo', title: text('Démo'), edition: '2026' },
    facts: { debtor: { kind: 'text', nullable: true, description: text('Débiteur') } },
    parameters: {},
    rules: [
      {
        id: 'demo.ref.named',
        title: text('Nom'),
        citation: cite,
        validFrom: '2026-01-01',
        conditions: { all: [{ fact: 'debtor', path: '$.name', operator: 'equal', value: 'Dupont' }] },
        event: { type: 'NAMED', params: { message: text('Débiteur Dupont.') } },
        satisfied: text('Autre débiteur.'),
      },
      {
        // `$.name.length` reaches into a text: the path language stops there (no value), so this never fires.
        id: 'demo.ref.name-length',
        title: text('Longueur'),
        citation: cite,
        validFrom: '2026-01-01',
        conditions: { all: [{ fact: 'debtor', path: '$.name.length', operator: 'decimalGreaterThan', value: '3' }] },
        event: { type: 'LONG_NAME', params: { message: text('Nom long.') } },
        satisfied: text('Pas de longueur lue.'),
      },
    ],
  });

describe('the reference evaluator reads paths as the compiled one does', () => {
  it('an own property is read; a property of a text (its length) is not', async () => {
    const set = demoSet();
    const facts = { debtor: { name: 'Dupont' } };
    const reference = await evaluate(set, facts, { asOf: '2026-05-04', engine: 'reference' });
    const compiled = evaluate(set, facts, { asOf: '2026-05-04' });
    expect(reference.fired.map((f) => f.event.type)).toEqual(['NAMED']);
    expect(compiled.fired.map((f) => f.event.type)).toEqual(['NAMED']);
    expect(reference.trace).toEqual(compiled.trace);
    expect(reference.trace[2]!.values).toEqual({ fired: false, 'debtor.name.length': null });
  });

  it('runReference: the same fired rules, events and trace, labelled with its date', async () => {
    const r = await runReference(demoSet(), '2026-05-04', { debtor: { name: 'Martin' } });
    expect(r.ruleSet).toBe('demo.ref');
    expect(r.fired).toEqual([]);
    expect(r.parameters.asOf).toBe('2026-05-04');
    expect(r.trace.map((s) => s.rule)).toEqual(['demo.ref.parameters', 'demo.ref.named', 'demo.ref.name-length']);
    expect(r.trace[1]!.values).toEqual({ fired: false, 'debtor.name': 'Martin' });
  });

  it('a fact that is not an object is its own value at any path, in both evaluators (as json-rules-engine)', async () => {
    // debtor null: `debtor.name` reads null; debtor 'Dupont' (a text, not an object): reads 'Dupont'.
    for (const [debtor, fired] of [[null, []], ['Dupont', ['NAMED']], [{ name: 'Dupont' }, ['NAMED']], [{}, []]] as const) {
      const reference = await evaluate(demoSet(), { debtor }, { asOf: '2026-05-04', engine: 'reference' });
      const compiled = evaluate(demoSet(), { debtor }, { asOf: '2026-05-04' });
      expect(compiled.fired.map((f) => f.event.type)).toEqual(fired);
      expect(reference.fired.map((f) => f.event.type)).toEqual(fired);
      expect(reference.trace).toEqual(compiled.trace);
    }
  });

  it('a path into a null fact reads null, so a rule testing for null fires in both evaluators', async () => {
    const { changeDates: _derived, ...loaded } = demoSet();
    const json = structuredClone(loaded) as unknown as { id: string; rules: { conditions: unknown; event: { type: string } }[] };
    json.rules[0]!.conditions = { all: [{ fact: 'debtor', path: '$.name', operator: 'equal', value: null }] };
    json.rules[0]!.event.type = 'NO_NAME';
    const set = defineRuleSet({ ...json, rules: [json.rules[0]] });
    const compiled = evaluate(set, { debtor: null }, { asOf: '2026-05-04' });
    const reference = await evaluate(set, { debtor: null }, { asOf: '2026-05-04', engine: 'reference' });
    expect(compiled.fired.map((f) => f.event.type)).toEqual(['NO_NAME']);
    expect(reference.fired.map((f) => f.event.type)).toEqual(['NO_NAME']);
  });
});
