import type { LpRules } from '../api/create-lp-rules.js';
import { summarizeComparisons, type Comparison, type ComparisonSide } from '../bulk/compare.js';
import { issue, LpInputError, pointer, throwIfIssues, type Issue } from '../core/errors.js';
import type { Household } from '../engines/seizure/minimum-vital.js';
import { findSensitiveValues } from '../core/sensitive.js';
import type { SeizurePlanOptions } from '../engines/seizure/plan.js';
import { optionIssues, type EvaluateOptions } from '../engines/evaluator/evaluate.js';
import { createReference } from '../engines/evaluator/reference.js';
import { ServerRefusal } from './problem.js';

// The HTTP face of the public functions that take more than one input object: the body names each
// argument; an issue the SDK finds in one argument comes back at its place in the body (`/facts/amount`).

/** Records (or plan calls) between two looks at the clock: the time limit can cut a long call there. */
const SLICE = 256;

/** The body as an object with these fields only; a card number anywhere in it is refused first. */
function fields(body: unknown, required: readonly string[], optional: readonly string[]): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new LpInputError([issue('', 'INVALID_TYPE')]);
  const given = body as Record<string, unknown>;
  const issues: Issue[] = findSensitiveValues(given);
  for (const k of Object.keys(given)) if (!required.includes(k) && !optional.includes(k)) issues.push(issue(pointer('', k), 'UNKNOWN_PROPERTY'));
  for (const k of required) if (!Object.hasOwn(given, k)) issues.push(issue(pointer('', k), 'REQUIRED'));
  throwIfIssues(issues);
  return given;
}

/** Runs `fn`; its input issues are put under `at` (a JSON pointer into the body). */
async function under<T>(at: string, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof LpInputError) throw new LpInputError(error.issues.map((i) => ({ ...i, path: at + i.path })));
    throw error;
  }
}

const list = (value: unknown, at: string): unknown[] | undefined => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new LpInputError([issue(at, 'INVALID_TYPE')]);
  return value;
};

/** Lets timers run (the time limit among them), then stops if the request's time is up. */
async function breathe(signal: AbortSignal): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (signal.aborted) throw new ServerRefusal('PROCESSING_TIMEOUT');
}

/** `POST /v1/evaluate`: `{ ruleSet, facts, options? }`. */
export async function evaluateCall(lp: LpRules, body: unknown): Promise<unknown> {
  const b = fields(body, ['ruleSet', 'facts'], ['options']);
  if (typeof b.ruleSet !== 'string') throw new LpInputError([issue('/ruleSet', 'INVALID_TYPE')]);
  // The options first, alone: `evaluate` reports options' and facts' issues together, both from the root.
  const o = optionIssues(b.options);
  throwIfIssues(o.issues.map((i) => ({ ...i, path: `/options${i.path}` })));
  // Both evaluators over HTTP (the server is not a browser bundle): the reference one, which the main
  // entry leaves to lp-rules/reference, bound to the server's norms; it answers with a Promise, awaited alike.
  const evaluate = (o.options.engine === 'reference' ? createReference({ norms: lp.norms }).evaluate : lp.evaluate) as (
    ruleSet: string,
    facts: object,
    options?: EvaluateOptions,
  ) => unknown;
  return under('/facts', () => evaluate(b.ruleSet as string, b.facts as object, b.options as EvaluateOptions | undefined));
}

/** `POST /v1/seizurePlan`: `{ options, minimumVital?: Household[], quota?: {netIncome, minimum, spouseNetIncome?}[] }`. */
export async function seizurePlanCall(lp: LpRules, body: unknown, signal: AbortSignal): Promise<unknown> {
  const b = fields(body, ['options'], ['minimumVital', 'quota']);
  const households = list(b.minimumVital, '/minimumVital');
  const quotas = list(b.quota, '/quota');
  const plan = await under('/options', () => lp.seizurePlan(b.options as SeizurePlanOptions));
  const out: Record<string, unknown> = { normsVersion: plan.normsVersion, provenance: plan.provenance };
  if (households) {
    const minimums: number[] = [];
    for (const [k, h] of households.entries()) {
      if (k > 0 && k % SLICE === 0) await breathe(signal);
      minimums.push(await under(pointer('/minimumVital', k), () => plan.minimumVital(h as Household)));
    }
    out.minimumVital = minimums;
  }
  if (quotas) {
    const shares: { share: number; seizable: number }[] = [];
    for (const [k, q] of quotas.entries()) {
      if (k > 0 && k % SLICE === 0) await breathe(signal);
      const at = pointer('/quota', k);
      shares.push(
        await under(at, () => {
          const x = fields(q, ['netIncome', 'minimum'], ['spouseNetIncome']);
          return plan.quota(x.netIncome as number, x.minimum as number, x.spouseNetIncome as number | null | undefined);
        }),
      );
    }
    out.quota = shares;
  }
  return out;
}

/** `POST /v1/compareQuotas`: `{ records, sides: { base, compare } }` → every comparison, and their summary. */
export async function compareQuotasCall(lp: LpRules, body: unknown, signal: AbortSignal): Promise<unknown> {
  const b = fields(body, ['records', 'sides'], []);
  const records = list(b.records, '/records')!;
  const sides = b.sides as { base: ComparisonSide; compare: ComparisonSide };
  if (sides === null || typeof sides !== 'object' || Array.isArray(sides)) throw new LpInputError([issue('/sides', 'INVALID_TYPE')]);
  const comparisons: Comparison[] = [];
  const totals = summarizeComparisons();
  // Checked before the first record (compareQuotas is lazy): issues at /sides/base/…, /sides/compare/….
  const each = await under('/sides', () => {
    const it = lp.compareQuotas(records, sides)[Symbol.asyncIterator]();
    return it.next().then((first) => ({ it, first }));
  });
  for (let r = each.first; !r.done; r = await each.it.next()) {
    comparisons.push(r.value);
    totals.add(r.value);
    if (comparisons.length % SLICE === 0) await breathe(signal);
  }
  return { comparisons, summary: totals.summary() };
}
