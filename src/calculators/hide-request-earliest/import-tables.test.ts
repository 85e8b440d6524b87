import { describe, expect, it, vi } from 'vitest';
import examples from './examples.json';

// The module's tables (the refusal codes it reports, the rules its trace shows) and the engine's history
// of LP 8a al. 3 let. d are read when the modules are imported: imported afresh inside the test, they are
// part of what it checks (mutation testing otherwise counts code run at import as no test's).
const RULE_OF: Record<string, string> = {
  HIDE_REQUEST_NOT_IN_FORCE: 'lp.procedure.hide-request-unavailable',
  HIDE_REQUEST_NO_OPPOSITION: 'lp.procedure.hide-request-no-opposition',
  HIDE_REQUEST_PREMATURE: 'lp.procedure.hide-request-premature',
  HIDE_REQUEST_LATE: 'lp.procedure.hide-request-late',
};

describe('hideRequestEarliest — its tables, as imported', () => {
  it('every worked example: the window, the reasons, each refusal with its rule, and a trace of steps only', async () => {
    vi.resetModules();
    const { hideRequestEarliest } = await import('./index.js');
    for (const e of examples as unknown as { name: string; input: never; expected: Record<string, unknown> }[]) {
      const out = hideRequestEarliest(e.input);
      expect(out, e.name).toMatchObject(Object.fromEntries(Object.entries(e.expected).filter(([k]) => k !== 'reasons')));
      const codes = out.reasons.map((r) => r.code);
      if (e.expected.reasons !== undefined) expect(codes, e.name).toEqual(e.expected.reasons);
      for (const r of out.reasons) expect(r.rule, e.name).toBe(RULE_OF[r.code]);
      // The route's rules in force are traced, fired or not (from 2019: opposition, too early, too late).
      for (const rule of Object.values(RULE_OF)) {
        const step = out.trace.find((s) => s.rule === rule);
        if (step !== undefined) expect(step.values?.fired, `${e.name}: ${rule}`).toBe(codes.some((c) => RULE_OF[c] === rule));
        else expect(codes.some((c) => RULE_OF[c] === rule), `${e.name}: ${rule} untraced`).toBe(false);
      }
      if (out.version !== null) for (const code of ['HIDE_REQUEST_NO_OPPOSITION', 'HIDE_REQUEST_PREMATURE', 'HIDE_REQUEST_LATE']) expect(out.trace.map((s) => s.rule), e.name).toContain(RULE_OF[code]);
      for (const s of out.trace) expect(typeof s === 'object' && typeof s.rule === 'string', e.name).toBe(true);
    }
  });
});
