import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { issue, type Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { Reason, TraceStep } from '../../core/trace.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { deadlineEnd } from '../../engines/calendar/deadline.js';
import { param, procedureNorms } from '../../engines/procedure/periods.js';
import { versionOn } from '../../engines/procedure/hide-request.js';
import { withUnknownFacts } from '../../engines/evaluator/evaluate.js';
import { checkInput } from '../../schemas/check-input.js';
import type { HideRequestDecisionInput } from '../../schemas/procedure.js';
import { validateHideRequestDecisionInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';
import { reasonsOf, stepsOf } from '../shared/reasons.js';
import { hideRequestCase, hideRequestIssues } from '../hide-request-earliest/index.js';

export type { HideRequestDecisionInput } from '../../schemas/procedure.js';

/** Where a request not to disclose stands on a given day. */
export type HideRequestStatus = 'request-refused' | 'awaiting-proof' | 'proof-in-time' | 'not-disclosed' | 'visible-again' | 'rejection-proved';

/** Whether the office discloses the poursuite after a request not to disclose, from `hideRequestDecision`. */
export interface HideRequestDecision {
  /** Whether third parties are told of the poursuite on `asOf` (within the five years of LP 8a al. 4). */
  disclosed: boolean;
  status: HideRequestStatus;
  /** Whether the request was admissible on the day it was made (the version in force that day). */
  requestTimely: boolean;
  /** Last day of the creditor's 20 days (given, or counted from the request); `null` for a refused request. */
  proofDeadline: IsoDate | null;
  /** The version of let. d in force on the day of the request ("2019", "2026"; `null` before 2019). */
  version: string | null;
  /** The version in force on `asOf`, which decides what a definitive rejection of the lifting does. */
  decisionVersion: string | null;
  /** The day decided for. */
  asOf: IsoDate;
  /** Why: the request's refusal reasons, or the decisive rule (e.g. NOT_DISCLOSED, VISIBLE_AGAIN, REJECTION_PROVED). */
  reasons: Reason[];
  trace: TraceStep[];
}

const DECISIONS = ['REJECTION_PROVED', 'HIDE_REFUSED_PROOF', 'VISIBLE_AGAIN', 'NOT_DISCLOSED', 'HIDE_AWAITING_PROOF'] as const;
const STATUS: Record<(typeof DECISIONS)[number], HideRequestStatus> = {
  REJECTION_PROVED: 'rejection-proved',
  HIDE_REFUSED_PROOF: 'proof-in-time',
  VISIBLE_AGAIN: 'visible-again',
  NOT_DISCLOSED: 'not-disclosed',
  HIDE_AWAITING_PROOF: 'awaiting-proof',
};
const RULES = [
  'lp.procedure.hide-awaiting-proof',
  'lp.procedure.hide-proof-in-time',
  'lp.procedure.hide-not-disclosed',
  'lp.procedure.hide-visible-again',
  'lp.procedure.hide-rejection-not-decisive',
  'lp.procedure.hide-rejection-proved',
];

const LATER = ['proofDeadline', 'creditorProofOn', 'continuedOn', 'liftingRejectedOn', 'asOf'] as const;

function semanticIssues(i: HideRequestDecisionInput): Issue[] {
  const found = [...hideRequestIssues(i), ...LATER.flatMap((k) => dateIssues(i[k], `/${k}`))];
  if (found.length > 0) return found;
  // What follows a request cannot come before it; a continuation or a rejection, not before service.
  for (const k of ['proofDeadline', 'creditorProofOn', 'asOf'] as const) if (i[k] !== undefined && i[k]! < i.requestedOn) found.push(issue(`/${k}`, 'OUT_OF_RANGE'));
  for (const k of ['continuedOn', 'liftingRejectedOn'] as const) if (i[k] !== undefined && i[k]! < i.notifiedOn) found.push(issue(`/${k}`, 'OUT_OF_RANGE'));
  return found;
}

/**
 * Whether the office tells third parties of a poursuite after the debtor's request not to disclose it
 * (LP 8a al. 3 let. d), on `asOf`, by date: the request is judged under the version in force the day it
 * was made (`hideRequestEarliest`); the office sets the creditor 20 days to prove that proceedings to lift
 * the opposition were started in time — meanwhile the poursuite is still disclosed; proof in time keeps it
 * disclosed; without it, it is no longer disclosed, until later proof or a continuation makes it visible
 * again. From 1 January 2026 (also for older entries, by the date of the extract), a definitive rejection
 * of the creditor's lifting request, proved by the debtor, keeps it hidden; until then it did not
 * (TF 5A_927/2020).
 *
 * @example
 * hideRequestDecision({ notifiedOn: '2026-01-30', opposition: { filedOn: '2026-02-02', status: 'pending' }, requestedOn: '2026-05-04', asOf: '2026-06-01' });
 * // → { disclosed: false, status: 'not-disclosed', proofDeadline: '2026-05-26', version: '2026', … }
 * @see LP 8a al. 3 let. d, al. 4; LP 79–84
 */
export function hideRequestDecision(input: HideRequestDecisionInput, options?: CallOptions): Explained<HideRequestDecision> {
  return explained(options, () => {
    const i = checkInput<HideRequestDecisionInput>(validateHideRequestDecisionInput, input, semanticIssues);
    const requested = parseIsoDate(i.requestedOn)!;
    const c = hideRequestCase(i, requested);
    const given = [i.requestedOn, ...LATER.map((k) => i[k]).filter((d): d is string => d !== undefined)];
    const asOf = i.asOf ?? given.reduce((a, b) => (a > b ? a : b));
    const day = parseIsoDate(asOf)!;
    const admissible = c.reasons.length === 0;
    const steps: TraceStep[] = [...c.steps];
    let deadline: number | null = null;
    if (admissible) {
      if (i.proofDeadline !== undefined) deadline = parseIsoDate(i.proofDeadline)!;
      else {
        // The office's period for the creditor, counted from the request (the day it is set is not known).
        const ctx = calendarContext({ asOf: i.requestedOn, canton: i.canton, interpretation: i.interpretation });
        const days = param(procedureNorms(i.requestedOn), 'hideRequestProofDays');
        deadline = deadlineEnd({ day0: requested, days, months: 0, calendar: ctx.calendar, plan: ctx.deadlines, lp63: true, shiftIntoFeries: ctx.readings.shiftIntoFeries, trace: false }).lastDay;
        steps.push({
          rule: 'lp.register.hide-request-proof-deadline',
          citation: 'LP 8a al. 3 let. d; LP 63',
          text: {
            fr: `Délai de ${days} jours imparti au créancier, compté dès la demande (date de l'avis de l'office non indiquée) : jusqu'au ${longDate(deadline).fr}.`,
            en: `The creditor's ${days} days, counted from the request (the day the office set them not given): until ${longDate(deadline).en}.`,
          },
          values: { requestedOn: i.requestedOn, days, proofDeadline: formatIsoDate(deadline) },
        });
      }
    }
    const by = (d: string | undefined): boolean => d !== undefined && d <= asOf;
    const proofDay = parseIsoDate(i.creditorProofOn);
    const proofSeen = proofDay !== null && proofDay <= day;
    const inTime = proofSeen && deadline !== null && proofDay <= deadline;
    const norms = procedureNorms(asOf);
    const evaluation = norms.run(
      withUnknownFacts(norms.set, {
        hideAdmissible: admissible,
        proofAwaited: deadline !== null && day <= deadline && !proofSeen,
        proofInTime: inTime,
        laterProof: proofSeen && !inTime,
        continued: by(i.continuedOn),
        liftingRejected: by(i.liftingRejectedOn),
      }),
    );
    steps.push(...stepsOf(evaluation, RULES));
    const decisive = DECISIONS.find((code) => evaluation.fired.some((f) => f.event.type === code));
    const status: HideRequestStatus = admissible ? STATUS[decisive!] : 'request-refused';
    return {
      disclosed: !(status === 'not-disclosed' || status === 'rejection-proved'),
      status,
      requestTimely: admissible,
      proofDeadline: deadline === null ? null : formatIsoDate(deadline),
      version: c.version,
      decisionVersion: versionOn(day),
      asOf,
      reasons: admissible ? reasonsOf(evaluation, new Set([decisive!])) : c.reasons,
      trace: steps,
    };
  });
}
