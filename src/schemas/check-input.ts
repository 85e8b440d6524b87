import { issue, LpInputError, throwIfIssues, type Issue } from '../core/errors.js';
import { jsonValue } from '../core/json-value.js';
import { findSensitiveValues } from '../core/sensitive.js';
import { parseMoney } from '../core/money.js';
import { schemaIssues, type StandaloneValidator } from './validate.js';

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

/**
 * The front door of every entry point: takes its own JSON copy of the input (so an option written as
 * `undefined` is an option not given, and the caller's object is never read again), refuses card
 * numbers (by path, never echoed), then checks the schema, then lets the calculator add what a schema
 * cannot say. All issues are thrown at once.
 */
export function checkInput<T>(validate: StandaloneValidator, input: unknown, semantic?: (i: T) => Issue[]): T {
  const value = jsonInput(input);
  const issues = [...findSensitiveValues(value), ...schemaIssues(validate, value)];
  if (issues.length === 0 && semantic) issues.push(...semantic(value as T));
  throwIfIssues(issues);
  return value as T;
}

/** Issues of a money field that must be a valid, non-negative amount in centimes. */
export function moneyIssues(value: unknown, path: string): Issue[] {
  const r = parseMoney(value);
  if (!r.ok) return [issue(path, r.code)];
  return r.centimes < 0 ? [issue(path, 'NEGATIVE_MONEY')] : [];
}
