import { issue, issuePaths, LpInputError, pointerKey, throwIfIssues, type Issue } from '../core/errors.js';
import type { InputIssueCode } from '../core/issue-codes.js';
import { jsonValue } from '../core/json-value.js';
import { findSensitiveValues } from '../core/sensitive.js';
import { parseMoney } from '../core/money.js';
import { schemaFindings, valueAt, type StandaloneValidator } from './validate.js';

/**
 * The input as JSON carries it (see `jsonValue`): the SDK's own copy, without the properties whose value
 * is `undefined` ("not given"). Anything JSON cannot hold throws `LpInputError` (INVALID_TYPE or
 * OUT_OF_RANGE, by path) before any other check reads it.
 */
export function jsonInput(input: unknown): unknown {
  const json = jsonValue(input);
  if (!json.ok) throw new LpInputError(json.issues);
  return json.value;
}

// Two pointers name the same field, or one lies inside the other.
const related = (a: string, b: string): boolean => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/**
 * The front door of every entry point: takes its own JSON copy of the input (so an option written as
 * `undefined` is an option not given, and the caller's object is never read again), refuses card
 * numbers (by path, never echoed), then checks the schema, then lets the calculator add what a schema
 * cannot say. All issues are thrown at once: a value JSON cannot hold (a `Date`) is checked as `null`
 * so that its siblings are still checked, and the calculator's checks run on every field the schema
 * found nothing wrong with (a negative balance is reported beside an unknown payment method).
 */
export function checkInput<T>(validate: StandaloneValidator, input: unknown, semantic?: (i: T) => Issue[]): T {
  const json = jsonValue(input);
  const value = json.value;
  const schema = schemaFindings(validate, value);
  const issues: Issue[] = [];
  if (!json.ok) {
    // What JSON could not hold is named with the schema's expectation at its path.
    json.issues.forEach((i, k) => {
      const expected = schema.find((f) => f.path === i.path)?.expected;
      issues.push(expected ? issue(i.path, i.code as InputIssueCode, { expected, received: json.received[k] }) : i);
    });
  }
  issues.push(...findSensitiveValues(value));
  const taken = issues.map((i) => i.path);
  for (const f of schema) if (!taken.some((p) => related(p, f.path))) issues.push(issue(f.path, f.code, f));
  if (semantic) {
    // Beside issues, on any value: a check that cannot read it finds nothing (semanticBeside).
    issues.push(...(issues.length === 0 ? semantic(value as T) : issuesBeside(semantic, value as T, issues, schema.repairs)));
  }
  throwIfIssues(issues);
  return value as T;
}

/**
 * What the calculator's own checks find in the fields `issues` do not name, on an input the schema refused.
 * A contradiction between facts (a single parent without a child) waits until the facts it combines are
 * well-formed: one of them may be a wrong field, left out.
 */
export function issuesBeside<T>(semantic: (i: T) => Issue[], value: T, issues: readonly Issue[], repairs?: Map<string, unknown>): Issue[] {
  const wrong = issues.map((i) => i.path);
  return semanticBeside(semantic, value, wrong, repairs).filter((i) => !wrong.some((p) => issuePaths(i).some((q) => related(p, q))));
}

/**
 * The calculator's own checks on an input the schema refused, for what they find in the other fields: run
 * with the wrong fields left out (a check reads them as not given), else as given; a check that still
 * trips on a wrong field finds nothing.
 */
function semanticBeside<T>(semantic: (i: T) => Issue[], value: T, wrong: readonly string[], repairs = new Map<string, unknown>()): Issue[] {
  try {
    const { copy, inputPath } = without(value, wrong, repairs);
    return semantic(copy).map((i) => {
      const path = inputPath(i.path);
      return path === i.path ? i : { ...i, path };
    });
  } catch {
    // next form
  }
  try {
    return semantic(value);
  } catch {
    return [];
  }
}

/**
 * A copy of `value` without the object properties and array items at `paths` (a wrong tag is set to the
 * branch its object fits best instead), and the path in `value` of a path in the copy: an item left out
 * of a list shifts the items after it, and an issue found on one of them names it where it was given.
 */
function without<T>(value: T, paths: readonly string[], repairs: Map<string, unknown>): { copy: T; inputPath: (path: string) => string } {
  const copy = structuredClone(value);
  const items: [unknown[], number][] = [];
  const left = new Map<string, number[]>(); // a list's path → the indexes left out of it
  for (const path of new Set(paths)) {
    const cut = path.lastIndexOf('/');
    const list = path.slice(0, cut);
    const parent = valueAt(copy, list);
    if (parent === null || typeof parent !== 'object' || path === '') continue;
    const key = pointerKey(path.slice(cut + 1));
    if (Array.isArray(parent)) {
      items.push([parent, Number(key)]);
      left.set(list, [...(left.get(list) ?? []), Number(key)].sort((a, b) => a - b));
    } else if (repairs.has(path)) (parent as Record<string, unknown>)[key] = repairs.get(path);
    else delete (parent as Record<string, unknown>)[key];
  }
  // Last index first, so that the indexes still to take out keep their place.
  for (const [list, k] of items.sort((a, b) => b[1] - a[1])) list.splice(k, 1);
  const inputPath = (path: string): string => {
    let out = '';
    for (const segment of path.split('/').slice(1)) {
      const gone = left.get(out); // a list an item was taken out of: the segment is an index in the copy
      let k = Number(segment);
      if (gone !== undefined) for (const g of gone) if (g <= k) k++;
      out += `/${gone === undefined ? segment : k}`;
    }
    return out;
  };
  return { copy, inputPath };
}

/** Issues of a money field that must be a valid, non-negative amount in centimes. */
export function moneyIssues(value: unknown, path: string): Issue[] {
  const r = parseMoney(value);
  if (!r.ok) return [issue(path, r.code)];
  return r.centimes < 0 ? [issue(path, 'NEGATIVE_MONEY')] : [];
}
