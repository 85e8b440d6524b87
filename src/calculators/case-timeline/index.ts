import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import type { Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../../core/dates.js';
import type { Localized } from '../../core/localized.js';
import type { TraceStep } from '../../core/trace.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { continuationPeriod, procedureNorms } from '../../engines/procedure/periods.js';
import { checkInput } from '../../schemas/check-input.js';
import type { CaseTimelineInput } from '../../schemas/procedure.js';
import { validateCaseTimelineInput } from '../../schemas/validators.generated.js';
import { dateIssues, suspensionIssues } from '../shared/calendar-input.js';
import { oppositionDeadline } from '../opposition-deadline/index.js';
import { paymentDeadline } from '../payment-deadline/index.js';
import { saleWindow, seizureIssues } from '../sale-window/index.js';
import { adbIssues, adbStatus } from '../adb-status/index.js';
import { extractVisibility } from '../extract-visibility/index.js';
import { hideRequestEarliest } from '../hide-request-earliest/index.js';

export type { CaseTimelineInput } from '../../schemas/procedure.js';

/** What a milestone marks: an event, or the first or last day of a period. */
export type MilestoneKind =
  | 'service'
  | 'opposition-filed'
  | 'opposition-last-day'
  | 'payment-last-day'
  | 'continuation-from'
  | 'hide-request-from'
  | 'continuation-until'
  | 'hide-request-until'
  | 'seizure'
  | 'sale-from'
  | 'sale-until'
  | 'adb-issued'
  | 'adb-continuation-until'
  | 'adb-prescription'
  | 'adb-last-day-to-interrupt'
  | 'closed'
  | 'extract-visible-until';

/** One dated step of a poursuite, with the rule and citation that set it. */
export interface Milestone {
  date: IsoDate;
  kind: MilestoneKind;
  /** Id of the rule that sets the date. */
  rule: string;
  /** Formatted legal source, e.g. "LP 74 al. 1". */
  citation: string;
  /** What happens that day, in French and English. */
  label: Localized;
}

/** A span to draw: the féries, and the opposition proceedings during which LP 88 al. 2 stands still. */
export interface TimelinePeriod {
  /** First day, included. */
  from: IsoDate;
  /** Last day, included. */
  to: IsoDate;
  kind: 'feries' | 'proceedings';
  name: Localized;
}

/** A poursuite's milestones and periods, from `caseTimeline`. */
export interface CaseTimeline {
  /** In date order. */
  milestones: Milestone[];
  /**
   * The féries the timeline crosses (listed up to three years after its first milestone) and the
   * opposition proceedings, by first day; on the same first day, féries before proceedings.
   */
  periods: TimelinePeriod[];
  trace: TraceStep[];
}

const ORDER: MilestoneKind[] = [
  'service', 'opposition-filed', 'opposition-last-day', 'payment-last-day', 'continuation-from', 'hide-request-from', 'seizure', 'sale-from',
  'sale-until', 'continuation-until', 'hide-request-until', 'adb-issued', 'adb-continuation-until', 'closed', 'extract-visible-until', 'adb-prescription', 'adb-last-day-to-interrupt',
];

function semanticIssues(i: CaseTimelineInput): Issue[] {
  return [
    ...dateIssues(i.notifiedOn, '/notifiedOn'),
    ...(i.opposition ? [...dateIssues(i.opposition.filedOn, '/opposition/filedOn'), ...suspensionIssues(i.opposition.proceedings, '/opposition/proceedings')] : []),
    ...(i.seizure ? seizureIssues(i.seizure, '/seizure') : []),
    ...(i.adb ? adbIssues(i.adb, '/adb') : []),
    ...dateIssues(i.closedOn, '/closedOn'),
    ...dateIssues(i.paidOn, '/paidOn'),
  ];
}

/**
 * Every legal milestone of a poursuite from its known events, in date order: the debtor's opposition
 * and payment deadlines, the creditor's continuation window, the sale window after a seizure, the ADB's
 * continuation window and prescription, register visibility — each with its rule, citation and FR/EN
 * label, computed by the same functions that answer each question alone. With the féries and the
 * opposition proceedings as periods, for a picture.
 *
 * @example
 * caseTimeline({ notifiedOn: '2026-03-09' }).milestones.map((m) => `${m.date} ${m.kind}`);
 * // → ['2026-03-09 service', '2026-03-19 opposition-last-day', '2026-04-15 payment-last-day', '2026-04-16 continuation-from', '2027-03-09 continuation-until']
 * @see LP 8a, 69, 74, 88, 116, 149, 149a
 */
export function caseTimeline(input: CaseTimelineInput, options?: CallOptions): Explained<CaseTimeline> {
  return explained(options, () => {
    const i = checkInput<CaseTimelineInput>(validateCaseTimelineInput, input, semanticIssues);
    const common = { canton: i.canton, interpretation: i.interpretation };
    const out: Milestone[] = [];
    const add = (date: IsoDate, kind: MilestoneKind, rule: string, citation: string, label: Localized): void => {
      out.push({ date, kind, rule, citation, label });
    };
    add(i.notifiedOn, 'service', 'lp.service', 'LP 72 al. 2', { fr: 'Notification du commandement de payer', en: 'Service of the payment order' });
    const served = { notifiedOn: i.notifiedOn, ...(i.notifiedAt ? { notifiedAt: i.notifiedAt } : {}), ...common };
    const closedOn = i.closedOn ?? i.paidOn;
    add(oppositionDeadline(served).lastDay, 'opposition-last-day', 'lp.opposition.period', 'LP 74 al. 1', { fr: "Dernier jour pour former opposition", en: 'Last day to oppose' });
    add(paymentDeadline(served).lastDay, 'payment-last-day', 'lp.payment.period', 'LP 69 al. 2 ch. 2', { fr: 'Dernier jour pour payer', en: 'Last day to pay' });
    const ctx = calendarContext({ asOf: i.notifiedOn, ...common });
    const period = continuationPeriod(ctx, procedureNorms(i.notifiedOn), parseIsoDate(i.notifiedOn)!, i.notifiedAt ?? null, i.opposition?.proceedings ?? []);
    add(formatIsoDate(period.earliest), 'continuation-from', 'lp.continuation.earliest', 'LP 88 al. 1', { fr: 'Réquisition de continuer possible dès', en: 'Continuation may be requested from' });
    add(formatIsoDate(period.expires), 'continuation-until', 'lp.continuation.perishing', 'LP 88 al. 2', { fr: 'Dernier jour pour requérir la continuation', en: 'Last day to request the continuation' });
    if (i.opposition) {
      add(i.opposition.filedOn, 'opposition-filed', 'lp.opposition.filed', 'LP 74 al. 1', { fr: 'Opposition formée', en: 'Opposition filed' });
      const hide = hideRequestEarliest({ notifiedOn: i.notifiedOn, ...common, opposition: i.opposition, ...(closedOn ? { closedOn } : {}) });
      add(hide.on, 'hide-request-from', 'lp.register.hide-request', 'LP 8a al. 3 let. d', { fr: 'Demande de non-divulgation possible dès', en: 'Request not to disclose possible from' });
      if (hide.until !== null) {
        add(hide.until, 'hide-request-until', 'lp.register.hide-request', hide.version === '2019' ? 'TF 5A_656/2019' : 'LP 8a al. 4', {
          fr: 'Dernier jour pour demander la non-divulgation',
          en: 'Last day to request non-disclosure',
        });
      }
    }
    if (i.seizure) {
      add(i.seizure.seizedOn, 'seizure', 'lp.seizure', 'LP 89', { fr: 'Saisie', en: 'Seizure' });
      const sale = saleWindow({ ...i.seizure, ...common });
      if (sale.opensOn !== null) add(sale.opensOn, 'sale-from', 'lp.sale.window', 'LP 116 al. 1', { fr: 'Réquisition de vente possible dès', en: 'Sale may be requested from' });
      add(sale.closesOn, 'sale-until', 'lp.sale.window', i.seizure.asset === 'income' ? 'LP 116 al. 2' : 'LP 116 al. 1', { fr: 'Dernier jour pour requérir la vente', en: 'Last day to request the sale' });
    }
    if (i.adb) {
      const adb = adbStatus({ ...i.adb, ...common });
      add(i.adb.issuedOn, 'adb-issued', 'lp.adb.issued', 'LP 149 al. 1', { fr: 'Délivrance de l\'acte de défaut de biens', en: 'Certificate of loss (ADB) issued' });
      add(adb.continuationUntil, 'adb-continuation-until', 'lp.adb.continuation', 'LP 149 al. 3', { fr: 'Continuation sans nouveau commandement de payer jusqu\'au', en: 'Continuation without a new payment order until' });
      add(adb.prescribesOn, 'adb-prescription', 'lp.adb.prescription', 'LP 149a al. 1', { fr: 'Prescription de la créance (ADB)', en: 'Claim (ADB) prescribes' });
      add(adb.lastDayToInterrupt, 'adb-last-day-to-interrupt', 'lp.adb.last-day-to-interrupt', 'CO 132 al. 2', { fr: 'Dernier jour pour interrompre la prescription', en: 'Last day to interrupt the prescription' });
    }
    if (closedOn) {
      add(closedOn, 'closed', 'lp.register.closed', 'LP 8a al. 4', { fr: 'Clôture de la procédure', en: 'End of the procedure' });
      const extract = extractVisibility({ closedOn, ...(i.paidOn ? { paidOn: i.paidOn } : {}), ...(i.withdrawnByCreditor !== undefined ? { withdrawnByCreditor: i.withdrawnByCreditor } : {}), ...(i.interpretation ? { interpretation: i.interpretation } : {}) });
      if (extract.visibleUntil !== null) add(extract.visibleUntil, 'extract-visible-until', 'lp.register.visible-until', 'LP 8a al. 4', { fr: 'Visible sur l\'extrait jusqu\'au', en: 'Visible on the extract until' });
    }
    out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)));

    const periods: TimelinePeriod[] = [];
    const first = parseIsoDate(out[0]!.date)!;
    const last = Math.min(parseIsoDate(out[out.length - 1]!.date)!, first + 3 * 366);
    for (let d = first; d <= last; d++) {
      const p = ctx.calendar.closedPeriodAt(d);
      if (p !== null && p.kind === 'feries') {
        periods.push({ from: formatIsoDate(Math.max(p.start, first)), to: formatIsoDate(p.end), kind: 'feries', name: p.name });
        d = p.end;
      }
    }
    for (const p of i.opposition?.proceedings ?? []) periods.push({ from: p.from, to: p.to, kind: 'proceedings', name: { fr: "procédure d'opposition", en: 'opposition proceedings' } });
    periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

    return {
      milestones: out,
      periods,
      trace: [
        {
          rule: 'lp.timeline',
          citation: 'LP',
          text: { fr: `${out.length} jalons de la poursuite, par date.`, en: `${out.length} milestones of the enforcement, by date.` },
          values: { milestones: out.length, first: out[0]!.date, last: out[out.length - 1]!.date },
        },
      ],
    };
  });
}
