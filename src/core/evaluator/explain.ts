import type { TraceStep, TraceValue } from '../trace.js';
import { formatCitation } from '../../rules/citation.js';
import { leavesOf, parameterRef, PARAMS_FACT } from '../../rules/check-rule-set.js';
import type { AsOf, ResolvedParameters } from '../../rules/parameters.js';
import type { RuleDefinition, RuleSetDefinition } from '../../schemas/rule-set.js';
import { resolvePath } from './path.js';
import type { Facts } from './types.js';

/** A trace holds scalars only: lists are joined, anything else is written as JSON. */
export function traceValue(v: unknown): TraceValue {
  if (v === undefined) return null;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v)) return v.map(String).join(', ');
  return JSON.stringify(v);
}

// The parameters step depends only on the versions applied and the date: built once per pair.
const stepCache = new WeakMap<Readonly<Record<string, unknown>>, Map<string, TraceStep>>();

/** The first trace step of an evaluation: which version of each parameter was applied, and why. */
export function parametersStep(set: RuleSetDefinition, p: ResolvedParameters): TraceStep {
  let byDate = stepCache.get(p.versions);
  if (byDate === undefined) stepCache.set(p.versions, (byDate = new Map()));
  const key = p.asOf ?? '';
  let step = byDate.get(key);
  if (step === undefined) {
    step = buildParametersStep(set, p);
    if (byDate.size > 500) byDate.clear();
    byDate.set(key, step);
  }
  // A copy: callers may adjust the text (the latest-version notice), never the cached step.
  return { ...step, values: { ...step.values } };
}

function buildParametersStep(set: RuleSetDefinition, p: ResolvedParameters): TraceStep {
  const values: Record<string, TraceValue> = { asOf: p.asOf };
  for (const [name, v] of Object.entries(p.versions)) {
    values[name] = traceValue(v.value);
    values[`${name}.validFrom`] = v.validFrom;
  }
  const doc = `${set.source.document} (${set.source.edition})`;
  const text =
    p.asOf === null
      ? {
          fr: `Aucune date de référence : la dernière version connue des paramètres de ${doc} est appliquée.`,
          en: `No reference date: the latest known version of the parameters of ${doc} is applied.`,
        }
      : { fr: `Paramètres de ${doc} en vigueur le ${p.asOf}.`, en: `Parameters of ${doc} in force on ${p.asOf}.` };
  return { rule: `${set.id}.parameters`, citation: doc, text, values };
}

// Rules are frozen data: their leaves are listed once, not on every traced evaluation.
const leafCache = new WeakMap<RuleDefinition, ReturnType<typeof leavesOf>>();
function cachedLeaves(rule: RuleDefinition): ReturnType<typeof leavesOf> {
  let leaves = leafCache.get(rule);
  if (leaves === undefined) {
    leaves = leavesOf(rule.conditions);
    leafCache.set(rule, leaves);
  }
  return leaves;
}

/** One trace step per rule: its outcome, and the fact and parameter values it compared. */
export function ruleStep(rule: RuleDefinition, fired: boolean, facts: Facts, params: ResolvedParameters): TraceStep {
  const values: Record<string, TraceValue> = { fired };
  for (const leaf of cachedLeaves(rule)) {
    const key = leaf.path ? `${leaf.fact}${leaf.path.slice(1)}` : leaf.fact;
    values[key] = traceValue(leaf.path ? resolvePath(facts[leaf.fact], leaf.path) : facts[leaf.fact]);
    const param = parameterRef(leaf.value);
    if (param !== null) values[`${PARAMS_FACT}.${param}`] = traceValue(params.values[param]);
  }
  return {
    rule: rule.id,
    citation: formatCitation(rule.citation),
    text: fired ? rule.event.params.message : rule.satisfied,
    values,
  };
}

export function asOfLabel(asOf: AsOf): string {
  return asOf ?? 'latest';
}
