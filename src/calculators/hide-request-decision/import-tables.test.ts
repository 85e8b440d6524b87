import { describe, expect, it, vi } from 'vitest';
import examples from './examples.json';

// The module's tables (the status of each decision, the rules the trace shows) are built when it is
// imported: imported afresh inside the test, they are part of what the test checks (mutation testing
// otherwise counts code run at import as no test's).
const DECISIVE_RULE: Record<string, string> = {
  'awaiting-proof': 'lp.procedure.hide-awaiting-proof',
  'proof-in-time': 'lp.procedure.hide-proof-in-time',
  'not-disclosed': 'lp.procedure.hide-not-disclosed',
  'visible-again': 'lp.procedure.hide-visible-again',
  'rejection-proved': 'lp.procedure.hide-rejection-proved',
  'request-refused': 'lp.procedure.hide-request-premature',
};

describe('hideRequestDecision — its tables, as imported', () => {
  it('every worked example: the status, the reasons, and the rule that decides in the trace', async () => {
    vi.resetModules();
    const { hideRequestDecision } = await import('./index.js');
    for (const e of examples as unknown as { name: string; input: never; expected: { status: string; reasons: string[] } }[]) {
      const out = hideRequestDecision(e.input);
      expect(out.status, e.name).toBe(e.expected.status);
      expect(out.reasons.map((r) => r.code), e.name).toEqual(e.expected.reasons);
      expect(out.trace.find((s) => s.rule === DECISIVE_RULE[e.expected.status])?.values?.fired, e.name).toBe(true);
    }
  });

  it('before 2026 a definitive rejection of the lifting is traced as not decisive (TF 5A_927/2020)', async () => {
    vi.resetModules();
    const { hideRequestDecision } = await import('./index.js');
    // Served Monday 4 March 2024, request Monday 10 June 2024, proof in time Monday 24 June 2024, lifting
    // rejected Monday 2 December 2024; on Monday 9 December 2024 the poursuite is still disclosed.
    const out = hideRequestDecision({ notifiedOn: '2024-03-04', opposition: { filedOn: '2024-03-07', status: 'pending' }, requestedOn: '2024-06-10', creditorProofOn: '2024-06-24', liftingRejectedOn: '2024-12-02', asOf: '2024-12-09' });
    expect(out.disclosed).toBe(true);
    expect(out.trace.find((s) => s.rule === 'lp.procedure.hide-rejection-not-decisive')?.values?.fired).toBe(true);
  });
});
