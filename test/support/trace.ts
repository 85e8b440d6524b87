import { expect } from 'vitest';
import type { Localized } from '../../src/core/localized.js';
import type { TraceStep } from '../../src/core/trace.js';

/** The step a rule left in a result's trace, if any. */
export const stepOf = (r: { trace: readonly TraceStep[] }, rule: string): TraceStep | undefined => r.trace.find((s) => s.rule === rule);

/**
 * A refusal for exactly one reason — its code, rule and citation, worded in French and in English — and
 * the same rule's trace step saying it fired, with the same wording.
 */
export function expectSoleFiredReason(
  r: { reasons: readonly { message: Localized }[]; trace: readonly TraceStep[] },
  expected: { code: string; rule: string; citation: string },
): void {
  expect(r.reasons).toHaveLength(1);
  const [reason] = r.reasons;
  expect(reason).toMatchObject(expected);
  expect(reason!.message.fr.length).toBeGreaterThan(10);
  expect(reason!.message.en.length).toBeGreaterThan(10);
  expect(reason!.message.fr).not.toBe(reason!.message.en);
  expect(stepOf(r, expected.rule)).toMatchObject({ citation: expected.citation, text: reason!.message, values: { fired: true } });
}
