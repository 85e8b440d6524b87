import { containsCardNumber, mayHoldCardNumber, redactCardNumbers } from './card-number.js';
import { INPUT_ISSUE_MESSAGES, type InputIssueCode, type IssueCode } from './issue-codes.js';
import type { Localized } from './localized.js';

/** One problem found in an input: where (JSON pointer), what (stable code) and a FR/EN message. */
export interface Issue {
  /** JSON pointer (RFC 6901) into the input, `""` for the input itself. */
  path: string;
  /** Stable code, a key of `ISSUE_MESSAGES`. */
  code: IssueCode;
  /**
   * The catalogue message for `code`, with what this field expects (`attendu : …` / `expected: …`) and
   * what was received where that is known; a received value is quoted only when it cannot be sensitive.
   */
  message: Localized;
}

/**
 * Base class of every error the SDK throws; no public function throws anything else.
 *
 * @example
 * try {
 *   dayStatus({ date: '2026-02-30' });
 * } catch (e) {
 *   e instanceof LpError; // → true
 *   e.code; // → 'INVALID_INPUT'
 * }
 */
export class LpError extends Error {
  /** Stable error code, e.g. `INVALID_INPUT`, `NO_NORM_IN_FORCE`. */
  readonly code: string;
  /** The message in French and English (`message` is the English one). */
  readonly messages: Localized;
  constructor(code: string, message: Localized) {
    // Messages name what the caller gave (a path, an id, a date): a card number in it is never repeated.
    const safe = { fr: redactCardNumbers(message.fr), en: redactCardNumbers(message.en) };
    super(safe.en);
    this.name = 'LpError';
    this.code = code;
    this.messages = safe;
  }
}

/**
 * The input does not fit its schema. Carries every issue at once.
 *
 * @example
 * try {
 *   dayStatus({ date: '2026-02-30' });
 * } catch (e) {
 *   e.issues.map((i) => `${i.path} ${i.code}`); // → ['/date INVALID_DATE']
 * }
 */
export class LpInputError extends LpError {
  /** Always `INVALID_INPUT`. */
  declare readonly code: 'INVALID_INPUT';
  /** Every problem found, each with its JSON pointer. */
  readonly issues: readonly Issue[];
  constructor(given: readonly Issue[]) {
    // Issues built by `issue` are redacted already; others (a caller's own) are here.
    const issues = given.map((i) => {
      const path = redactPath(i.path);
      return path === i.path ? i : { ...i, path };
    });
    // The message names the first issues only; `issues` always holds all of them.
    const shown = issues.slice(0, 10).map((i) => `${i.path || '/'}: ${i.code}`);
    const summary = issues.length > 10 ? `${shown.join('; ')}; …` : shown.join('; ');
    super('INVALID_INPUT', {
      fr: `Entrée invalide (${issues.length} problème(s)) : ${summary}`,
      en: `Invalid input (${issues.length} issue(s)): ${summary}`,
    });
    this.name = 'LpInputError';
    this.issues = issues;
  }
}

/** One problem of a norm file loaded at run time: the file, where in it (JSON pointer), what. */
export interface NormIssue {
  /** The file's name as given to `loadNorms`. */
  file: string;
  /** JSON pointer (RFC 6901) into the file, `""` for the file as a whole. */
  path: string;
  message: Localized;
}

/** Codes of `LpNormError`: no version in force at the date, a malformed norm file, an unknown norm family. */
export type NormErrorCode = 'NO_NORM_IN_FORCE' | 'NORM_INVALID' | 'UNKNOWN_RULE_SET';

/**
 * No version of a norm is in force at the reference date, or a norm file is malformed.
 *
 * @example
 * try {
 *   cardDeadlines({ statementReceivedOn: '2026-01-15' }); // the card terms apply from 1 March 2026
 * } catch (e) {
 *   e.code; // → 'NO_NORM_IN_FORCE'
 *   e.details; // → { ruleSet: 'card.debit-mastercard', norm: 'card.debit-mastercard', asOf: '2026-01-15', coveredFrom: '2026-03-01', coveredTo: '' }
 * }
 */
export class LpNormError extends LpError {
  /** Which of the three cases. */
  declare readonly code: NormErrorCode;
  /** Context for logs, e.g. `{ ruleSet, norm, asOf }`. */
  readonly details: Readonly<Record<string, string>>;
  /** `NORM_INVALID` from `loadNorms`: every problem of every file, each with its file and JSON pointer. */
  readonly issues: readonly NormIssue[];
  constructor(code: NormErrorCode, message: Localized, details: Record<string, string> = {}, issues: readonly NormIssue[] = []) {
    super(code, message);
    this.name = 'LpNormError';
    this.details = Object.fromEntries(Object.entries(details).map(([k, v]) => [k, redactCardNumbers(String(v))]));
    this.issues = issues;
  }
}

/** What an issue adds to its catalogue message: what the field expects, what was received (safe words only). */
export interface IssueDetail {
  expected?: Localized | undefined;
  received?: Localized | undefined;
}

/**
 * Builds an issue from its code. The message is the catalogue's, where `detail.expected` replaces the
 * catalogue's general "attendu : …" by this field's, and `detail.received` is added in parentheses.
 */
export function issue(path: string, code: InputIssueCode, detail?: IssueDetail): Issue;
/** A contradiction's issue: its message comes from src/core/contradictions.ts (imported by its function only). */
export function issue(path: string, code: Exclude<IssueCode, InputIssueCode>, detail: IssueDetail | undefined, message: Localized): Issue;
export function issue(path: string, code: IssueCode, detail?: IssueDetail, message: Localized = INPUT_ISSUE_MESSAGES[code as InputIssueCode]): Issue {
  return { path: redactPath(path), code, message: detail ? detailed(message, detail) : message };
}

// The facts each contradiction combines. Beside wrong fields an input's checks run with those fields left
// out, so a contradiction is dropped when one of its facts is wrong: read as not given, it may be what
// contradicts (children given as a number are no children).
const combined = /* @__PURE__ */ new WeakMap<Issue, readonly string[]>();

/** A contradiction between facts: its issue at `path` (message from contradictions.ts), and the paths of the facts it combines. */
export function contradiction(path: string, code: Exclude<IssueCode, InputIssueCode>, message: Localized, facts: readonly string[]): Issue {
  const found = issue(path, code, undefined, message);
  combined.set(found, facts);
  return found;
}

/** The paths an issue is about: its own, and for a contradiction the facts it combines. */
export function issuePaths(i: Issue): readonly string[] {
  return [i.path, ...(combined.get(i) ?? [])];
}

function detailed(m: Localized, d: IssueDetail): Localized {
  let { fr, en } = m;
  if (d.expected) {
    fr = `${fr.replace(/ ; attendu : .*$|\.$/, '')} ; attendu : ${d.expected.fr}.`;
    en = `${en.replace(/; expected: .*$|\.$/, '')}; expected: ${d.expected.en}.`;
  }
  if (d.received) {
    fr = `${fr.replace(/\.$/, '')} (reçu : ${d.received.fr}).`;
    en = `${en.replace(/\.$/, '')} (received: ${d.received.en}).`;
  }
  return { fr: redactCardNumbers(fr), en: redactCardNumbers(en) };
}

/**
 * The JSON pointer with every segment that holds a card number (a key the caller chose) written `*`,
 * and any card number spread over several segments (`/4111/1111/1111/1111`) replaced by `*`.
 */
export function redactPath(path: string): string {
  if (!mayHoldCardNumber(path)) return path;
  const segments = path.split('/');
  for (let k = 1; k < segments.length; k++) {
    if (containsCardNumber(pointerKey(segments[k]!))) segments[k] = '*';
  }
  return redactCardNumbers(segments.join('/'));
}

/** Throws one `LpInputError` carrying all issues, if there are any. */
export function throwIfIssues(issues: readonly Issue[]): void {
  if (issues.length > 0) throw new LpInputError(issues);
}

/** Appends a segment to a JSON pointer, escaping `~` and `/` (RFC 6901). */
export function pointer(base: string, segment: string | number): string {
  return `${base}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** A JSON pointer's segment as the key it names: `~1` is `/`, `~0` is `~` (RFC 6901; `pointer`'s inverse). */
export function pointerKey(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
