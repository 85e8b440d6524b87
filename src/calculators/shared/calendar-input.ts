import { issue, pointer, type Issue } from '../../core/errors.js';
import { parseIsoDate } from '../../core/dates.js';
import { toZurich } from '../../core/instant.js';

/** INVALID_DATE where a `YYYY-MM-DD` string names no calendar day (2026-02-30). */
export function dateIssues(value: string | undefined, path: string): Issue[] {
  return value !== undefined && parseIsoDate(value) === null ? [issue(path, 'INVALID_DATE')] : [];
}

/** INVALID_DATETIME where an instant does not exist. */
export function instantIssues(value: string | undefined, path: string): Issue[] {
  return value !== undefined && toZurich(value) === null ? [issue(path, 'INVALID_DATETIME')] : [];
}

/** Spans (suspensions, opposition proceedings) at `at`: real dates, each ending on or after its start. */
export function suspensionIssues(suspensions: readonly { from: string; to: string }[] | undefined, at = '/suspensions'): Issue[] {
  return (suspensions ?? []).flatMap((s, k) => {
    const base = pointer(at, k);
    const found = [...dateIssues(s.from, pointer(base, 'from')), ...dateIssues(s.to, pointer(base, 'to'))];
    if (found.length === 0 && s.to < s.from) found.push(issue(pointer(base, 'to'), 'OUT_OF_RANGE'));
    return found;
  });
}
