import { deepFreeze } from '../core/deep-freeze.js';
import { formatIsoDate, LAST_ISO_DAY, parseIsoDate } from '../core/dates.js';
import type { RuleSetDefinition } from '../schemas/rule-set.js';

/** A norm family loaded and checked: its JSON, frozen, plus the dates on which any of its norms change. */
export interface RuleSet extends RuleSetDefinition {
  /** Sorted dates on which a parameter or rule version starts or ends: between two, nothing changes. */
  readonly changeDates: readonly string[];
  /** The file this family was loaded from (`loadNorms`); absent for the package's own. */
  readonly origin?: string;
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

/**
 * Freezes a norm family whose rules are known sound and marks it loaded. The package's own families come
 * here directly: their schema and semantics are checked by the test suite (test/rule-files.test.ts,
 * src/rules/check-rule-set.test.ts) before the package is built, so a browser bundle does not carry the
 * checker. Every family loaded at run time goes through `loadRuleSet`, which checks it first.
 */
export function freezeRuleSet(json: RuleSetDefinition, origin?: string): RuleSet {
  const { changeDates: _stale, origin: _was, ...definition } = json as RuleSetDefinition & Partial<RuleSet>;
  const set = deepFreeze({ ...structuredClone(definition), changeDates: changeDatesOf(json), ...(origin !== undefined ? { origin } : {}) });
  loaded.add(set);
  return set;
}
