import { issue, throwIfIssues, type Issue } from '../core/errors.js';
import { findSensitiveValues } from '../core/sensitive.js';
import { parseMoney } from '../core/money.js';
import { schemaIssues, type StandaloneValidator } from './validate.js';

/**
 * The front door of every calculator: refuses card numbers (by path, never echoed), then checks the
 * schema, then lets the calculator add what a schema cannot say. All issues are thrown at once.
 */
export function checkInput<T>(validate: StandaloneValidator, input: unknown, semantic?: (i: T) => Issue[]): T {
  const issues = [...findSensitiveValues(input), ...schemaIssues(validate, input)];
  if (issues.length === 0 && semantic) issues.push(...semantic(input as T));
  throwIfIssues(issues);
  return input as T;
}

/** Issues of a money field that must be a valid, non-negative amount in centimes. */
export function moneyIssues(value: unknown, path: string): Issue[] {
  const r = parseMoney(value);
  if (!r.ok) return [issue(path, r.code)];
  return r.centimes < 0 ? [issue(path, 'NEGATIVE_MONEY')] : [];
}
