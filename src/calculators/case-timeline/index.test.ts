import { describe, expect, it } from 'vitest';
import { LpInputError } from '../../core/errors.js';
import { caseTimeline, type CaseTimelineInput, type Milestone } from './index.js';

// The timeline of a poursuite (LP 8a, 69, 74, 88, 116, 149, 149a): every milestone with the rule and
// citation that set it, in date order, and the féries and opposition proceedings it crosses.

const inputIssues = (input: unknown): LpInputError => {
  try {
    caseTimeline(input as CaseTimelineInput);
  } catch (e) {
    if (e instanceof LpInputError) return e;
    throw e;
  }
  throw new Error('expected LpInputError');
};
const row = (m: Milestone) => [m.date, m.kind, m.rule, m.citation];
const dates = (t: { milestones: Milestone[] }) => Object.fromEntries(t.milestones.map((m) => [m.kind, m.date]));
const spans = (t: { periods: { from: string; to: string; kind: string }[] }) => t.periods.map((p) => `${p.from}..${p.to} ${p.kind}`);

describe('caseTimeline — malformed input', () => {
  it('names every date that is no calendar day by its JSON pointer, all at once, before computing anything', () => {
    const e = inputIssues({
      notifiedOn: '2026-02-29', // 2026 is not a leap year
      opposition: { filedOn: '2026-02-30', status: 'lifted', proceedings: [{ from: '2026-05-04', to: '2026-05-01' }] },
      seizure: { seizedOn: '2026-04-31', asset: 'movable', lastSupplementarySeizureOn: '2026-06-31' },
      adb: { issuedOn: '2027-02-29', notifiedToCreditorOn: '2027-09-31', debtorDiedOn: '2027-11-31' },
      closedOn: '2027-04-31',
      paidOn: '2027-06-31',
    });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '/notifiedOn INVALID_DATE',
      '/opposition/filedOn INVALID_DATE',
      '/opposition/proceedings/0/to OUT_OF_RANGE',
      '/seizure/seizedOn INVALID_DATE',
      '/seizure/lastSupplementarySeizureOn INVALID_DATE',
      '/adb/issuedOn INVALID_DATE',
      '/adb/notifiedToCreditorOn INVALID_DATE',
      '/adb/debtorDiedOn INVALID_DATE',
      '/closedOn INVALID_DATE',
      '/paidOn INVALID_DATE',
    ]);
    for (const i of e.issues) {
      expect(i.message.fr).toMatch(/\S/);
      expect(i.message.en).toMatch(/\S/);
      expect(i.message.fr).not.toBe(i.message.en);
    }
  });

  it('reports a nested date at its path in the timeline input, not at the path of the function it feeds', () => {
    const at = (input: object) => inputIssues({ notifiedOn: '2026-03-09', ...input }).issues.map((i) => `${i.path} ${i.code}`);
    expect(at({ seizure: { seizedOn: '2026-09-31', asset: 'income' } })).toEqual(['/seizure/seizedOn INVALID_DATE']);
    expect(at({ adb: { issuedOn: '2027-06-31' } })).toEqual(['/adb/issuedOn INVALID_DATE']);
    expect(at({ closedOn: '2027-02-29' })).toEqual(['/closedOn INVALID_DATE']);
    // Contradictory dates, at their timeline paths: a supplementary seizure before the seizure, a death before the ADB.
    expect(at({ seizure: { seizedOn: '2026-10-05', asset: 'movable', lastSupplementarySeizureOn: '2026-10-02' }, adb: { issuedOn: '2027-06-01', debtorDiedOn: '2027-05-31' } })).toEqual([
      '/seizure/lastSupplementarySeizureOn SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE',
      '/adb/debtorDiedOn DEBTOR_DIED_BEFORE_ADB',
    ]);
    expect(at({ opposition: { filedOn: '2026-03-12', status: 'lifted', proceedings: [{ from: '2026-05-04', to: '2026-04-31' }] } })).toEqual([
      '/opposition/proceedings/0/to INVALID_DATE',
    ]);
  });
});

describe('caseTimeline — the last day to ask for non-disclosure, by version', () => {
  it('2019 version: 20 days before the LP 88 al. 2 year ends, cited TF 5A_656/2019; none without an end under 2026', () => {
    // Served Mon 4 March 2024, opposed Thu 7 March: the year ends Tue 4 March 2025, the last day to ask Wed 12 February 2025.
    const t = caseTimeline({ notifiedOn: '2024-03-04', opposition: { filedOn: '2024-03-07', status: 'pending' } });
    expect(t.milestones.filter((m) => m.kind.startsWith('hide-request')).map((m) => [m.date, m.kind, m.rule, m.citation, m.label])).toEqual([
      ['2024-06-05', 'hide-request-from', 'lp.register.hide-request', 'LP 8a al. 3 let. d', { fr: 'Demande de non-divulgation possible dès', en: 'Request not to disclose possible from' }],
      ['2025-02-12', 'hide-request-until', 'lp.register.hide-request', 'TF 5A_656/2019', { fr: 'Dernier jour pour demander la non-divulgation', en: 'Last day to request non-disclosure' }],
    ]);
    // Served Fri 30 January 2026, procedure not ended: no last day.
    expect(caseTimeline({ notifiedOn: '2026-01-30', opposition: { filedOn: '2026-02-02', status: 'pending' } }).milestones.some((m) => m.kind === 'hide-request-until')).toBe(false);
  });
});

describe('caseTimeline — every kind of milestone', () => {
  // Served Mon 9 March 2026, opposed Thu 12 March, the opposition lifted after proceedings from Mon 4 May to
  // Mon 31 August 2026 (120 days, both ends counted); movables seized Mon 5 October 2026; an ADB issued
  // Tue 1 June 2027, which ends the procedure the same day. Computed inside each test (not when the file
  // is collected), so that the code runs under the test: mutation testing switches mutants on per test.
  const timeline = () => caseTimeline({
    notifiedOn: '2026-03-09',
    opposition: { filedOn: '2026-03-12', status: 'lifted', proceedings: [{ from: '2026-05-04', to: '2026-08-31' }] },
    seizure: { seizedOn: '2026-10-05', asset: 'movable' },
    adb: { issuedOn: '2027-06-01' },
    closedOn: '2027-06-01',
  });

  it('dates each one, with its rule and citation, in date order', () => {
    expect(timeline().milestones.map(row)).toEqual([
      ['2026-03-09', 'service', 'lp.service', 'LP 72 al. 2'],
      ['2026-03-12', 'opposition-filed', 'lp.opposition.filed', 'LP 74 al. 1'],
      // Day 10 after service: Thu 19 March 2026.
      ['2026-03-19', 'opposition-last-day', 'lp.opposition.period', 'LP 74 al. 1'],
      // Day 20, Sun 29 March 2026, opens the Easter féries (Sun 29 March – Sun 12 April): LP 63 → Wed 15 April.
      ['2026-04-15', 'payment-last-day', 'lp.payment.period', 'LP 69 al. 2 ch. 2'],
      ['2026-04-16', 'continuation-from', 'lp.continuation.earliest', 'LP 88 al. 1'],
      // Three months after service: Tue 9 June 2026; the request is possible the day after, Wed 10 June.
      ['2026-06-10', 'hide-request-from', 'lp.register.hide-request', 'LP 8a al. 3 let. d'],
      ['2026-10-05', 'seizure', 'lp.seizure', 'LP 89'],
      // One month after the seizure: Thu 5 November 2026; the day after, Fri 6 November.
      ['2026-11-06', 'sale-from', 'lp.sale.window', 'LP 116 al. 1'],
      // Same day: the ADB comes before the end of the procedure it causes.
      ['2027-06-01', 'adb-issued', 'lp.adb.issued', 'LP 149 al. 1'],
      ['2027-06-01', 'closed', 'lp.register.closed', 'LP 8a al. 4'],
      // Tue 9 March 2027 plus the 120 days of proceedings: Wed 7 July 2027.
      ['2027-07-07', 'continuation-until', 'lp.continuation.perishing', 'LP 88 al. 2'],
      // One year after the seizure: Tue 5 October 2027.
      ['2027-10-05', 'sale-until', 'lp.sale.window', 'LP 116 al. 1'],
      // Notification to the creditor unknown: six months from issuance, Wed 1 December 2027.
      ['2027-12-01', 'adb-continuation-until', 'lp.adb.continuation', 'LP 149 al. 3'],
      // Five years after the end of the procedure, the anniversary included: Tue 1 June 2032 — also the last
      // day to ask for non-disclosure under the 2026 version of LP 8a al. 3 let. d.
      ['2032-06-01', 'hide-request-until', 'lp.register.hide-request', 'LP 8a al. 4'],
      ['2032-06-01', 'extract-visible-until', 'lp.register.visible-until', 'LP 8a al. 4'],
      // Twenty years after issuance: Sat 1 June 2047; Whit Monday is Mon 3 June 2047: Tue 4 June 2047.
      ['2047-06-01', 'adb-prescription', 'lp.adb.prescription', 'LP 149a al. 1'],
      ['2047-06-04', 'adb-last-day-to-interrupt', 'lp.adb.last-day-to-interrupt', 'CO 132 al. 2'],
    ]);
  });

  it('labels each one in French and English', () => {
    const t = timeline();
    for (const m of t.milestones) {
      expect(m.label.fr, m.kind).toMatch(/\S/);
      expect(m.label.en, m.kind).toMatch(/\S/);
      expect(m.label.fr, m.kind).not.toBe(m.label.en);
    }
    const label = (kind: string) => t.milestones.find((m) => m.kind === kind)!.label;
    expect(label('closed')).toEqual({ fr: 'Clôture de la procédure', en: 'End of the procedure' });
    expect(label('extract-visible-until')).toEqual({ fr: "Visible sur l'extrait jusqu'au", en: 'Visible on the extract until' });
    expect(label('sale-until')).toEqual({ fr: 'Dernier jour pour requérir la vente', en: 'Last day to request the sale' });
  });

  it('traces how many milestones there are, and the first and last day', () => {
    expect(timeline().trace).toEqual([
      {
        rule: 'lp.timeline',
        citation: 'LP',
        text: { fr: '17 jalons de la poursuite, par date.', en: '17 milestones of the enforcement, by date.' },
        values: { milestones: 17, first: '2026-03-09', last: '2047-06-04' },
      },
    ]);
  });
});

describe('caseTimeline — the sale window by kind of asset (LP 116)', () => {
  it('seized income: no "sale from" milestone, the last day cites LP 116 al. 2', () => {
    // Seized Mon 1 June 2026: fifteen months, Wed 1 September 2027.
    const t = caseTimeline({ notifiedOn: '2026-03-09', seizure: { seizedOn: '2026-06-01', asset: 'income' } });
    expect(t.milestones.some((m) => m.kind === 'sale-from')).toBe(false);
    expect(t.milestones.filter((m) => m.rule === 'lp.sale.window').map(row)).toEqual([['2027-09-01', 'sale-until', 'lp.sale.window', 'LP 116 al. 2']]);
  });

  it('an immovable: six months to two years, LP 116 al. 1', () => {
    // Seized Mon 1 June 2026: from the day after Tue 1 December 2026, Wed 2 December; until Thu 1 June 2028.
    const t = caseTimeline({ notifiedOn: '2026-03-09', seizure: { seizedOn: '2026-06-01', asset: 'immovable' } });
    expect(t.milestones.filter((m) => m.rule === 'lp.sale.window').map(row)).toEqual([
      ['2026-12-02', 'sale-from', 'lp.sale.window', 'LP 116 al. 1'],
      ['2028-06-01', 'sale-until', 'lp.sale.window', 'LP 116 al. 1'],
    ]);
  });
});

describe('caseTimeline — options reach every date', () => {
  it('service at 20:30 on a Saturday takes effect on Monday: every period of the debtor moves (LP 56 ch. 1)', () => {
    // Served Sat 3 October 2026. Without a time: day 10 Tue 13 October, day 20 Fri 23 October, continuation
    // from Sat 24 October 2026.
    const plain = caseTimeline({ notifiedOn: '2026-10-03' });
    expect(dates(plain)).toMatchObject({ 'opposition-last-day': '2026-10-13', 'payment-last-day': '2026-10-23', 'continuation-from': '2026-10-24' });
    // At 20:30, a closed hour: Sunday is no day for an act either, service takes effect on Mon 5 October, which is
    // day 1 (primary reading). Day 10: Wed 14 October; day 20: Sat 24 October, moved to Mon 26 October
    // (CPC 142 al. 3); continuation from Tue 27 October 2026.
    const evening = caseTimeline({ notifiedOn: '2026-10-03', notifiedAt: '20:30' });
    expect(evening.milestones.map((m) => `${m.date} ${m.kind}`)).toEqual([
      '2026-10-03 service',
      '2026-10-14 opposition-last-day',
      '2026-10-26 payment-last-day',
      '2026-10-27 continuation-from',
      // The year counts from the service day: Sun 3 October 2027, moved to Mon 4 October 2027.
      '2027-10-04 continuation-until',
    ]);
  });

  it('interpretation options reach the continuation, the register and the sale dates', () => {
    const t = caseTimeline({
      notifiedOn: '2026-03-09',
      opposition: { filedOn: '2026-03-12', status: 'pending' },
      seizure: { seizedOn: '2026-10-05', asset: 'movable' },
      closedOn: '2026-12-01',
      interpretation: { earliestContinuation: 'after-day-20', earliestDates: 'same-day', extractLastDay: 'day-before' },
    });
    expect(dates(t)).toMatchObject({
      // The day after day 20 counted plainly (Sun 29 March): Mon 30 March 2026, before the time to pay ends.
      'continuation-from': '2026-03-30',
      'payment-last-day': '2026-04-15',
      // Same-numbered day three months after service: Tue 9 June 2026.
      'hide-request-from': '2026-06-09',
      // Same-numbered day a month after the seizure: Thu 5 November 2026.
      'sale-from': '2026-11-05',
      // Closed Tue 1 December 2026: visible until the day before the fifth anniversary, Sun 30 November 2031.
      'extract-visible-until': '2031-11-30',
    });
    // Sorted by date: the early continuation comes before the end of the time to pay.
    expect(t.milestones.slice(0, 6).map((m) => m.kind)).toEqual([
      'service',
      'opposition-filed',
      'opposition-last-day',
      'continuation-from',
      'payment-last-day',
      'hide-request-from',
    ]);
  });

  it('the canton decides the holidays: the Jeûne genevois moves a last day in Geneva, not in Zurich', () => {
    // Served Mon 31 August 2026: day 10 is Thu 10 September 2026, the Jeûne genevois.
    expect(dates(caseTimeline({ notifiedOn: '2026-08-31' }))['opposition-last-day']).toBe('2026-09-11');
    expect(dates(caseTimeline({ notifiedOn: '2026-08-31', canton: 'ZH' }))['opposition-last-day']).toBe('2026-09-10');
  });
});

describe('caseTimeline — same-day milestones follow the procedure', () => {
  it('an opposition made on service (LP 74 al. 1) comes right after it', () => {
    const t = caseTimeline({ notifiedOn: '2026-03-09', opposition: { filedOn: '2026-03-09', status: 'withdrawn' } });
    expect(t.milestones.slice(0, 3).map((m) => `${m.date} ${m.kind}`)).toEqual(['2026-03-09 service', '2026-03-09 opposition-filed', '2026-03-19 opposition-last-day']);
  });

  it('an opposition made on the last day comes before that day’s "last day" milestone', () => {
    const t = caseTimeline({ notifiedOn: '2026-03-09', opposition: { filedOn: '2026-03-19', status: 'withdrawn' } });
    expect(t.milestones.slice(0, 3).map((m) => `${m.date} ${m.kind}`)).toEqual(['2026-03-09 service', '2026-03-19 opposition-filed', '2026-03-19 opposition-last-day']);
  });
});

describe('caseTimeline — end of the procedure and the register (LP 8a)', () => {
  it('a poursuite withdrawn by the creditor is never disclosed: closed, with no "visible until"', () => {
    const t = caseTimeline({ notifiedOn: '2026-03-09', closedOn: '2026-05-04', withdrawnByCreditor: true });
    expect(t.milestones.find((m) => m.kind === 'closed')).toMatchObject({ date: '2026-05-04', rule: 'lp.register.closed', citation: 'LP 8a al. 4' });
    expect(t.milestones.some((m) => m.kind === 'extract-visible-until')).toBe(false);
    expect(t.milestones.every((m) => typeof m.date === 'string')).toBe(true);
  });

  it('not withdrawn (said or not): visible through the fifth anniversary of the end of the procedure', () => {
    // Closed Mon 4 May 2026: visible until Sun 4 May 2031 (not moved off the weekend).
    for (const extra of [{}, { withdrawnByCreditor: false }]) {
      const t = caseTimeline({ notifiedOn: '2026-03-09', closedOn: '2026-05-04', ...extra });
      expect(t.milestones.filter((m) => m.kind === 'closed' || m.kind === 'extract-visible-until').map(row)).toEqual([
        ['2026-05-04', 'closed', 'lp.register.closed', 'LP 8a al. 4'],
        ['2031-05-04', 'extract-visible-until', 'lp.register.visible-until', 'LP 8a al. 4'],
      ]);
    }
  });

  it('a payment ends the procedure when no end is given; a given end takes precedence', () => {
    // Paid Fri 20 March 2026: closed that day, visible until Thu 20 March 2031.
    expect(dates(caseTimeline({ notifiedOn: '2026-03-09', paidOn: '2026-03-20' }))).toMatchObject({ closed: '2026-03-20', 'extract-visible-until': '2031-03-20' });
    // Paid Thu 30 April 2026, the office closed the procedure on Mon 4 May 2026.
    expect(dates(caseTimeline({ notifiedOn: '2026-03-09', paidOn: '2026-04-30', closedOn: '2026-05-04' }))).toMatchObject({
      closed: '2026-05-04',
      'extract-visible-until': '2031-05-04',
    });
  });
});

describe('caseTimeline — periods to draw', () => {
  it('lists the féries the timeline crosses, from service to its last milestone', () => {
    // Mon 9 March 2026 to Tue 9 March 2027: Easter 2026 (Sun 29 March – Sun 12 April), summer (15–31 July),
    // Christmas (Fri 18 December 2026 – Fri 1 January 2027); the Easter féries of 2027 start on Sun 21 March
    // 2027, after the last milestone.
    const t = caseTimeline({ notifiedOn: '2026-03-09' });
    expect(t.periods).toEqual([
      { from: '2026-03-29', to: '2026-04-12', kind: 'feries', name: { fr: 'féries de Pâques', en: 'Easter féries' } },
      { from: '2026-07-15', to: '2026-07-31', kind: 'feries', name: { fr: "féries d'été", en: 'summer féries' } },
      { from: '2026-12-18', to: '2027-01-01', kind: 'feries', name: { fr: 'féries de Noël', en: 'Christmas féries' } },
    ]);
  });

  it('starts a féries period the timeline opens in at the first milestone', () => {
    // Served Fri 19 December 2025, within the Christmas féries (Thu 18 December 2025 – Thu 1 January 2026).
    const t = caseTimeline({ notifiedOn: '2025-12-19' });
    expect(t.periods[0]).toMatchObject({ from: '2025-12-19', to: '2026-01-01', kind: 'feries' });
  });

  it('includes féries that begin on the day of the last milestone', () => {
    // Withdrawn, closed on Thu 15 July 2027, the first day of the summer féries.
    const t = caseTimeline({ notifiedOn: '2026-03-09', closedOn: '2027-07-15', withdrawnByCreditor: true });
    expect(t.milestones.at(-1)).toMatchObject({ date: '2027-07-15', kind: 'closed' });
    expect(spans(t).at(-1)).toBe('2027-07-15..2027-07-31 feries');
  });

  it('adds the opposition proceedings, in order of their first day among the féries', () => {
    // Proceedings Mon 4 May – Mon 31 August 2026: the year runs to Wed 7 July 2027 (before the summer féries
    // of 2027), so Easter 2027 (Sun 21 March – Sun 4 April) is the last féries crossed.
    const t = caseTimeline({ notifiedOn: '2026-03-09', opposition: { filedOn: '2026-03-12', status: 'lifted', proceedings: [{ from: '2026-05-04', to: '2026-08-31' }] } });
    expect(spans(t)).toEqual([
      '2026-03-29..2026-04-12 feries',
      '2026-05-04..2026-08-31 proceedings',
      '2026-07-15..2026-07-31 feries',
      '2026-12-18..2027-01-01 feries',
      '2027-03-21..2027-04-04 feries',
    ]);
    expect(t.periods[1]!.name).toEqual({ fr: "procédure d'opposition", en: 'opposition proceedings' });
  });

  it('on the same first day, lists the féries before the proceedings', () => {
    // Proceedings from Wed 15 July to Wed 30 September 2026 (78 days): the year runs to Wed 26 May 2027.
    const t = caseTimeline({ notifiedOn: '2026-03-09', opposition: { filedOn: '2026-03-12', status: 'lifted', proceedings: [{ from: '2026-07-15', to: '2026-09-30' }] } });
    expect(dates(t)['continuation-until']).toBe('2027-05-26');
    expect(spans(t)).toEqual([
      '2026-03-29..2026-04-12 feries',
      '2026-07-15..2026-07-31 feries',
      '2026-07-15..2026-09-30 proceedings',
      '2026-12-18..2027-01-01 feries',
      '2027-03-21..2027-04-04 feries',
    ]);
  });
});
