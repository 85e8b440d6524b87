import { issue, pointer, pointerKey, type Issue, type IssueDetail } from '../core/errors.js';
import type { InputIssueCode } from '../core/issue-codes.js';
import type { Localized } from '../core/localized.js';
import { received } from '../core/received.js';
import { expectedOf, fieldsOf, nodeAt, valuesOf, type Schema } from './expected.js';
import { ISO_DATE_PATTERN, ISO_DATETIME_PATTERN, ISO_MONTH_PATTERN } from './formats.js';

/** The subset of an ajv error object that the mapping reads. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}
/** A generated validator, with the compact schema it reads (what each node expects is read from it). */
export type StandaloneValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null; schema?: Schema };

/** One schema problem: where, what, and the words of its message. */
export interface Finding extends IssueDetail {
  path: string;
  code: InputIssueCode;
}

/** The findings, and for a wrong tag the tag of the branch the object fits best (a calculator's own checks read it so). */
export type Findings = Finding[] & { repairs?: Map<string, unknown> };

// Format patterns get the specific issue code of their format (whose catalogue message names the form).
const PATTERN_CODES = new Map<string, InputIssueCode>([
  [ISO_DATE_PATTERN, 'INVALID_DATE'],
  [ISO_DATETIME_PATTERN, 'INVALID_DATETIME'],
  [ISO_MONTH_PATTERN, 'INVALID_MONTH'],
]);
// A union branch whose own type or value does not fit the data is not the branch the caller meant.
const ROOT_MISMATCH = new Set(['type', 'const', 'enum']);
const isUnion = (e: AjvError): boolean => e.keyword === 'anyOf' || e.keyword === 'oneOf';
const nodeOf = (schemaPath: string): string => schemaPath.slice(0, schemaPath.lastIndexOf('/'));

/** The value at a JSON pointer of `data` (undefined when there is none). */
export function valueAt(data: unknown, path: string): unknown {
  let v = data;
  for (const raw of path.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    const key = pointerKey(raw);
    v = Object.prototype.hasOwnProperty.call(v, key) ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

/**
 * The errors of the union branches the data did not choose. A branch is chosen when its own type (or
 * value) fits the data: an object given to `amount | { amount, proven }` is checked as the object only.
 * When several fit, the one with the fewest errors; when none does, the union reports itself, once.
 */
function unchosen(errors: readonly AjvError[]): Set<AjvError> {
  const dropped = new Set<AjvError>();
  const failedAtRoot = new Set<string>();
  errors.forEach((u, k) => {
    if (!isUnion(u)) return;
    const prefix = `${u.schemaPath}/`;
    const branches = new Map<string, AjvError[]>();
    const inside = `${u.instancePath}/`;
    for (const e of errors.slice(0, k)) {
      // A list's items share one schema path: only this item's errors are its branches'.
      if (!e.schemaPath.startsWith(prefix) || (e.instancePath !== u.instancePath && !e.instancePath.startsWith(inside))) continue;
      const n = e.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(n, [...(branches.get(n) ?? []), e]);
    }
    const fits = [...branches].filter(
      ([, es]) => !es.some((e) => e.instancePath === u.instancePath && (ROOT_MISMATCH.has(e.keyword) || (isUnion(e) && failedAtRoot.has(`${e.schemaPath} ${e.instancePath}`)))),
    );
    const chosen = fits.length === 0 ? null : fits.reduce((a, b) => (b[1].length < a[1].length ? b : a))[0];
    for (const [n, es] of branches) if (n !== chosen) for (const e of es) dropped.add(e);
    if (chosen === null) failedAtRoot.add(`${u.schemaPath} ${u.instancePath}`);
    else dropped.add(u);
  });
  return dropped;
}

const onlyFields = (f: string[] | undefined): Localized | undefined => (f ? { fr: `seulement les champs ${f.join(', ')}`, en: `only the fields ${f.join(', ')}` } : undefined);

/**
 * The other fields of an object whose tag is wrong, checked against the branch they fit best (the one
 * with the fewest issues, the tag set to its value): a wrong tag hides none of the object's other faults.
 */
function closestBranch(validate: StandaloneValidator, data: unknown, at: string, tag: string, tags: unknown[] | undefined): { tag: unknown; findings: Finding[] } | null {
  const object = valueAt(data, at);
  if (!tags || object === null || typeof object !== 'object' || Array.isArray(object)) return null;
  const tagPath = pointer(at, tag);
  let best: { tag: unknown; findings: Finding[] } | null = null;
  for (const value of tags) {
    const copy = withValueAt(data, at, { ...(object as object), [tag]: value });
    const inside = schemaFindings(validate, copy).filter((f) => f.path !== tagPath && f.path.startsWith(`${at}/`));
    if (best === null || inside.length < best.findings.length) best = { tag: value, findings: inside };
  }
  return best;
}

/** `data` with the value at a JSON pointer replaced (the objects on the way copied, the rest shared). */
function withValueAt(data: unknown, path: string, value: unknown): unknown {
  if (path === '') return value;
  const cut = path.lastIndexOf('/');
  const key = pointerKey(path.slice(cut + 1));
  const parent = valueAt(data, path.slice(0, cut));
  const copy = Array.isArray(parent) ? [...parent] : { ...(parent as object) };
  (copy as Record<string, unknown>)[key] = value;
  return withValueAt(data, path.slice(0, cut), copy);
}

/**
 * Runs a generated validator and lists every problem of the data at once: each at its JSON pointer, with
 * a stable code, what the field expects (the allowed values, the format, the type) and what was received.
 * A union reports the branch the data chose (by its type, or by its tag), never the others' noise; when no
 * branch fits, the union reports itself once, with every form it allows.
 */
export function schemaFindings(validate: StandaloneValidator, data: unknown): Findings {
  if (validate(data)) return [];
  const repairs = new Map<string, unknown>();
  const errors = validate.errors ?? [];
  const root = validate.schema;
  const nodeOfError = (e: AjvError): Schema | undefined => nodeAt(root, nodeOf(e.schemaPath));
  const dropped = unchosen(errors);
  const at = (e: AjvError) => ({ expected: expectedOf(nodeOfError(e), root), received: received(valueAt(data, e.instancePath)) });
  const out: Finding[] = [];
  for (const e of errors) {
    if (dropped.has(e)) continue;
    const here = e.instancePath;
    switch (e.keyword) {
      case 'required': {
        const name = String(e.params.missingProperty);
        out.push({ path: pointer(here, name), code: 'REQUIRED', expected: expectedOf(nodeAt(root, `${nodeOf(e.schemaPath)}/properties/${name}`), root) });
        break;
      }
      case 'additionalProperties':
        out.push({ path: pointer(here, String(e.params.additionalProperty)), code: 'UNKNOWN_PROPERTY', expected: onlyFields(fieldsOf(nodeOfError(e))) });
        break;
      case 'discriminator': {
        // An unknown or missing tag is reported by the tag's own schema (its values) or by `required`.
        const tag = pointer(here, String(e.params.tag));
        if (!errors.some((x) => x !== e && (x.instancePath === tag || x.instancePath === here))) {
          out.push({ path: tag, code: 'INVALID_VALUE', ...at(e), received: received(valueAt(data, tag)) });
        }
        const closest = closestBranch(validate, data, here, String(e.params.tag), valuesOf(nodeOfError(e)));
        if (closest) {
          out.push(...closest.findings);
          repairs.set(tag, closest.tag);
        }
        break;
      }
      case 'pattern': {
        const code = PATTERN_CODES.get(String(e.params.pattern));
        // A date's, instant's or month's catalogue message names its form already.
        out.push(code ? { path: here, code, received: received(valueAt(data, here)) } : { path: here, code: 'INVALID_FORMAT', ...at(e) });
        break;
      }
      case 'type':
        out.push({ path: here, code: 'INVALID_TYPE', ...at(e) });
        break;
      case 'anyOf':
      case 'oneOf': {
        out.push({ path: here, code: valuesOf(nodeOfError(e)) ? 'INVALID_VALUE' : 'INVALID_TYPE', ...at(e) });
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'minItems':
      case 'maxItems':
        out.push({ path: here, code: 'OUT_OF_RANGE', ...at(e) });
        break;
      default:
        out.push({ path: here, code: 'INVALID_VALUE', ...at(e) });
    }
  }
  const seen = new Set<string>();
  const unique: Findings = out.filter((f) => {
    const key = `${f.path}\u0000${f.code}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (repairs.size > 0) unique.repairs = repairs;
  return unique;
}

/** `schemaFindings` as SDK issues (JSON pointer, stable code, FR/EN message naming what is expected). */
export function schemaIssues(validate: StandaloneValidator, data: unknown): Issue[] {
  return schemaFindings(validate, data).map((f) => issue(f.path, f.code, f));
}
