import { expect } from 'vitest';
import { LpError, LpInputError, LpNormError } from '../../src/core/errors.js';
import { ISSUE_MESSAGES } from '../../src/core/issue-codes.js';

/** Runs `run`, which must throw: the error, or the test fails. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error, none was thrown');
}

// The catalogue message without its general "attendu" and final stop: an issue names its field's instead.
const head = (m: string): string => m.replace(/ ; attendu : .*$|; expected: .*$|\.$/, '');

/**
 * The issues of the `LpInputError` that `run` throws, as `{ path, code }` in the order reported. Each
 * issue must carry its code's catalogue message (what its field expects in place of the general one, what
 * was received added), French and English, not the same text.
 */
export function inputIssues(run: () => unknown): { path: string; code: string }[] {
  const e = thrownBy(run);
  expect(e).toBeInstanceOf(LpInputError);
  const issues = (e as LpInputError).issues;
  for (const i of issues) {
    expect(i.message.fr.startsWith(head(ISSUE_MESSAGES[i.code].fr)), `${i.code}: ${i.message.fr}`).toBe(true);
    expect(i.message.en.startsWith(head(ISSUE_MESSAGES[i.code].en)), `${i.code}: ${i.message.en}`).toBe(true);
    expect(i.message.fr.length, i.code).toBeGreaterThan(0);
    expect(i.message.fr, i.code).not.toBe(i.message.en);
  }
  return issues.map(({ path, code }) => ({ path, code }));
}

/** The same issues as "path CODE" strings. */
export const inputIssueTexts = (run: () => unknown): string[] => inputIssues(run).map((i) => `${i.path} ${i.code}`);

/** The `LpError` that `run` throws (an input, norm or other SDK error), with its issues and details if any. */
export function thrownLpError(run: () => unknown): LpError & { issues?: { path: string; code: string; message: { fr: string; en: string } }[]; details?: Record<string, string> } {
  const e = thrownBy(run);
  expect(e).toBeInstanceOf(LpError);
  return e as never;
}

/** The `LpNormError` that `run` throws. */
export function thrownNormError(run: () => unknown): LpNormError {
  const e = thrownBy(run);
  expect(e).toBeInstanceOf(LpNormError);
  return e as LpNormError;
}

/**
 * What a call gives, comparable across module instances (each has its own error classes): its result, or
 * its error's name, code, issues and message. Awaits a promise.
 */
export async function outcomeOf(run: () => unknown): Promise<unknown> {
  try {
    return { result: await run() };
  } catch (e) {
    const error = e as { name?: string; code?: string; issues?: unknown; message?: string } | null;
    return { error: { name: error?.name, code: error?.code, issues: error?.issues, message: error?.message } };
  }
}
