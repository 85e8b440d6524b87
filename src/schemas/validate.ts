import { issue, pointer, type Issue } from '../core/errors.js';
import type { IssueCode } from '../core/issue-codes.js';
import { ISO_DATE_PATTERN, ISO_DATETIME_PATTERN, ISO_MONTH_PATTERN } from './formats.js';

/** The subset of an ajv error object that the mapping reads. */
interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
export type StandaloneValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

// Format patterns get the specific issue code of their format.
const PATTERN_CODES = new Map<string, IssueCode>([
  [ISO_DATE_PATTERN, 'INVALID_DATE'],
  [ISO_DATETIME_PATTERN, 'INVALID_DATETIME'],
  [ISO_MONTH_PATTERN, 'INVALID_MONTH'],
]);

function codeOf(e: AjvError): IssueCode {
  switch (e.keyword) {
    case 'required':
      return 'REQUIRED';
    case 'additionalProperties':
      return 'UNKNOWN_PROPERTY';
    case 'type':
    case 'anyOf':
      return 'INVALID_TYPE';
    case 'pattern':
      return PATTERN_CODES.get(String(e.params.pattern)) ?? 'INVALID_FORMAT';
    case 'minItems':
    case 'maxItems':
    case 'minimum':
    case 'maximum':
      return 'OUT_OF_RANGE';
    default:
      return 'INVALID_VALUE';
  }
}

function pathOf(e: AjvError): string {
  if (e.keyword === 'required') return pointer(e.instancePath, String(e.params.missingProperty));
  if (e.keyword === 'additionalProperties') return pointer(e.instancePath, String(e.params.additionalProperty));
  return e.instancePath;
}

/**
 * Runs a generated validator and maps ajv's errors to SDK issues (JSON pointer, stable code, FR/EN text).
 * A failed union reports once, at its own path, instead of once per branch.
 */
export function schemaIssues(validate: StandaloneValidator, data: unknown): Issue[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const unionPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // A union of literals (`'OCP' | 'OCPM'`) failed on its value, not on its type.
  const valueUnions = new Set(
    [...unionPaths].filter((p) => errors.every((e) => e.instancePath !== p || e.keyword === 'anyOf' || e.keyword === 'const')),
  );
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && unionPaths.has(e.instancePath)) continue;
    const code = e.keyword === 'anyOf' && valueUnions.has(e.instancePath) ? 'INVALID_VALUE' : codeOf(e);
    const found = issue(pathOf(e), code);
    const key = `${found.path}\u0000${found.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(found);
    }
  }
  return out;
}
