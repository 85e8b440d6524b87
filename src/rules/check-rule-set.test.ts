import { describe, expect, it } from 'vitest';
import { thrownNormError } from '../../test/support/thrown.js';
import { LpNormError } from '../core/errors.js';
import type { RuleSetDefinition } from '../schemas/rule-set.js';
import { assertSoundRuleSet, ruleSetProblems, ruleSetProblemsLocalized } from './check-rule-set.js';
import { defineRuleSet } from './rule-set.js';

// Semantic checks of a norm file (what JSON Schema cannot say). The checks already pinned in
// test/mutation-gaps.test.ts and test/rule-files.test.ts (kinds, overlaps, undeclared facts and
// parameters, reserved name, decimal operators) are not repeated; these are the remaining ones and the
// NORM_INVALID error itself.

const cite = { document: 'Demo', article: '1' };
const text = { fr: 'Texte', en: 'Text' };
type Leaf = { fact: string; operator: string; value: unknown; path?: string };

/** demo.s: one decimal fact, a decimal `limit` and a list `kinds` parameter, rules reading them. */
function demo(leaves: Leaf[][] = [[{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.limit' } }]]): RuleSetDefinition {
  return {
    id: 'demo.s',
    title: text,
    source: { document: 'Demo', title: text, edition: '2026' },
    facts: {
      amount: { kind: 'decimal', nullable: false, description: text },
      payer: { kind: 'text', nullable: true, description: text },
    },
    parameters: {
      limit: { kind: 'decimal', description: text, values: [{ validFrom: '2026-01-01', value: '1000.00', citation: cite }] },
      kinds: { kind: 'list', description: text, values: [{ validFrom: '2026-01-01', value: ['poursuite', 'adb'], citation: cite }] },
    },
    rules: leaves.map((all, i) => ({
      id: `demo.s.r${i}`,
      title: text,
      citation: cite,
      validFrom: '2026-01-01',
      conditions: { all },
      event: { type: 'X', params: { message: text } },
      satisfied: text,
    })),
  } as unknown as RuleSetDefinition;
}

const normError = thrownNormError;
const refusal = (json: unknown): LpNormError => normError(() => defineRuleSet(json));

describe('NORM_INVALID lists every semantic problem, in FR and EN, with the family in details', () => {
  it('two problems at once: a duplicate id and an undeclared fact', () => {
    const json = demo([
      [{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.limit' } }],
      [{ fact: 'amout', operator: 'decimalGreaterThan', value: '0' }],
    ]);
    json.rules[1]!.id = 'demo.s.r0';
    const problems = 'rule demo.s.r0: duplicate id; rule demo.s.r0: fact amout is not declared';
    expect(ruleSetProblems(json)).toEqual(problems.split('; '));
    for (const e of [refusal(json), normError(() => assertSoundRuleSet(json))]) {
      expect(e).toBeInstanceOf(LpNormError);
      expect(e.code).toBe('NORM_INVALID');
      // The French message says the problems in French too (legal staff write the norm files).
      expect(e.messages.fr).toBe("Fichier de normes demo.s invalide : règle demo.s.r0 : identifiant en double ; règle demo.s.r0 : le fait amout n'est pas déclaré");
      expect(e.messages.en).toBe(`Invalid norm file demo.s: ${problems}`);
      expect(e.details).toEqual({ ruleSet: 'demo.s' });
    }
  });

  it('a sound file passes', () => {
    expect(() => assertSoundRuleSet(demo())).not.toThrow();
    expect(defineRuleSet(demo()).id).toBe('demo.s');
  });
});

describe('each remaining semantic check refuses with a precise problem', () => {
  it('a reference to "params" without a path names no parameter', () => {
    // Schema-valid ({ fact, path? }), but it would compare with the whole parameter table.
    const json = demo([[{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params' } }]]);
    // One problem, named as such: "params" is the reserved parameter fact, not an undeclared one.
    expect(ruleSetProblems(json)).toEqual(['rule demo.s.r0: parameter (no path) is not declared']);
    expect(refusal(json).code).toBe('NORM_INVALID');
  });

  it('a rule may not end before it starts (it would never be in force)', () => {
    // In force from Sun 1 March 2026 "until" Sun 1 February 2026: refused, not loaded to fail every evaluation.
    const json = demo();
    (json.rules[0] as { validFrom: string; validTo?: string }).validFrom = '2026-03-01';
    (json.rules[0] as { validTo?: string }).validTo = '2026-02-01';
    expect(ruleSetProblems(json)).toEqual(['rule demo.s.r0: validTo before validFrom']);
    expect(refusal(json).code).toBe('NORM_INVALID');
    // A rule in force for one day only (validTo = validFrom) is sound.
    (json.rules[0] as { validTo?: string }).validTo = '2026-03-01';
    expect(ruleSetProblems(json)).toEqual([]);
  });

  it('end dates must be calendar dates, for parameter versions and rules alike', () => {
    const p = demo();
    p.parameters.limit!.values[0]!.validTo = '2026-06-31'; // June has 30 days
    expect(ruleSetProblems(p)).toEqual(['parameter limit[0]: 2026-06-31 is not a calendar date']);
    const r = demo();
    r.rules[0]!.validTo = '2026-02-29'; // 2026 is not a leap year
    expect(ruleSetProblems(r)).toEqual(['rule demo.s.r0: 2026-02-29 is not a calendar date']);
    r.rules[0]!.validTo = '2028-02-29'; // 2028 is
    expect(ruleSetProblems(r)).toEqual([]);
  });

  it('an integer parameter must hold a whole number', () => {
    const json = demo();
    json.parameters.limit = { kind: 'integer', description: text, values: [{ validFrom: '2026-01-01', value: 1.5, citation: cite }] };
    expect(ruleSetProblems(json)).toEqual(['parameter limit[0]: value does not fit kind integer']);
  });

  it('`in` / `notIn` take a literal list or a list parameter, never a scalar parameter', () => {
    const on = (operator: string, value: unknown) => ruleSetProblems(demo([[{ fact: 'payer', operator, value }]]));
    expect(on('in', { fact: 'params', path: '$.kinds' })).toEqual([]);
    expect(on('notIn', ['poursuite'])).toEqual([]);
    expect(on('in', { fact: 'params', path: '$.limit' })).toEqual(['rule demo.s.r0: in needs a list']);
    expect(on('notIn', { fact: 'amount' })).toEqual(['rule demo.s.r0: notIn needs a list']);
  });

  it('a decimal operator may not compare with a list parameter', () => {
    const json = demo([[{ fact: 'amount', operator: 'decimalLessThanInclusive', value: { fact: 'params', path: '$.kinds' } }]]);
    expect(ruleSetProblems(json)).toEqual(['rule demo.s.r0: decimalLessThanInclusive compares with a list parameter']);
  });

  it('a rule id must start with the family id and a dot, not merely with the same letters', () => {
    const json = demo();
    json.rules[0]!.id = 'demo.s2.r0';
    expect(ruleSetProblems(json)).toEqual(['rule demo.s2.r0: id must start with "demo.s."']);
  });

  it('a fact compared with another declared fact, or a declared fact path, is sound', () => {
    expect(ruleSetProblems(demo([[{ fact: 'amount', operator: 'decimalLessThan', value: { fact: 'amount' } }]]))).toEqual([]);
    expect(ruleSetProblems(demo([[{ fact: 'payer', operator: 'equal', value: { fact: 'undeclared', path: '$.x' } }]]))).toEqual([
      'rule demo.s.r0: fact undeclared is not declared',
    ]);
  });
});

describe('every semantic problem has its French wording', () => {
  it('each check of the file is hit, and no English word of the English list leaks into the French one', () => {
    const json = demo([
      [{ fact: 'amout', operator: 'in', value: { fact: 'params', path: '$.limit' } }],
      [{ fact: 'amount', operator: 'decimalLessThan', value: { fact: 'params', path: '$.kinds' } }],
      [{ fact: 'amount', operator: 'equal', value: { fact: 'undeclared' } }],
      [{ fact: 'amount', operator: 'equal', value: { fact: 'params' } }],
    ]);
    json.rules[1]!.id = 'demo.s.r0';
    json.rules[2]!.id = 'other.r2';
    json.rules[2]!.validFrom = '2026-02-30';
    json.rules[2]!.validTo = '2019-01-01';
    const limit = json.parameters['limit']!;
    limit.values.push({ ...limit.values[0]!, validFrom: '2026-13-01', validTo: '2020-01-01', value: [] as unknown as string });
    (json.facts as Record<string, unknown>)['params'] = json.facts['amount'];
    const problems = ruleSetProblemsLocalized(json);
    expect(problems.map((p) => p.en)).toEqual(ruleSetProblems(json));
    expect(problems.map((p) => p.en)).toEqual([
      'parameter limit[1]: 2026-13-01 is not a calendar date',
      'parameter limit[1]: validTo before validFrom',
      'parameter limit[1]: overlaps the previous version (a repeal is a dated end, then a new entry)',
      'parameter limit[1]: value does not fit kind decimal',
      'rule demo.s.r0: fact amout is not declared',
      'rule demo.s.r0: in needs a list',
      'rule demo.s.r0: duplicate id',
      'rule demo.s.r0: decimalLessThan compares with a list parameter',
      'rule other.r2: id must start with "demo.s."',
      'rule other.r2: 2026-02-30 is not a calendar date',
      'rule other.r2: validTo before validFrom',
      'rule other.r2: fact undeclared is not declared',
      'rule demo.s.r3: parameter (no path) is not declared',
      'fact name "params" is reserved for parameters',
    ]);
    expect(problems.map((p) => p.fr)).toEqual([
      "paramètre limit[1] : 2026-13-01 n'est pas une date du calendrier",
      'paramètre limit[1] : validTo antérieur à validFrom',
      'paramètre limit[1] : chevauche la version précédente (une abrogation est une fin datée, puis une nouvelle entrée)',
      'paramètre limit[1] : la valeur ne correspond pas au type decimal',
      "règle demo.s.r0 : le fait amout n'est pas déclaré",
      'règle demo.s.r0 : in exige une liste',
      'règle demo.s.r0 : identifiant en double',
      'règle demo.s.r0 : decimalLessThan compare à un paramètre de type list',
      'règle other.r2 : l\'identifiant doit commencer par "demo.s."',
      "règle other.r2 : 2026-02-30 n'est pas une date du calendrier",
      'règle other.r2 : validTo antérieur à validFrom',
      "règle other.r2 : le fait undeclared n'est pas déclaré",
      "règle demo.s.r3 : le paramètre (sans chemin) n'est pas déclaré",
      'le nom de fait "params" est réservé aux paramètres',
    ]);
    for (const p of problems) {
      expect(p.fr).not.toMatch(/\b(is|not|declared|needs|before|duplicate|must|overlaps|value|reserved|compares|parameter|rule|path)\b/);
      expect(p.fr).toMatch(/^(règle|paramètre|le nom de fait) /);
    }
  });
});
