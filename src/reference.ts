/**
 * lp-rules/reference: the reference evaluator (json-rules-engine running the norm files as written), for
 * those who want json-rules-engine's own results or to check the compiled evaluator against it. Apart from
 * the main entry so that no calculator bundle carries json-rules-engine, jsonpath-plus and eventemitter2.
 * @packageDocumentation
 */
export { createReference, evaluate, runReference, type ReferenceEvaluator } from './engines/evaluator/reference.js';
export type { EvaluateOptions } from './engines/evaluator/evaluate.js';
export type { Evaluation, Facts, FiredRule } from './engines/evaluator/types.js';
export type { RuleSet } from './rules/rule-set.js';
