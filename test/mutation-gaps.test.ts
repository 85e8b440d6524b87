// Focused tests for gaps found by mutation testing (npm run mutation, docs/quality.md).
import { describe, expect, it } from 'vitest';
import { OPERATOR_FUNCTIONS as op } from '../src/engines/evaluator/operators.js';
import { resolvePath } from '../src/engines/evaluator/path.js';
import { traceValue } from '../src/engines/evaluator/explain.js';
import { formatCitation } from '../src/rules/citation.js';
import { ruleSetProblems } from '../src/rules/check-rule-set.js';
import type { RuleSetDefinition } from '../src/schemas/rule-set.js';

describe('time operators', () => {
  it('compares HH:mm and HH:mm:ss, seconds included', () => {
    expect(op.timeBefore('07:59:59', '08:00')).toBe(true);
    expect(op.timeBefore('08:00:01', '08:00')).toBe(false);
    expect(op.timeAfter('20:00:01', '20:00')).toBe(true);
    expect(op.timeOnOrAfter('20:00', '20:00:00')).toBe(true);
    expect(op.timeOnOrBefore('20:00:00', '20:00')).toBe(true);
    expect(op.timeAfter('09:10', '09:05')).toBe(true);
  });
  it('rejects what is not a time of day (false, never a throw)', () => {
    for (const bad of ['24:00', '7:00', '07:60', '07:00:60', 'x07:00', '07:00x', '07:0a', '0a:00', '07:00:', null, 700]) {
      expect(op.timeBefore(bad, '23:59')).toBe(false);
      expect(op.timeAfter(bad, '00:00')).toBe(false);
      expect(op.timeAfter('23:59', bad)).toBe(false);
    }
    expect(op.timeAfter('23:00', '22:59')).toBe(true);
    expect(op.timeBefore('19:59', '20:00')).toBe(true);
  });
  it('dateOnOrAfter includes the day itself', () => {
    expect(op.dateOnOrAfter('2026-05-04', '2026-05-04')).toBe(true);
    expect(op.dateOnOrAfter('2026-05-03', '2026-05-04')).toBe(false);
  });
  it('decimal operators reject invalid operands', () => {
    expect(op.decimalLessThan('abc', '1.00')).toBe(false);
    expect(op.decimalGreaterThan('2.00', null)).toBe(false);
  });
});

describe('path and trace values', () => {
  it('resolves own properties only', () => {
    expect(resolvePath({ a: { b: 1 } }, '$.a.b')).toBe(1);
    expect(resolvePath({ a: null }, '$.a.b')).toBeUndefined();
    expect(resolvePath({ a: 'text' }, '$.a.length')).toBeUndefined();
    expect(resolvePath({}, '$.toString')).toBeUndefined();
  });
  it('writes scalars as they are, lists joined, objects as JSON', () => {
    expect(traceValue(undefined)).toBeNull();
    expect(traceValue(null)).toBeNull();
    expect(traceValue(false)).toBe(false);
    expect(traceValue('a')).toBe('a');
    expect(traceValue(Infinity)).toBe('Infinity');
    expect(traceValue(['a', 'b'])).toBe('a, b');
    expect(traceValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe('formatCitation', () => {
  it('writes paragraph, number and letter', () => {
    expect(formatCitation({ document: 'LP', article: '74' } as never)).toBe('LP 74');
    expect(formatCitation({ document: 'LP', article: '8a', paragraph: '3', number: '2', letter: 'd' } as never)).toBe('LP 8a al. 3 ch. 2 let. d');
  });
});

const cite = { document: 'Demo', article: '1' };
function set(over: Partial<RuleSetDefinition> & { kind?: string; value?: unknown; values?: unknown[] } = {}): RuleSetDefinition {
  const { kind = 'decimal', value = '1.00', values, ...rest } = over;
  return {
    id: 'demo.s',
    title: { fr: 'D', en: 'D' },
    source: { document: 'Demo', title: { fr: 'D', en: 'D' }, edition: '2026' },
    facts: { amount: { kind: 'decimal', nullable: false, description: { fr: 'M', en: 'A' } } },
    parameters: { limit: { kind, description: { fr: 'P', en: 'L' }, values: values ?? [{ validFrom: '2026-01-01', value, citation: cite }] } },
    rules: [
      {
        id: 'demo.s.r',
        title: { fr: 'R', en: 'R' },
        citation: cite,
        validFrom: '2026-01-01',
        conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.limit' } }] },
        event: { type: 'X', params: { message: { fr: 'x', en: 'x' } } },
        satisfied: { fr: 's', en: 's' },
      },
    ],
    ...rest,
  } as unknown as RuleSetDefinition;
}

describe('ruleSetProblems', () => {
  it('accepts a sound file', () => {
    expect(ruleSetProblems(set())).toEqual([]);
  });
  it('checks each parameter kind', () => {
    const decimalOp = (k: string) => `rule demo.s.r: decimalGreaterThan compares with a ${k} parameter`;
    expect(ruleSetProblems(set({ kind: 'text', value: 1 }))).toEqual(['parameter limit[0]: value does not fit kind text', decimalOp('text')]);
    expect(ruleSetProblems(set({ kind: 'time', value: '7:00' }))).toContain('parameter limit[0]: value does not fit kind time');
    expect(ruleSetProblems(set({ kind: 'time', value: 'x07:00' }))).toContain('parameter limit[0]: value does not fit kind time');
    expect(ruleSetProblems(set({ kind: 'time', value: '07:00x' }))).toContain('parameter limit[0]: value does not fit kind time');
    expect(ruleSetProblems(set({ kind: 'time', value: 700 }))).toContain('parameter limit[0]: value does not fit kind time');
    expect(ruleSetProblems(set({ kind: 'time', value: '07:00' }))).toEqual([decimalOp('time')]);
    expect(ruleSetProblems(set({ kind: 'boolean', value: 'yes' }))).toContain('parameter limit[0]: value does not fit kind boolean');
    expect(ruleSetProblems(set({ kind: 'list', value: ['a', 1] }))).toContain('parameter limit[0]: value does not fit kind list');
    expect(ruleSetProblems(set({ kind: 'periods', value: [{}, 'a'] }))).toContain('parameter limit[0]: value does not fit kind periods');
    expect(ruleSetProblems(set({ kind: 'integer', value: 3 }))).toEqual([]);
  });
  it('flags each decimal operator against a non-numeric parameter', () => {
    for (const operator of ['decimalLessThan', 'decimalLessThanInclusive', 'decimalGreaterThan', 'decimalGreaterThanInclusive']) {
      const s = set({ kind: 'boolean', value: true });
      (s.rules[0]!.conditions as { all: { operator: string }[] }).all[0]!.operator = operator;
      expect(ruleSetProblems(s)).toEqual([`rule demo.s.r: ${operator} compares with a boolean parameter`]);
    }
  });
  it('orders dated versions without overlap', () => {
    const v = (validFrom: string, validTo?: string) => ({ validFrom, ...(validTo ? { validTo } : {}), value: '1.00', citation: cite });
    expect(ruleSetProblems(set({ values: [v('2026-01-01', '2026-01-01'), v('2026-01-02')] }))).toEqual([]);
    expect(ruleSetProblems(set({ values: [v('2026-02-01', '2026-01-31')] }))).toEqual(['parameter limit[0]: validTo before validFrom']);
    expect(ruleSetProblems(set({ values: [v('2026-01-01', '2026-01-31'), v('2026-01-31')] }))).toEqual([
      'parameter limit[1]: overlaps the previous version (a repeal is a dated end, then a new entry)',
    ]);
    expect(ruleSetProblems(set({ values: [v('2026-01-01'), v('2026-02-01')] }))[0]).toMatch(/overlaps/);
    expect(ruleSetProblems(set({ values: [v('2026-02-30')] }))).toEqual(['parameter limit[0]: 2026-02-30 is not a calendar date']);
  });
  it('reports undeclared facts and parameters, and the reserved fact name', () => {
    const s = set();
    (s.rules[0]!.conditions as { all: unknown[] }).all.push(
      { fact: 'amount', operator: 'decimalLessThan', value: { fact: 'other' } },
      { fact: 'amount', operator: 'decimalLessThan', value: { fact: 'params', path: '$.missing' } },
    );
    expect(ruleSetProblems(s)).toEqual(['rule demo.s.r: fact other is not declared', 'rule demo.s.r: parameter $.missing is not declared']);
    const r = set({ facts: { params: { kind: 'decimal', nullable: false, description: { fr: 'M', en: 'A' } }, amount: { kind: 'decimal', nullable: false, description: { fr: 'M', en: 'A' } } } as never });
    expect(ruleSetProblems(r)).toEqual(['fact name "params" is reserved for parameters']);
  });
});
