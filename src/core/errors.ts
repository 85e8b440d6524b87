import { ISSUE_MESSAGES, type IssueCode } from './issue-codes.js';
import type { Localized } from './localized.js';

/** One problem found in an input: where (JSON pointer), what (stable code) and a FR/EN message. */
export interface Issue {
  /** JSON pointer (RFC 6901) into the input, `""` for the input itself. */
  path: string;
  code: IssueCode;
  message: Localized;
}

/** Base class of every error the SDK throws; no public function throws anything else. */
export class LpError extends Error {
  readonly code: string;
  readonly messages: Localized;
  constructor(code: string, message: Localized) {
    super(message.en);
    this.name = 'LpError';
    this.code = code;
    this.messages = message;
  }
}

/** The input does not fit its schema. Carries every issue at once. */
export class LpInputError extends LpError {
  declare readonly code: 'INVALID_INPUT';
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    const summary = issues.map((i) => `${i.path || '/'}: ${i.code}`).join('; ');
    super('INVALID_INPUT', {
      fr: `Entrée invalide (${issues.length} problème(s)) : ${summary}`,
      en: `Invalid input (${issues.length} issue(s)): ${summary}`,
    });
    this.name = 'LpInputError';
    this.issues = issues;
  }
}

export type NormErrorCode = 'NO_NORM_IN_FORCE' | 'NORM_INVALID' | 'UNKNOWN_RULE_SET';

/** No version of a norm is in force at the reference date, or a norm file is malformed. */
export class LpNormError extends LpError {
  declare readonly code: NormErrorCode;
  readonly details: Readonly<Record<string, string>>;
  constructor(code: NormErrorCode, message: Localized, details: Record<string, string> = {}) {
    super(code, message);
    this.name = 'LpNormError';
    this.details = details;
  }
}

/** Builds an issue from its code; the message comes from the catalogue, never from the value. */
export function issue(path: string, code: IssueCode): Issue {
  return { path, code, message: ISSUE_MESSAGES[code] };
}

/** Throws one `LpInputError` carrying all issues, if there are any. */
export function throwIfIssues(issues: readonly Issue[]): void {
  if (issues.length > 0) throw new LpInputError(issues);
}

/** Appends a segment to a JSON pointer, escaping `~` and `/` (RFC 6901). */
export function pointer(base: string, segment: string | number): string {
  return `${base}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
