import { describe, expect, it, vi } from 'vitest';
import type { TraceStep } from '../../core/trace.js';
import { getRuleSet } from '../../rules/index.js';
import { defineRuleSet } from '../../rules/rule-set.js';
import { evaluate } from './evaluate.js';
import { asOfLabel, traceValue } from './explain.js';
import { foreignVisaRule } from '../../../test/support/demo-rule-sets.js';
import { TWINT_ONE_CENTIME_OVER } from '../../../test/support/ocp-facts.js';

// The trace: a parameters step stating the versions applied and the date, then one step per rule with
// its outcome, its citation, its FR/EN wording and exactly the values it compared.
const FACTS = TWINT_ONE_CENTIME_OVER;
const ocp = getRuleSet('payment.ocp');
const rule = (id: string) => ocp.rules.find((r) => r.id === id)!;
const stepOf = (trace: TraceStep[], id: string): TraceStep => trace.find((s) => s.rule === id)!;

describe('the parameters step', () => {
  it('Monday 4 May 2026: the versions in force that day, each with its first day', () => {
    const [step] = evaluate('payment.ocp', FACTS, { asOf: '2026-05-04' }).trace;
    expect(step).toMatchObject({ rule: 'payment.ocp.parameters', citation: 'CG OCP (non datée)' });
    expect(step!.text).toEqual({
      fr: 'Paramètres de CG OCP (non datée) en vigueur le 2026-05-04.',
      en: 'Parameters of CG OCP (non datée) in force on 2026-05-04.',
    });
    // CG OCP ch. 3: CHF 1000.00 online; the terms are undated, applied from Monday 1 January 2024.
    expect(step!.values).toMatchObject({
      asOf: '2026-05-04',
      onlineLimit: '1000.00',
      'onlineLimit.validFrom': '2024-01-01',
      maxDecimals: 2,
      acceptedMethods: 'card, twint',
    });
  });

  it('no reference date: the trace says the latest known version is applied', () => {
    const [step] = evaluate('payment.ocp', FACTS).trace;
    expect(step!.values).toMatchObject({ asOf: null, onlineLimit: '1000.00' });
    expect(step!.text).toEqual({
      fr: 'Aucune date de référence : la dernière version connue des paramètres de CG OCP (non datée) est appliquée.',
      en: 'No reference date: the latest known version of the parameters of CG OCP (non datée) is applied.',
    });
  });

  it('each date keeps its own wording, whatever was evaluated before, and a caller’s edit never leaks', () => {
    const dated = evaluate('payment.ocp', FACTS, { asOf: '2026-05-04' });
    dated.trace[0]!.text = { fr: 'remplacé', en: 'replaced' };
    expect(evaluate('payment.ocp', FACTS).trace[0]!.text.en).toMatch(/^No reference date/);
    expect(evaluate('payment.ocp', FACTS, { asOf: '2026-05-04' }).trace[0]!.text.en).toBe('Parameters of CG OCP (non datée) in force on 2026-05-04.');
    expect(evaluate('payment.ocp', FACTS, { asOf: '2026-05-05' }).trace[0]!.text.en).toBe('Parameters of CG OCP (non datée) in force on 2026-05-05.');
  });
});

describe('one step per rule', () => {
  // Evaluated inside each test, never when the file loads.
  const ocpTrace = () => evaluate('payment.ocp', FACTS, { asOf: '2026-05-04' }).trace;

  it('a fired rule: its message, its citation, the fact and the parameter it compared', () => {
    const step = stepOf(ocpTrace(), 'payment.ocp.amount.above-limit');
    expect(step).toEqual({
      rule: 'payment.ocp.amount.above-limit',
      citation: 'CG OCP ch. 3',
      text: rule('payment.ocp.amount.above-limit').event.params.message,
      values: { fired: true, amount: '1000.01', 'params.onlineLimit': '1000.00' },
    });
    expect(step.text.fr).not.toBe(step.text.en);
  });

  it('a rule comparing with a literal: no parameter value in its step', () => {
    // "0" is written in the rule (CG OCP ch. 3: a positive amount); nothing else was compared.
    expect(stepOf(ocpTrace(), 'payment.ocp.amount.not-positive')).toEqual({
      rule: 'payment.ocp.amount.not-positive',
      citation: 'CG OCP ch. 3',
      text: rule('payment.ocp.amount.not-positive').satisfied,
      values: { fired: false, amount: '1000.01' },
    });
  });

  it('a rule comparing two facts: both values (CG OCP ch. 4, the amount within the balance)', () => {
    expect(stepOf(ocpTrace(), 'payment.ocp.amount.exceeds-balance')).toEqual({
      rule: 'payment.ocp.amount.exceeds-balance',
      citation: 'CG OCP ch. 4',
      text: rule('payment.ocp.amount.exceeds-balance').satisfied,
      values: { fired: false, amount: '1000.01', balance: '2000.00' },
    });
  });

  it('a rule with several conditions: every fact it read, null ones included, and the list it used', () => {
    // TWINT: the card-scheme rule (CG OCP ch. 4) does not fire; its card brand is null.
    expect(stepOf(ocpTrace(), 'payment.ocp.method.scheme').values).toEqual({
      fired: false,
      methodType: 'twint',
      cardBrand: null,
      'params.acceptedCardBrands': 'visa, mastercard',
    });
  });

  it('a fact read through a path is named by that path, on either side of the comparison', () => {
    const text = (s: string) => ({ fr: s, en: `${s} (en)` });
    const set = defineRuleSet({
      id: 'demo.path',
      title: text('Démo'),
      source: { document: 'Demo', title: text('Démo'), edition: '2026' },
      facts: {
        amount: { kind: 'decimal', nullable: false, description: text('Montant') },
        card: { kind: 'text', nullable: true, description: text('Carte') },
      },
      parameters: {},
      rules: [
        foreignVisaRule('demo.path'),
        {
          // The amount compared with the card's own limit, a fact read through a path.
          id: 'demo.path.above-card-limit',
          title: text('Limite de la carte'),
          citation: { document: 'Demo', article: '3', paragraph: '1' },
          validFrom: '2026-01-01',
          conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'card', path: '$.limit' } }] },
          event: { type: 'ABOVE_CARD_LIMIT', params: { message: text('Au-dessus de la limite de la carte.') } },
          satisfied: text('Dans la limite de la carte.'),
        },
      ],
    });
    const r = evaluate(set, { amount: '500.00', card: { brand: 'visa', holder: { country: 'FR' }, limit: '2000.00' } }, { asOf: '2026-05-04' });
    expect(r.trace.slice(1)).toEqual([
      {
        rule: 'demo.path.foreign-visa',
        citation: 'Demo 1',
        text: { fr: 'Visa étrangère.', en: 'Foreign Visa.' },
        values: { fired: true, 'card.brand': 'visa', 'card.holder.country': 'FR' },
      },
      {
        rule: 'demo.path.above-card-limit',
        citation: 'Demo 3 al. 1',
        text: text('Dans la limite de la carte.'),
        values: { fired: false, amount: '500.00', 'card.limit': '2000.00' },
      },
    ]);
  });
});

describe('traceValue: a trace holds scalars only', () => {
  it('a list of scalars is joined; a list of objects (the féries spans) is written as JSON', () => {
    expect(traceValue(['GE', 'VD'])).toBe('GE, VD');
    expect(traceValue([null, 2])).toBe('null, 2');
    expect(traceValue([])).toBe('');
    // The Easter féries of LP 56 ch. 2: seven days either side of Easter Sunday.
    const easter = { id: 'easter', from: { easter: -7 }, to: { easter: 7 } };
    expect(traceValue([easter])).toBe('[{"id":"easter","from":{"easter":-7},"to":{"easter":7}}]');
    expect(traceValue(['a', easter])).toBe('["a",{"id":"easter","from":{"easter":-7},"to":{"easter":7}}]');
  });

  it('a number stays a number when finite, and is written out otherwise', () => {
    expect(traceValue(0)).toBe(0);
    expect(traceValue(-1.5)).toBe(-1.5);
    expect(traceValue(Number.NaN)).toBe('NaN');
    expect(traceValue(-Infinity)).toBe('-Infinity');
  });
});

describe('asOfLabel', () => {
  it('names the reference date, or "latest" without one', () => {
    expect(asOfLabel('2026-05-04')).toBe('2026-05-04');
    expect(asOfLabel(null)).toBe('latest');
  });
});

describe('a rule step shows the parameter it compared, with the value applied', () => {
  it('payment.ocp on Mon 4 May 2026: the precision and the limit checks show maxDecimals 2 and onlineLimit 1000.00', async () => {
    // A fresh module graph: what each rule reads is cached per rule, so an earlier evaluation in this file
    // would otherwise have listed it already (and mutation testing would not see this test cover it).
    vi.resetModules();
    const fresh = await import('./evaluate.js');
    const trace = fresh.evaluate('payment.ocp', FACTS, { asOf: '2026-05-04' }).trace;
    const values = (rule: string) => trace.find((s) => s.rule === rule)!.values;
    expect(values('payment.ocp.amount.precision')).toEqual({ fired: false, amount: '1000.01', 'params.maxDecimals': 2 });
    expect(values('payment.ocp.amount.above-limit')).toMatchObject({ fired: true, amount: '1000.01', 'params.onlineLimit': '1000.00' });
  });
});
