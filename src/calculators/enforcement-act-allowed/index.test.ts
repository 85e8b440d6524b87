import { describe, expect, it } from 'vitest';
import { inputIssues } from '../../../test/support/thrown.js';
import { enforcementActAllowed, type EnforcementActInput } from './index.js';

// enforcementActAllowed: LP 56 — no act between 20:00 and 07:00, on a Sunday or holiday of the canton
// (ch. 1), during the féries (ch. 2, none for bills of exchange), against a suspended debtor (ch. 3);
// none of it binds a sequestration. The instant is read in Zurich time.

const issuesOf = (input: unknown): { path: string; code: string }[] => inputIssues(() => enforcementActAllowed(input as EnforcementActInput));

const step = (input: EnforcementActInput, rule: string) => enforcementActAllowed(input).trace.find((s) => s.rule === rule);

describe('enforcementActAllowed — input errors', () => {
  it('an instant that does not exist is INVALID_DATETIME at /at', () => {
    expect(issuesOf({ at: '2026-06-31T10:00:00+02:00' })).toEqual([{ path: '/at', code: 'INVALID_DATETIME' }]);
    expect(issuesOf({ at: '2026-06-08T24:00:00Z' })).toEqual([{ path: '/at', code: 'INVALID_DATETIME' }]);
    expect(issuesOf({ at: '2026-06-08' })).toEqual([{ path: '/at', code: 'INVALID_DATETIME' }]);
  });

  it('an unknown procedure is refused', () => {
    expect(issuesOf({ at: '2026-06-08T10:00:00+02:00', procedure: 'bankruptcy' })).toEqual([{ path: '/procedure', code: 'INVALID_VALUE' }]);
  });
});

describe('enforcementActAllowed — the instant step', () => {
  it('records the instant given, its Zurich reading, the canton and the procedure (ordinary by default)', () => {
    // Mon 8 June 2026, 08:00 UTC = 10:00 in Zurich (summer time).
    const r = enforcementActAllowed({ at: '2026-06-08T08:00:00Z' });
    expect(r).toMatchObject({ allowed: true, reasons: [] });
    expect(r.trace[0]).toEqual({
      rule: 'lp.acts.instant',
      citation: 'LP 56',
      text: { fr: 'Acte le 2026-06-08 à 10:00:00, heure de Genève (canton GE).', en: 'Act on 2026-06-08 at 10:00:00, Geneva time (canton GE).' },
      values: { at: '2026-06-08T08:00:00Z', local: '2026-06-08T10:00:00.000+02:00', canton: 'GE', procedure: 'ordinary' },
    });
    expect(step({ at: '2026-06-08T10:00:00+02:00', canton: 'ZH', procedure: 'bill-of-exchange' }, 'lp.acts.instant')?.values).toEqual({
      at: '2026-06-08T10:00:00+02:00',
      local: '2026-06-08T10:00:00.000+02:00',
      canton: 'ZH',
      procedure: 'bill-of-exchange',
    });
  });

  it('the norms are those of the Zurich day, and the trace is labelled with it', () => {
    // 22:30 UTC on Fri 29 May 2026 is 00:30 on Sat 30 May in Zurich: closed hours, norms of 30 May.
    for (const [at, day] of [
      ['2026-05-29T22:30:00Z', '2026-05-30'],
      ['2026-06-08T10:00:00+02:00', '2026-06-08'],
      ['2026-05-29T21:59:59Z', '2026-05-29'],
    ] as const) {
      const r = enforcementActAllowed({ at });
      expect(r.trace[1]!.rule).toBe('lp.acts.parameters');
      expect(r.trace[1]!.values?.asOf).toBe(day);
    }
    expect(enforcementActAllowed({ at: '2026-05-29T22:30:00Z' }).reasons.map((x) => x.code)).toEqual(['CLOSED_HOURS']);
  });
});

describe('enforcementActAllowed — féries and procedures', () => {
  it('ordinary enforcement on Wed 15 July 2026 (first day of the summer féries): refused, FERIES cited LP 56 ch. 2', () => {
    const r = enforcementActAllowed({ at: '2026-07-15T10:00:00+02:00' });
    expect(r.allowed).toBe(false);
    expect(r.reasons.map((x) => [x.code, x.rule, x.citation])).toEqual([['FERIES', 'lp.acts.feries', 'LP 56 ch. 2']]);
    expect(r.reasons[0]!.message.fr).not.toBe(r.reasons[0]!.message.en);
    // The day before, Tue 14 July 2026: allowed.
    expect(enforcementActAllowed({ at: '2026-07-14T10:00:00+02:00' }).allowed).toBe(true);
  });

  it('bill-of-exchange enforcement has no féries at all: the féries fact is false, not merely ignored', () => {
    const input = { at: '2026-07-15T10:00:00+02:00', procedure: 'bill-of-exchange' } as const;
    expect(enforcementActAllowed(input)).toMatchObject({ allowed: true, reasons: [] });
    expect(step(input, 'lp.acts.feries')?.values).toMatchObject({ fired: false, procedure: 'bill-of-exchange', inFeries: false });
  });

  it('a sequestration during the féries: allowed, but the féries are still recorded as such', () => {
    const input = { at: '2026-07-15T10:00:00+02:00', procedure: 'sequestration' } as const;
    expect(enforcementActAllowed(input)).toMatchObject({ allowed: true, reasons: [] });
    expect(step(input, 'lp.acts.feries')?.values).toMatchObject({ fired: false, procedure: 'sequestration', inFeries: true });
  });

  it('bill of exchange on a Sunday is still refused (LP 56 ch. 1 applies to every enforcement but a sequestration)', () => {
    // Sun 14 June 2026.
    const r = enforcementActAllowed({ at: '2026-06-14T10:00:00+02:00', procedure: 'bill-of-exchange' });
    expect(r.reasons.map((x) => [x.code, x.citation])).toEqual([['SUNDAY', 'LP 56 ch. 1']]);
  });
});
