import { issue, LpInputError, pointer, throwIfIssues, type Issue } from '../../core/errors.js';
import { parseIsoDate, type IsoDate } from '../../core/dates.js';
import { jsonValue } from '../../core/json-value.js';
import { findSensitiveValues } from '../../core/sensitive.js';
import { getRuleSet } from '../../rules/index.js';
import { isLoadedRuleSet, type RuleSet } from '../../rules/frozen-rule-set.js';
import type { RuleSetDefinition } from '../../schemas/rule-set.js';
import type { AsOf } from '../../rules/parameters.js';
import { schemaIssues } from '../../schemas/validate.js';
import { validateEvaluateOptions } from '../../schemas/validators.generated.js';
import { planFor } from './plan.js';
import { provenanceOf, tracedProvenance } from './provenance.js';
import type { Evaluation, Facts } from './types.js';

/** Options of `evaluate`: the reference date, the evaluator, and whether to build the trace. */
export interface EvaluateOptions {
  /** Reference date: the norms in force that day apply. Without it, the latest known version (the trace says so). */
  asOf?: IsoDate;
  /**
   * `compiled` (the default, and the only engine of the main entry). The reference evaluator
   * (json-rules-engine, returns a Promise) is `evaluate` of `lp-rules/reference`.
   */
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

/** Where the options of `evaluate` are not what it takes (each issue at `/<option>`); the HTTP face checks them alone. */
export function optionIssues(options: unknown): { options: EvaluateOptions; issues: Issue[] } {
  if (options === undefined) return { options: {}, issues: [] };
  const json = jsonValue(options);
  if (!json.ok) return { options: {}, issues: json.issues };
  const issues = schemaIssues(validateEvaluateOptions, json.value);
  if (issues.length > 0) return { options: {}, issues };
  const o = json.value as EvaluateOptions;
  return { options: o, issues: o.asOf !== undefined && parseIsoDate(o.asOf) === null ? [issue('/asOf', 'INVALID_DATE')] : [] };
}

/** Strict facts: every declared fact present (`null` only where the norm file allows it), no card number. */
export function checkFacts(set: RuleSet, facts: unknown, earlier: Issue[] = []): Facts {
  const issues: Issue[] = [...earlier];
  const json = jsonValue(facts);
  if (!json.ok) throw new LpInputError([...issues, ...json.issues]);
  const given = json.value;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    issues.push(issue('', 'INVALID_TYPE'));
    throwIfIssues(issues);
  }
  const known = given as Record<string, unknown>;
  for (const [name, decl] of Object.entries(set.facts)) {
    if (!Object.prototype.hasOwnProperty.call(known, name)) issues.push(issue(pointer('', name), 'REQUIRED'));
    else if (known[name] === null && !decl.nullable) issues.push(issue(pointer('', name), 'INVALID_VALUE'));
  }
  issues.push(...findSensitiveValues(known));
  throwIfIssues(issues);
  return known;
}

/** The norm family asked for: a built-in one by id, or one loaded by `defineRuleSet` (never a raw object). */
function ruleSetOf(ruleSet: unknown): RuleSet {
  if (typeof ruleSet === 'string') return getRuleSet(ruleSet);
  if (isLoadedRuleSet(ruleSet)) return ruleSet;
  throw new LpInputError([issue('/ruleSet', 'INVALID_TYPE')]);
}

/** What both evaluators check before running: the norm family, the facts, the options. */
export function evaluationInput(ruleSet: unknown, facts: unknown, options: unknown): { set: RuleSet; facts: Facts; asOf: AsOf; trace: boolean; engine: EvaluateOptions['engine'] } {
  const o = optionIssues(options);
  const set = ruleSetOf(ruleSet);
  const checked = checkFacts(set, facts, o.issues);
  return { set, facts: checked, asOf: o.options.asOf ?? null, trace: o.options.trace !== false, engine: o.options.engine };
}

/**
 * Evaluates a norm family (a built-in one by id, or one loaded with `defineRuleSet`) on facts, with the
 * norms in force at `asOf`, synchronously, with the compiled evaluator. The reference evaluator
 * (json-rules-engine) is `evaluate(…, { engine: 'reference' })` of `lp-rules/reference`; asked for here, it is
 * an input error at `/engine`, so the main entry never carries json-rules-engine.
 *
 * @example
 * const r = evaluate('payment.ocp', { amount: '1000.01', balance: '2000.00', targetKind: 'poursuite',
 *   methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null }, { asOf: '2026-05-04' });
 * r.fired.map((f) => f.event.type); // → ['AMOUNT_ABOVE_LIMIT']
 */
export function evaluate(ruleSet: string | RuleSet, facts: object, options?: EvaluateOptions & { engine?: 'compiled' }): Evaluation {
  const input = evaluationInput(ruleSet, facts, options);
  if (input.engine === 'reference') throw new LpInputError([issue('/engine', 'INVALID_VALUE')]);
  const plan = planFor(input.set, input.asOf);
  return withProvenance(plan.run(input.facts, { trace: input.trace, asOf: input.asOf }), plan, input.trace);
}

/** The evaluation with the provenance of the norms it applied (and the trace step saying a provisional edition). */
export function withProvenance(r: Evaluation, plan: ReturnType<typeof planFor>, traced: boolean): Evaluation {
  const provenance = provenanceOf([plan]);
  return { ...r, trace: traced ? tracedProvenance(r.trace, provenance) : r.trace, provenance };
}
