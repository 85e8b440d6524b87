import { issue, LpInputError, type Issue } from '../core/errors.js';
import type { BuiltInFamily, NormLookup } from './family.js';
import type { RuleSet } from './rule-set.js';

/**
 * The norms one public call runs with, and the compiled norm plans it used (for its provenance).
 *
 * A call of a public function is synchronous: its scope is set on entry and restored on exit, so two
 * instances with different norms (`createLpRules`) can run side by side in one process — nothing global
 * outlives a call, and nothing another call does can be seen inside it. A nested public call (a
 * timeline computing its deadlines) runs with the caller's norms and reports its plans to the caller.
 */
interface Scope {
  readonly norms: NormLookup | undefined;
  readonly used: Set<object>;
  readonly latest: Set<object>;
}

let current: Scope | null = null;

/** The family with this id in the norms of the current call, when they hold their own. */
export function scopedFamily(id: string): RuleSet | undefined {
  return current?.norms?.family(id);
}

/**
 * A built-in family as the current call has it: the loaded norms' version, else the package's own. Functions
 * reach a family through its own module (rules/families/*), so a bundle carries only the families it uses.
 */
export function familyInScope(family: BuiltInFamily): RuleSet {
  return scopedFamily(family.id) ?? family.load();
}

/** Records a compiled plan the current call applies; `latestKnown` when applied past its period. */
export function noteUse(plan: object, latestKnown: boolean): void {
  if (current === null) return;
  current.used.add(plan);
  if (latestKnown) current.latest.add(plan);
}

/** Forgets a plan consulted but not applied (the norms in force that day, incomplete, before a carry-forward). */
export function forgetUse(plan: object): void {
  current?.used.delete(plan);
}

/** What a call used: its plans in first-use order, and those applied past their period. */
export interface Used {
  plans: readonly object[];
  latest: ReadonlySet<object>;
}

/**
 * Runs `run` with `norms` (the caller's own when not given, else the package's), then gives what it
 * used to `finish`, still inside the scope.
 */
export function inNormScope<T, R>(norms: NormLookup | undefined, run: () => T, finish: (value: T, used: Used) => R): R {
  const parent = current;
  const scope: Scope = { norms: norms ?? parent?.norms, used: new Set(), latest: new Set() };
  current = scope;
  try {
    return finish(run(), { plans: [...scope.used], latest: scope.latest });
  } finally {
    current = parent;
    if (parent !== null) {
      for (const p of scope.used) parent.used.add(p);
      for (const p of scope.latest) parent.latest.add(p);
    }
  }
}

// Sets of norms made by `loadNorms`: the only ones a call accepts (a look-alike object is refused).
const made = new WeakSet<object>();

/** Marks a set of norms as made by `loadNorms`. */
export function markNorms<T extends object>(norms: T): T {
  made.add(norms);
  return norms;
}

/** Whether `value` is a set of norms made by `loadNorms`. */
export function isNorms(value: unknown): value is NormLookup {
  return value !== null && typeof value === 'object' && made.has(value);
}

/**
 * The norms a call's options ask for (`{ norms }`, made by `loadNorms`): `undefined` for the package's own
 * (or, in a nested call, the caller's). Anything else is an input error at `/options…`.
 */
export function normsOption(options: unknown): NormLookup | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new LpInputError([issue('/options', 'INVALID_TYPE')]);
  const issues: Issue[] = [];
  for (const key of Object.keys(options)) if (key !== 'norms') issues.push(issue('/options/*', 'UNKNOWN_PROPERTY'));
  const norms = (options as { norms?: unknown }).norms;
  if (norms !== undefined && !isNorms(norms)) issues.push(issue('/options/norms', 'INVALID_TYPE'));
  if (issues.length > 0) throw new LpInputError(issues);
  return norms as NormLookup | undefined;
}
