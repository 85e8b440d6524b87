import type { TraceStep, TraceValue } from '../../core/trace.js';
import { formatCitation } from '../../rules/citation.js';
import { factRef, leavesOf, parameterRef, PARAMS_FACT } from '../../rules/check-rule-set.js';
import { hasVersion, type AsOf, type ResolvedParameters } from '../../rules/parameters.js';
import type { RuleDefinition, RuleSetDefinition } from '../../schemas/rule-set.js';
import { factAt } from './path.js';
import type { Facts } from './types.js';

/** A trace holds scalars only: lists are joined, anything else is written as JSON. */
export function traceValue(v: unknown): TraceValue {
  if (v === undefined) return null;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  // A list of scalars reads best joined ("GE, VD"); a list of objects (the féries' spans) as JSON.
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return v.map(String).join(', ');
  return JSON.stringify(v);
}

// The parameters step depends only on the versions applied and the date: built once per pair.
const stepCache = new WeakMap<Readonly<Record<string, unknown>>, Map<string, TraceStep>>();

/**
 * The first trace step of an evaluation: which version of each parameter was applied, and why. Its
 * `values` and `text` are built once per versions and date and shared, frozen; the step itself is a
 * fresh object, so a caller may replace its text (the latest-version notice).
 */
export function parametersStep(set: RuleSetDefinition, p: ResolvedParameters): TraceStep {
  let byDate = stepCache.get(p.versions);
  if (byDate === undefined) stepCache.set(p.versions, (byDate = new Map()));
  const key = p.asOf ?? '';
  let step = byDate.get(key);
  if (step === undefined) {
    step = buildParametersStep(set, p);
    Object.freeze(step.values);
    Object.freeze(step.text);
    if (byDate.size > 500) byDate.clear();
    byDate.set(key, step);
  }
  return { ...step };
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

/** A value a rule reads: a fact (at a path), or a parameter; `key` names it in the trace. */
interface Read {
  key: string;
  fact: string;
  path: string | undefined;
  param: string | null;
}

const readOf = (fact: string, path: string | undefined): Read => ({ key: path ? `${fact}${path.slice(1)}` : fact, fact, path, param: null });

// Rules are frozen data: what each reads is listed once, not on every traced evaluation. A leaf reads its
// fact and, when its value refers to one, a parameter or a second fact (e.g. the amount and the balance).
const readCache = new WeakMap<RuleDefinition, Read[]>();
function readsOf(rule: RuleDefinition): Read[] {
  let reads = readCache.get(rule);
  if (reads === undefined) {
    reads = [];
    for (const leaf of leavesOf(rule.conditions)) {
      reads.push(readOf(leaf.fact, leaf.path));
      const param = parameterRef(leaf.value);
      const ref = factRef(leaf.value);
      if (param !== null) reads.push({ key: `${PARAMS_FACT}.${param}`, fact: PARAMS_FACT, path: undefined, param });
      else if (ref !== null) reads.push(readOf(ref.fact, ref.path));
    }
    readCache.set(rule, reads);
  }
  return reads;
}

/** One trace step per rule: its outcome, and the fact and parameter values it compared. */
export function ruleStep(rule: RuleDefinition, fired: boolean, facts: Facts, params: ResolvedParameters): TraceStep {
  const values: Record<string, TraceValue> = { fired };
  for (const r of readsOf(rule)) {
    // A parameter with no version in force is shown as null: a rule that did not need it did not read it.
    const v = r.param !== null ? (hasVersion(params, r.param) ? params.values[r.param] : null) : factAt(facts[r.fact], r.path);
    values[r.key] = traceValue(v);
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
