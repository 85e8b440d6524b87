import { PARAMS_FACT } from '../../rules/check-rule-set.js';
import { resolveParameters, rulesInForce, type AsOf } from '../../rules/parameters.js';
import type { RuleSetDefinition } from '../../schemas/rule-set.js';
import { parametersStep, ruleStep } from './explain.js';
import { OPERATOR_FUNCTIONS } from './operators.js';
import { resolvePath } from './path.js';
import type { Evaluation, Facts, FiredRule } from './types.js';

/**
 * The reference evaluator: json-rules-engine itself, running the rule JSON as written, with our
 * decimal and date operators registered and our path resolver. Slow and asynchronous, it is the
 * yardstick the compiled evaluator is tested against, and it gives json-rules-engine's own results.
 * json-rules-engine (and its jsonpath-plus) is imported here, on first use only: the compiled evaluator
 * and every calculator never load it.
 */
export async function runReference(set: RuleSetDefinition, asOf: AsOf, facts: Facts): Promise<Evaluation> {
  const parameters = resolveParameters(set, asOf);
  const rules = rulesInForce(set, asOf);
  const { Engine } = await import('json-rules-engine');
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
  for (const [name, fn] of Object.entries(OPERATOR_FUNCTIONS)) {
    if (!['equal', 'notEqual', 'in', 'notIn'].includes(name)) engine.addOperator(name, fn);
  }
  rules.forEach((rule, index) => {
    // The rule JSON as written; json-rules-engine annotates what it is given, hence a copy.
    // Equal priorities: the engine's order is not the file's, so results are re-ordered by index below.
    const { conditions, event } = structuredClone({ conditions: rule.conditions, event: rule.event });
    engine.addRule({ name: `${index}:${rule.id}`, priority: 1, conditions, event });
  });
  const { results } = await engine.run({ ...facts, [PARAMS_FACT]: parameters.values });
  const firedIndexes = new Set(results.map((r) => Number(String(r.name).split(':')[0])));
  const fired: FiredRule[] = [];
  const trace = [parametersStep(set, parameters)];
  rules.forEach((rule, index) => {
    const hit = firedIndexes.has(index);
    if (hit) {
      const result = results.find((r) => r.name === `${index}:${rule.id}`)!;
      fired.push({ rule, event: result.event as FiredRule['event'] });
    }
    trace.push(ruleStep(rule, hit, facts, parameters));
  });
  return { ruleSet: set.id, parameters, fired, trace };
}
