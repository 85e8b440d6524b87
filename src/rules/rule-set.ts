import { LpNormError } from '../core/errors.js';
import { findSensitiveValues } from '../core/sensitive.js';
import { jsonInput } from '../schemas/check-input.js';
import { schemaIssues } from '../schemas/validate.js';
import { validateRuleSet } from '../schemas/validators.generated.js';
import { assertSoundRuleSet } from './check-rule-set.js';
import type { RuleSetDefinition } from '../schemas/rule-set.js';
import { freezeRuleSet, type RuleSet } from './frozen-rule-set.js';

export { isLoadedRuleSet, type RuleSet } from './frozen-rule-set.js';

/** Loads a norm family read at run time (its schema already checked): its semantics checked, then frozen. */
export function loadRuleSet(json: RuleSetDefinition, origin?: string): RuleSet {
  assertSoundRuleSet(json);
  return freezeRuleSet(json, origin);
}

/**
 * Checks any norm file against the rule-file JSON Schema and its semantic rules, then loads it.
 * A malformed norm never loads: it throws `LpNormError` `NORM_INVALID` with every problem found.
 *
 * @example
 * const set = defineRuleSet({
 *   id: 'demo.limit', title: { fr: 'Démo', en: 'Demo' },
 *   source: { document: 'Demo', title: { fr: 'Démo', en: 'Demo' }, edition: '2026' },
 *   facts: { amount: { kind: 'decimal', nullable: false, description: { fr: 'Montant', en: 'Amount' } } },
 *   parameters: { limit: { kind: 'decimal', description: { fr: 'Plafond', en: 'Limit' },
 *     values: [{ validFrom: '2026-01-01', value: '1000.00', citation: { document: 'Demo', article: '1' } }] } },
 *   rules: [{ id: 'demo.limit.above', title: { fr: 'Plafond', en: 'Limit' }, citation: { document: 'Demo', article: '1' },
 *     validFrom: '2026-01-01', conditions: { all: [{ fact: 'amount', operator: 'decimalGreaterThan', value: { fact: 'params', path: '$.limit' } }] },
 *     event: { type: 'ABOVE_LIMIT', params: { message: { fr: 'Au-dessus du plafond.', en: 'Above the limit.' } } },
 *     satisfied: { fr: 'Dans le plafond.', en: 'Within the limit.' } }],
 * });
 * evaluate(set, { amount: '1000.01' }, { asOf: '2026-05-04' }).fired.map((f) => f.event.type); // → ['ABOVE_LIMIT']
 * defineRuleSet({ id: 'demo.limit' }); // throws LpNormError NORM_INVALID: "/title REQUIRED; /source REQUIRED; …"
 */
export function defineRuleSet(json: unknown): RuleSet {
  // A value JSON cannot hold (a cycle, nesting deeper than 64, a BigInt…) is an input error, like anywhere.
  const file = jsonInput(json);
  // A card number anywhere (an id, a wording, a key) is refused first, by path: ids and names are
  // repeated in messages and in every trace.
  const issues = [...findSensitiveValues(file), ...schemaIssues(validateRuleSet, file)];
  if (issues.length > 0) {
    const list = issues.map((i) => `${i.path || '/'} ${i.code}`).join('; ');
    throw new LpNormError('NORM_INVALID', { fr: `Fichier de normes invalide : ${list}`, en: `Invalid norm file: ${list}` });
  }
  return loadRuleSet(file as RuleSetDefinition);
}
