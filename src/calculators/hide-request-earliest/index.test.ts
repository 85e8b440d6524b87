import { describe, expect, it } from 'vitest';
import { inputIssues } from '../../../test/support/thrown.js';
import { canContinue } from '../can-continue/index.js';
import { versionBound } from '../../engines/procedure/hide-request.js';
import { hideRequestEarliest, type HideRequestInput } from './index.js';

// hideRequestEarliest: LP 8a al. 3 let. d as dated law (norms §3.6) — no request before 1 January 2019;
// from then three months after service (the day after, primary reading); until 2025 at the latest 20 days
// before the LP 88 al. 2 year lapses (TF 5A_656/2019); from 2026 until the inspection right expires (al. 4).

const issuesOf = (input: unknown): { path: string; code: string }[] => inputIssues(() => hideRequestEarliest(input as HideRequestInput));
const opposed = { filedOn: '2024-03-07', status: 'pending' as const };

describe('hideRequestEarliest — input', () => {
  it('a service day that does not exist is INVALID_DATE at /notifiedOn; a missing one is REQUIRED', () => {
    expect(issuesOf({ notifiedOn: '2026-02-29' })).toEqual([{ path: '/notifiedOn', code: 'INVALID_DATE' }]);
    expect(issuesOf({})).toEqual([{ path: '/notifiedOn', code: 'REQUIRED' }]);
  });

  it('every other date at its path; a request or an end of procedure before service is OUT_OF_RANGE', () => {
    expect(issuesOf({ notifiedOn: '2026-01-30', closedOn: '2026-02-30', requestedOn: '2026-04-31', opposition: { filedOn: '2026-02-31', status: 'pending', proceedings: [{ from: '2026-03-02', to: '2026-03-01' }] } })).toEqual([
      { path: '/closedOn', code: 'INVALID_DATE' },
      { path: '/requestedOn', code: 'INVALID_DATE' },
      { path: '/opposition/filedOn', code: 'INVALID_DATE' },
      { path: '/opposition/proceedings/0/to', code: 'OUT_OF_RANGE' },
    ]);
    expect(issuesOf({ notifiedOn: '2026-01-30', closedOn: '2026-01-29', requestedOn: '2026-01-29' })).toEqual([
      { path: '/closedOn', code: 'OUT_OF_RANGE' },
      { path: '/requestedOn', code: 'OUT_OF_RANGE' },
    ]);
    // The day of service itself is accepted (a premature request, not a malformed one).
    expect(hideRequestEarliest({ notifiedOn: '2026-01-30', requestedOn: '2026-01-30' }).reasons.map((r) => r.code)).toEqual(['HIDE_REQUEST_PREMATURE']);
  });
});

describe('hideRequestEarliest — the earliest day (unchanged in both versions)', () => {
  it('served Fri 30 January 2026: three months end Thu 30 April; the request from Fri 1 May 2026, with its version and reading', () => {
    const r = hideRequestEarliest({ notifiedOn: '2026-01-30' });
    expect(r).toMatchObject({ on: '2026-05-01', until: null, applies: true, version: '2026', reasons: [] });
    expect(r.timely).toBeUndefined();
    const opposition = r.trace[0]!;
    expect(opposition).toEqual({
      rule: 'lp.register.hide-request-opposition',
      citation: 'LP 8a al. 3 let. d',
      text: {
        fr: 'Opposition non indiquée : le calcul suppose que le débiteur a formé opposition, condition de la demande.',
        en: 'Opposition not stated: the computation assumes the debtor opposed, which the request requires.',
      },
      values: { opposition: 'assumed' },
    });
    // A version that ended before service (2019–2025) says nothing: one window step, the 2026 one.
    const windows = r.trace.filter((s) => s.rule === 'lp.register.hide-request');
    expect(windows).toHaveLength(1);
    expect(windows[0]).toEqual({
      rule: 'lp.register.hide-request',
      citation: 'LP 8a al. 3 let. d',
      text: {
        fr: "Art. 8a al. 3 let. d LP, version 2026 : demande de non-divulgation possible dès le vendredi 1er mai 2026, trois mois après la notification du commandement de payer, tant que le droit de consulter des tiers n'est pas éteint (5 ans après la clôture de la procédure, art. 8a al. 4 LP) : la clôture n'étant pas indiquée, pas de dernier jour connu.",
        en: "LP art. 8a para. 3 let. d, 2026 version: a request not to disclose may be made from Friday 1 May 2026, three months after service of the payment order, as long as the third parties' right of inspection lasts (5 years after the end of the procedure, LP art. 8a para. 4): the end of the procedure not being given, no last day is known.",
      },
      values: { version: '2026', notifiedOn: '2026-01-30', from: '2026-05-01', until: null, last: null, bound: 'inspection-right', reading: 'day-after' },
    });
    // With the opposition stated, no assumption step.
    expect(hideRequestEarliest({ notifiedOn: '2026-01-30', opposition: { filedOn: '2026-02-02', status: 'pending' } }).trace.some((s) => s.rule === 'lp.register.hide-request-opposition')).toBe(false);
  });

  it('same-day reading: the same-numbered day, Thu 30 April 2026, recorded with its reading', () => {
    const r = hideRequestEarliest({ notifiedOn: '2026-01-30', interpretation: { earliestDates: 'same-day' } });
    expect(r.on).toBe('2026-04-30');
    expect(r.trace.find((s) => s.rule === 'lp.register.hide-request')!.values).toMatchObject({ from: '2026-04-30', reading: 'same-day' });
  });
});

describe('hideRequestEarliest — the 2019 version (1 January 2019 – 31 December 2025)', () => {
  it('at the latest 20 days before the LP 88 al. 2 year ends, traced with both days and the judgment', () => {
    // Served Mon 4 March 2024: the year ends Tue 4 March 2025; the last day to ask is Wed 12 February 2025.
    const r = hideRequestEarliest({ notifiedOn: '2024-03-04', opposition: opposed });
    expect(r).toMatchObject({ on: '2024-06-05', until: '2025-02-12', version: '2019', applies: true });
    expect(canContinue({ notifiedOn: '2024-03-04', requestedOn: '2024-06-05', paidInFull: false }).expiresOn).toBe('2025-03-04');
    const step = r.trace.find((s) => s.values?.version === '2019')!;
    expect(step.text.fr).toBe(
      "Art. 8a al. 3 let. d LP, version 2019 : demande de non-divulgation possible dès le mercredi 5 juin 2024, trois mois après la notification du commandement de payer, au plus tard le mercredi 12 février 2025, 20 jours avant le dernier jour du délai d'un an de l'art. 88 al. 2 LP (mardi 4 mars 2025), pour que le délai du créancier échoie avant (TF 5A_656/2019).",
    );
    expect(step.values).toMatchObject({ from: '2024-06-05', until: '2025-02-12', last: '2025-02-12', bound: 'lp88-year-less-proof-days' });
    // The 2026 version opens again on Thu 1 January 2026 — its start, not three months after service.
    const later = r.trace.find((s) => s.values?.version === '2026')!;
    expect(later.text.en).toContain('from Thursday 1 January 2026, when this version came into force (three months after service: Wednesday 5 June 2024)');
    expect(r.windows).toEqual([
      { from: '2024-06-05', until: '2025-02-12', version: '2019' },
      { from: '2026-01-01', until: null, version: '2026' },
    ]);
  });

  it('a request is judged by the version in force on its day: late on Thu 20 February 2025, in time on Mon 5 January 2026', () => {
    const late = hideRequestEarliest({ notifiedOn: '2024-03-04', opposition: opposed, requestedOn: '2025-02-20' });
    expect(late).toMatchObject({ timely: false, version: '2019', until: '2025-02-12' });
    expect(late.reasons).toEqual([
      expect.objectContaining({ code: 'HIDE_REQUEST_LATE', rule: 'lp.procedure.hide-request-late', citation: 'LP 8a al. 3 let. d' }),
    ]);
    // The last day itself is in time.
    expect(hideRequestEarliest({ notifiedOn: '2024-03-04', opposition: opposed, requestedOn: '2025-02-12' }).timely).toBe(true);
    expect(hideRequestEarliest({ notifiedOn: '2024-03-04', opposition: opposed, requestedOn: '2025-02-13' }).timely).toBe(false);
    const reopened = hideRequestEarliest({ notifiedOn: '2024-03-04', opposition: opposed, requestedOn: '2026-01-05' });
    expect(reopened).toMatchObject({ timely: true, version: '2026', until: null, reasons: [] });
  });

  it('a gap between the versions: a request on Wed 31 December 2025 is late under 2019, one on Thu 1 January 2026 in time under 2026', () => {
    const at = (requestedOn: string) => hideRequestEarliest({ notifiedOn: '2024-03-04', opposition: opposed, requestedOn });
    expect(at('2025-12-31')).toMatchObject({ timely: false, version: '2019' });
    expect(at('2026-01-01')).toMatchObject({ timely: true, version: '2026' });
    // Outside every window, `until` is that of the period starting on `on`.
    expect(at('2025-12-31').until).toBe('2025-02-12');
  });
});

describe('hideRequestEarliest — before 2019, and without an opposition', () => {
  it('before Tue 1 January 2019 no request is possible (HIDE_REQUEST_NOT_IN_FORCE), whatever the other facts', () => {
    const r = hideRequestEarliest({ notifiedOn: '2018-06-04', requestedOn: '2018-12-31' });
    expect(r).toMatchObject({ timely: false, version: null });
    expect(r.reasons.map((x) => x.code)).toEqual(['HIDE_REQUEST_NOT_IN_FORCE']);
    expect(r.reasons[0]!.citation).toBe('LP 8a al. 3');
    // Served Mon 4 June 2018: three months → Wed 5 September 2018, but the letter exists only from 1 January 2019.
    expect(r.on).toBe('2019-01-01');
    // Under 2019: the year ends Tue 4 June 2019, so until Wed 15 May 2019.
    expect(r.windows[0]).toEqual({ from: '2019-01-01', until: '2019-05-15', version: '2019' });
  });

  it('no opposition: the route does not apply — no window, a reason, and the trace says why', () => {
    const r = hideRequestEarliest({ notifiedOn: '2026-01-30', opposition: null, requestedOn: '2026-05-04' });
    expect(r).toMatchObject({ applies: false, timely: false, windows: [], until: null });
    expect(r.reasons.map((x) => x.code)).toEqual(['HIDE_REQUEST_NO_OPPOSITION']);
    expect(r.trace.find((s) => s.rule === 'lp.procedure.hide-request-no-opposition')?.values).toEqual({ fired: true, opposed: false });
  });

  it('the parameters of let. d exist from 2019 only, yet the other questions of the family before 2019 still work', () => {
    // Mon 4 March 2010: canContinue reads perishMonths only; hideRequestMonths has no version then.
    expect(canContinue({ notifiedOn: '2010-03-04', requestedOn: '2010-04-06', paidInFull: false }).expiresOn).toBe('2011-03-04');
  });
});

describe('hideRequestEarliest — the 2026 version', () => {
  it('until the last day of the inspection right, by the extract-visibility reading, not moved off a weekend', () => {
    // Closed Mon 1 February 2027: five years later is Sun 1 February 2032 (anniversary) or Sat 31 January (day before).
    const input = { notifiedOn: '2026-01-30', opposition: { filedOn: '2026-02-02', status: 'pending' as const }, closedOn: '2027-02-01' };
    expect(hideRequestEarliest(input).until).toBe('2032-02-01');
    expect(hideRequestEarliest({ ...input, interpretation: { extractLastDay: 'day-before' } }).until).toBe('2032-01-31');
    expect(hideRequestEarliest({ ...input, requestedOn: '2032-02-02' })).toMatchObject({ timely: false, reasons: [expect.objectContaining({ code: 'HIDE_REQUEST_LATE' })] });
  });
});

describe('hideRequestEarliest — edges of the windows', () => {
  it('date order is checked only on real dates', () => {
    // 30 February is not a date: reported alone, not also as "before service".
    expect(issuesOf({ notifiedOn: '2026-03-01', closedOn: '2026-02-30' })).toEqual([{ path: '/closedOn', code: 'INVALID_DATE' }]);
  });

  it('a window of one day: served Tue 30 September 2025, the 2019 version allows Wed 31 December 2025 only — then 2026 goes on', () => {
    const r = hideRequestEarliest({ notifiedOn: '2025-09-30', opposition: { filedOn: '2025-10-02', status: 'pending' } });
    expect(r).toMatchObject({ on: '2025-12-31', until: null, version: '2019' });
    expect(r.windows).toEqual([
      { from: '2025-12-31', until: '2025-12-31', version: '2019' },
      { from: '2026-01-01', until: null, version: '2026' },
    ]);
    expect(r.trace.find((s) => s.values?.version === '2019')!.text.en).not.toContain('no possible day');
  });

  it('adjacent windows make one period: served Mon 3 March 2025, no last day (2019 gives way to 2026)', () => {
    expect(hideRequestEarliest({ notifiedOn: '2025-03-03', opposition: { filedOn: '2025-03-05', status: 'pending' } }).until).toBeNull();
  });

  it('a request on the last day of a later, separate window is judged in it', () => {
    // Served Mon 4 March 2024 (2019 window until Wed 12 February 2025); closed Wed 4 March 2026, so the 2026
    // window ends on Tue 4 March 2031.
    const at = (requestedOn: string) => hideRequestEarliest({ notifiedOn: '2024-03-04', opposition: opposed, closedOn: '2026-03-04', requestedOn });
    expect(at('2031-03-04')).toMatchObject({ timely: true, until: '2031-03-04', version: '2026' });
    expect(at('2031-03-05')).toMatchObject({ timely: false, until: '2025-02-12' });
  });

  it('a version that ended before service is left out of the trace; one ending that day is kept', () => {
    const versions = (notifiedOn: string) => hideRequestEarliest({ notifiedOn }).trace.filter((s) => s.rule === 'lp.register.hide-request').map((s) => s.values?.version);
    expect(versions('2025-12-31')).toEqual(['2019', '2026']); // Wed 31 December 2025
    expect(versions('2026-01-01')).toEqual(['2026']);
  });

  it('an empty window is said so, and a closed procedure bounds the 2026 one by the inspection right', () => {
    // Served Mon 3 April 2017: the year ends Tue 3 April 2018, in the Easter féries (25 March – 8 April 2018),
    // so LP 63 carries it to Wed 11 April 2018; 20 days before, Thu 22 March 2018 — before 2019 anyway.
    const r = hideRequestEarliest({ notifiedOn: '2017-04-03', opposition: opposed, closedOn: '2018-04-03' });
    const [v2019, v2026] = r.trace.filter((s) => s.rule === 'lp.register.hide-request');
    expect(v2019!.text.en).toBe(
      "LP art. 8a para. 3 let. d, 2019 version: a request not to disclose may be made from Tuesday 1 January 2019, when this version came into force (three months after service: Tuesday 4 July 2017), at the latest on Thursday 22 March 2018, 20 days before the last day of the one-year period of LP art. 88 para. 2 (Wednesday 11 April 2018), so that the creditor's period ends first (TF 5A_656/2019) — no possible day under this version.",
    );
    expect(v2019!.text.fr).toContain('— aucun jour possible sous cette version.');
    expect(v2026!.text).toEqual({
      fr: "Art. 8a al. 3 let. d LP, version 2026 : demande de non-divulgation possible dès le jeudi 1er janvier 2026, entrée en vigueur de cette version (trois mois après la notification : mardi 4 juillet 2017), jusqu'au lundi 3 avril 2023, dernier jour du droit de consulter des tiers (5 ans après la clôture de la procédure, art. 8a al. 4 LP) — aucun jour possible sous cette version.",
      en: "LP art. 8a para. 3 let. d, 2026 version: a request not to disclose may be made from Thursday 1 January 2026, when this version came into force (three months after service: Tuesday 4 July 2017), until Monday 3 April 2023, the last day of the third parties' right of inspection (5 years after the end of the procedure, LP art. 8a para. 4) — no possible day under this version.",
    });
  });

  it('an unknown bound in the norm file is NORM_INVALID, never a guess', () => {
    const plan = { parameters: { asOf: '2026-01-01', values: { hideRequestUntil: 'next-full-moon' }, versions: {} } };
    const ctx = { readings: { extractLastDay: 'anniversary' } } as never;
    let error: unknown;
    try {
      versionBound(plan, { ctx, closedOn: null }, 0);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'NORM_INVALID',
      details: { ruleSet: 'lp.procedure', norm: 'hideRequestUntil' },
      messages: { fr: 'Borne inconnue de la demande de non-divulgation : next-full-moon.', en: 'Unknown bound of the request not to disclose: next-full-moon.' },
    });
  });

  it('two versions whose windows follow each other, both ending: the request runs to the end of the second', () => {
    // Served Monday 3 March 2025, opposed Wednesday 5 March 2025, procedure closed Monday 1 June 2026; asked
    // Tuesday 1 July 2025. 2019 version: from Wednesday 4 June 2025 (three months, the day after) to Wednesday
    // 31 December 2025 (its last day in force, before its own bound of 20 days before the LP 88 al. 2 year);
    // the 2026 version follows on Thursday 1 January 2026, until the end of the third parties' inspection,
    // Sunday 1 June 2031 (LP 8a al. 4: five years, anniversary included). One run: until 1 June 2031.
    const r = hideRequestEarliest({ notifiedOn: '2025-03-03', opposition: { filedOn: '2025-03-05', status: 'pending' }, closedOn: '2026-06-01', requestedOn: '2025-07-01' });
    expect(r.windows).toEqual([
      { from: '2025-06-04', until: '2025-12-31', version: '2019' },
      { from: '2026-01-01', until: '2031-06-01', version: '2026' },
    ]);
    expect(r).toMatchObject({ version: '2019', timely: true, until: '2031-06-01', reasons: [] });
  });
});
