// Small norm families for evaluator tests, as plain JSON (no SDK import: a test may load them through a
// freshly imported `defineRuleSet`). Dates and amounts are the caller's, so each test states its own.
import type { RuleSetDefinition } from '../../src/schemas/rule-set.js';

type Rule = RuleSetDefinition['rules'][number];

export const text = (fr: string, en: string) => ({ fr, en });
export const cite = { document: 'Demo', article: '1' };

/** "amount > params.limit" → ABOVE_LIMIT, in force from `validFrom`. */
export function aboveLimitRule(familyId: string, validFrom: string): Rule {
  return {
    id: `${familyId}.above`,
    title: text('Plafond', 'Limit'),
    citation: cite,
    validFrom,
    conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.limit' } }] },
    event: { type: 'ABOVE_LIMIT', params: { message: text('Au-dessus du plafond.', 'Above the limit.') } },
    satisfied: text('Dans le plafond.', 'Within the limit.'),
  };
}

/** "amount > 0" → SURCHARGE, a norm in force from `validFrom` (through `validTo`, if given). */
export function surchargeRule(familyId: string, validFrom: string, validTo?: string): Rule {
  return {
    id: `${familyId}.surcharge`,
    title: text('Supplément', 'Surcharge'),
    citation: cite,
    validFrom,
    ...(validTo !== undefined ? { validTo } : {}),
    conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: '0' }] },
    event: { type: 'SURCHARGE', params: { message: text('Supplément dû.', 'Surcharge due.') } },
    satisfied: text('Pas de supplément.', 'No surcharge.'),
  };
}

/** Visa cards held outside Switzerland and Liechtenstein → FOREIGN_VISA (a text fact read through paths). */
export function foreignVisaRule(familyId: string): Rule {
  return {
    id: `${familyId}.foreign-visa`,
    title: text('Visa étrangère', 'Foreign Visa'),
    citation: cite,
    validFrom: '2026-01-01',
    conditions: {
      all: [
        { fact: 'card', path: '$.brand', operator: 'equal', value: 'visa' },
        { fact: 'card', path: '$.holder.country', operator: 'notIn', value: ['CH', 'LI'] },
      ],
    },
    event: { type: 'FOREIGN_VISA', params: { message: text('Visa étrangère.', 'Foreign Visa.') } },
    satisfied: text('Pas une Visa étrangère.', 'Not a foreign Visa.'),
  };
}

/**
 * A family with a decimal `amount` fact (and a nullable text `card` when a rule reads one), a dated
 * `limit` parameter given as [validFrom, value] versions (each ending the day before the next starts),
 * and the given rules.
 */
export function limitFamily(id: string, limits: readonly (readonly [string, string])[], rules: readonly Rule[]): RuleSetDefinition {
  const dayBefore = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return {
    id,
    title: text('Démo', 'Demo'),
    source: { document: 'Demo', title: text('Démo', 'Demo'), edition: '2026' },
    facts: {
      amount: { kind: 'decimal', nullable: false, description: text('Montant', 'Amount') },
      ...(JSON.stringify(rules).includes('"fact":"card"') ? { card: { kind: 'text', nullable: true, description: text('Carte', 'Card') } } : {}),
    },
    parameters: {
      limit: {
        kind: 'decimal',
        description: text('Plafond', 'Limit'),
        values: limits.map(([validFrom, value], k) => ({
          validFrom,
          ...(k + 1 < limits.length ? { validTo: dayBefore(limits[k + 1]![0]) } : {}),
          value,
          citation: cite,
        })),
      },
    },
    rules: [...rules],
  } as RuleSetDefinition;
}
