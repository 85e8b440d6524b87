import { issue, pointer, throwIfIssues, type Issue } from '../errors.js';
import { parseIsoDate, type IsoDate } from '../dates.js';
import { findSensitiveValues } from '../sensitive.js';
import { getRuleSet } from '../../rules/index.js';
import type { RuleSet } from '../../rules/rule-set.js';
import type { RuleSetDefinition } from '../../schemas/rule-set.js';
import type { AsOf } from '../../rules/parameters.js';
import { planFor } from './plan.js';
import { runReference } from './reference.js';
import type { Evaluation, Facts } from './types.js';

/** Options of `evaluate`: the reference date, the evaluator, and whether to build the trace. */
export interface EvaluateOptions {
  /** Reference date: the norms in force that day apply. Without it, the latest known version (the trace says so). */
  asOf?: IsoDate;
  /** `compiled` (default, synchronous) or `reference` (json-rules-engine, returns a Promise). */
  engine?: 'compiled' | 'reference';
  /** Build the trace (default true). */
  trace?: boolean;
}

/**
 * The facts a calculator knows, every other fact the norm family declares set to `null`: one family
 * (e.g. `lp.procedure`) serves several functions, each of which knows only its own facts.
 */
export function withUnknownFacts(set: Pick<RuleSetDefinition, 'facts'>, known: Facts): Facts {
  const facts: Record<string, unknown> = {};
  for (const name of Object.keys(set.facts)) facts[name] = Object.prototype.hasOwnProperty.call(known, name) ? known[name] : null;
  return facts;
}

/** Strict facts: every declared fact present (`null` only where the norm file allows it), no card number. */
export function checkFacts(set: RuleSet, facts: unknown, asOf: unknown): { facts: Facts; asOf: AsOf } {
  const issues: Issue[] = [];
  if (asOf !== undefined && parseIsoDate(asOf) === null) issues.push(issue('/asOf', 'INVALID_DATE'));
  if (facts === null || typeof facts !== 'object' || Array.isArray(facts)) {
    issues.push(issue('', 'INVALID_TYPE'));
    throwIfIssues(issues);
  }
  const given = facts as Record<string, unknown>;
  for (const [name, decl] of Object.entries(set.facts)) {
    if (!Object.prototype.hasOwnProperty.call(given, name)) issues.push(issue(pointer('', name), 'REQUIRED'));
    else if (given[name] === null && !decl.nullable) issues.push(issue(pointer('', name), 'INVALID_VALUE'));
  }
  issues.push(...findSensitiveValues(given));
  throwIfIssues(issues);
  return { facts: given, asOf: (asOf as IsoDate | undefined) ?? null };
}

/**
 * Evaluates a norm family (a built-in one by id, or one loaded with `defineRuleSet`) on facts, with the norms in force at `asOf`. The compiled evaluator
 * (default) answers synchronously; the reference evaluator (json-rules-engine) returns a Promise.
 * Both give the same fired rules, in file order, with the same trace.
 *
 * @example
 * const r = evaluate('payment.ocp', { amount: '1000.01', balance: '2000.00', targetKind: 'poursuite',
 *   methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null }, { asOf: '2026-05-04' });
 * r.fired.map((f) => f.event.type); // → ['AMOUNT_ABOVE_LIMIT']
 */
export function evaluate(ruleSet: string | RuleSet, facts: object, options?: EvaluateOptions & { engine?: 'compiled' }): Evaluation;
export function evaluate(ruleSet: string | RuleSet, facts: object, options: EvaluateOptions & { engine: 'reference' }): Promise<Evaluation>;
export function evaluate(ruleSet: string | RuleSet, facts: object, options: EvaluateOptions = {}): Evaluation | Promise<Evaluation> {
  if (options.engine === 'reference') {
    try {
      const set = typeof ruleSet === 'string' ? getRuleSet(ruleSet) : ruleSet;
      const checked = checkFacts(set, facts, options.asOf);
      return runReference(set, checked.asOf, checked.facts);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  const set = typeof ruleSet === 'string' ? getRuleSet(ruleSet) : ruleSet;
  const checked = checkFacts(set, facts, options.asOf);
  return planFor(set, checked.asOf).run(checked.facts, { trace: options.trace !== false, asOf: checked.asOf });
}
