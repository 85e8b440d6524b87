import { describe, expect, it } from 'vitest';
import { LpNormError } from '../core/errors.js';
import { getRuleSet, rules, ruleSets } from './index.js';

// The catalogue of built-in norm families and the flattened norms integrators read.

describe('getRuleSet', () => {
  it('returns the built-in family with that id (the very object of `ruleSets`)', () => {
    const set = getRuleSet('lp.deadlines');
    expect(set).toBe(ruleSets.find((s) => s.id === 'lp.deadlines'));
    expect(set.rules.map((r) => r.id)).toEqual([
      'lp.deadlines.lp63-end-in-closed-period',
      'lp.deadlines.next-working-day',
      'lp.deadlines.lp63-after-shift',
    ]);
  });

  it.each(['lp.unknown', 'LP.DEADLINES', 'lp.deadlines.next-working-day', ''])('%j: UNKNOWN_RULE_SET, naming the id asked for', (id) => {
    let error: unknown;
    try {
      getRuleSet(id);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LpNormError);
    const e = error as LpNormError;
    expect(e.code).toBe('UNKNOWN_RULE_SET');
    expect(e.messages.fr).toBe(`Famille de normes inconnue : ${id}.`);
    expect(e.messages.en).toBe(`Unknown norm family: ${id}.`);
    expect(e.message).toBe(e.messages.en);
    expect(e.details).toEqual({ ruleSet: id });
  });
});

describe('ruleSets and rules', () => {
  it('lists the families in catalogue order', () => {
    expect(ruleSets.map((s) => s.id)).toEqual([
      'payment.ocp',
      'payment.ocpm',
      'ocpm.orders',
      'card.debit-mastercard',
      'lp.deadlines',
      'lp.acts',
      'lp.delivery',
      'lp.procedure',
      'seizure.minimum-vital',
      'seizure.quota',
    ]);
  });

  it('flattens every rule of every family, in that order', () => {
    expect(rules.map((r) => r.id)).toEqual(ruleSets.flatMap((s) => s.rules.map((r) => r.id)));
    expect(rules.map((r) => r.ruleSet)).toEqual(ruleSets.flatMap((s) => s.rules.map(() => s.id)));
  });

  it('CG OCP ch. 3: the online ceiling norm carries its citation, source and the parameter it reads', () => {
    const r = rules.find((x) => x.id === 'payment.ocp.amount.above-limit')!;
    expect(r).toMatchObject({ ruleSet: 'payment.ocp', citation: 'CG OCP ch. 3', validFrom: '2024-01-01' });
    expect(r.legalSource).toMatchObject({ document: 'CG OCP', article: 'ch. 3' });
    expect(r.source).toBe(getRuleSet('payment.ocp').source);
    expect(Object.keys(r.parameters)).toEqual(['onlineLimit']); // only what its conditions read
    expect(r.parameters.onlineLimit!.values).toMatchObject([{ validFrom: '2024-01-01', value: '1000.00' }]);
    expect('validTo' in r).toBe(false); // open-ended: no validTo key at all
  });
});
