import { LpNormError } from '../core/errors.js';
import { formatIsoDate, LAST_ISO_DAY, parseIsoDate } from '../core/dates.js';
import { findSensitiveValues } from '../core/sensitive.js';
import { jsonInput } from '../schemas/check-input.js';
import { schemaIssues } from '../schemas/validate.js';
import { validateRuleSet } from '../schemas/validators.generated.js';
import { assertSoundRuleSet } from './check-rule-set.js';
import type { RuleSetDefinition } from '../schemas/rule-set.js';

/** A norm family loaded and checked: its JSON, frozen, plus the dates on which any of its norms change. */
export interface RuleSet extends RuleSetDefinition {
  /** Sorted dates on which a parameter or rule version starts or ends: between two, nothing changes. */
  readonly changeDates: readonly string[];
  /** The file this family was loaded from (`loadNorms`); absent for the package's own. */
  readonly origin?: string;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function changeDatesOf(set: RuleSetDefinition): string[] {
  const dates = new Set<string>();
  const add = (v: { validFrom: string; validTo?: string | undefined }): void => {
    dates.add(v.validFrom);
    // Nothing changes after 9999-12-31, the last day a norm can name.
    if (v.validTo !== undefined && v.validTo !== formatIsoDate(LAST_ISO_DAY)) dates.add(formatIsoDate(parseIsoDate(v.validTo)! + 1));
  };
  Object.values(set.parameters).forEach((p) => p.values.forEach(add));
  set.rules.forEach(add);
  return [...dates].sort();
}

// The rule sets this module loaded: `evaluate` takes these (or a built-in id), never a raw object.
const loaded = new WeakSet<object>();

/** Whether `value` is a norm family loaded (and checked) here: a built-in one or one from `defineRuleSet`. */
export function isLoadedRuleSet(value: unknown): value is RuleSet {
  return value !== null && typeof value === 'object' && loaded.has(value);
}

/** Loads a built-in norm file (its schema is checked by the test suite; its semantics here). */
export function loadRuleSet(json: RuleSetDefinition, origin?: string): RuleSet {
  assertSoundRuleSet(json);
  const { changeDates: _stale, origin: _was, ...definition } = json as RuleSetDefinition & Partial<RuleSet>;
  const set = deepFreeze({ ...structuredClone(definition), changeDates: changeDatesOf(json), ...(origin !== undefined ? { origin } : {}) });
  loaded.add(set);
  return set;
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
