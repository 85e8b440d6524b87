import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { issue, type Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, type EpochDay, type IsoDate } from '../../core/dates.js';
import type { Reason, TraceStep } from '../../core/trace.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { procedureNorms } from '../../engines/procedure/periods.js';
import { hideWindows, runEnd, versionOn, type HideWindows } from '../../engines/procedure/hide-request.js';
import { withUnknownFacts } from '../../engines/evaluator/evaluate.js';
import { checkInput } from '../../schemas/check-input.js';
import type { HideRequestInput } from '../../schemas/procedure.js';
import { validateHideRequestInput } from '../../schemas/validators.generated.js';
import { dateIssues, suspensionIssues } from '../shared/calendar-input.js';
import { reasonsOf, stepsOf } from '../shared/reasons.js';

export type { HideRequestInput } from '../../schemas/procedure.js';

/** When the debtor may ask not to disclose an opposed poursuite, from `hideRequestEarliest`. */
export interface HideRequestWindow {
  /** The first day a request may be made (three months after service, not before 1 January 2019). */
  on: IsoDate;
  /** The last day of the period that starts on `on` (or holds `requestedOn`); `null`: no last day known yet. */
  until: IsoDate | null;
  /** Whether the route is open at all: an opposition was made, and some version of let. d gives a day. */
  applies: boolean;
  /** The version of LP 8a al. 3 let. d applied ("2019", "2026"): in force on `requestedOn`, else on `on`. */
  version: string | null;
  /** With `requestedOn`: whether a request that day is admissible. */
  timely?: boolean;
  /** Each version's period, in date order (`until: null`: open-ended). */
  windows: { from: IsoDate; until: IsoDate | null; version: string }[];
  /** Codes: HIDE_REQUEST_NOT_IN_FORCE, HIDE_REQUEST_NO_OPPOSITION, HIDE_REQUEST_PREMATURE, HIDE_REQUEST_LATE. */
  reasons: Reason[];
  trace: TraceStep[];
}

const CODES = new Set(['HIDE_REQUEST_NOT_IN_FORCE', 'HIDE_REQUEST_NO_OPPOSITION', 'HIDE_REQUEST_PREMATURE', 'HIDE_REQUEST_LATE']);
const RULES = ['lp.procedure.hide-request-unavailable', 'lp.procedure.hide-request-no-opposition', 'lp.procedure.hide-request-premature', 'lp.procedure.hide-request-late'];

/** The dates of a request not to disclose, at their paths: real days, none before service. */
export function hideRequestIssues(i: HideRequestInput): Issue[] {
  const found = [...dateIssues(i.notifiedOn, '/notifiedOn'), ...dateIssues(i.closedOn, '/closedOn'), ...dateIssues(i.requestedOn, '/requestedOn')];
  if (i.opposition) found.push(...dateIssues(i.opposition.filedOn, '/opposition/filedOn'), ...suspensionIssues(i.opposition.proceedings, '/opposition/proceedings'));
  if (found.length > 0) return found;
  for (const [path, day] of [['/closedOn', i.closedOn], ['/requestedOn', i.requestedOn]] as const) {
    if (day !== undefined && day < i.notifiedOn) found.push(issue(path, 'OUT_OF_RANGE'));
  }
  return found;
}

/** Everything both LP 8a al. 3 let. d functions need: the windows, and the rules' answer for a request on `requestedOn`. */
export function hideRequestCase(i: HideRequestInput, requestedOn: EpochDay | null) {
  const ctx = calendarContext({ asOf: i.notifiedOn, canton: i.canton, interpretation: i.interpretation });
  const notifiedOn = parseIsoDate(i.notifiedOn)!;
  const w: HideWindows = hideWindows({
    ctx,
    notifiedOn,
    proceedings: i.opposition?.proceedings ?? [],
    closedOn: parseIsoDate(i.closedOn),
  });
  const on = w.windows[0]?.from ?? Math.max(w.earliest, w.firstDay);
  const day = requestedOn ?? on;
  const version = versionOn(day);
  const own = w.byVersion.get(version);
  const norms = procedureNorms(formatIsoDate(day));
  const evaluation = norms.run(
    withUnknownFacts(norms.set, {
      opposed: i.opposition !== null,
      hideRequestedOn: formatIsoDate(day),
      hideFrom: own === undefined ? null : formatIsoDate(own.from),
      hideUntil: own === undefined || own.until === null ? null : formatIsoDate(own.until),
    }),
    // Only the rules' steps are kept: no date label needed.
  );
  const reasons = reasonsOf(evaluation, CODES);
  const opposition: TraceStep[] =
    i.opposition === undefined
      ? [
          {
            rule: 'lp.register.hide-request-opposition',
            citation: 'LP 8a al. 3 let. d',
            text: {
              fr: "Opposition non indiquée : le calcul suppose que le débiteur a formé opposition, condition de la demande.",
              en: 'Opposition not stated: the computation assumes the debtor opposed, which the request requires.',
            },
            values: { opposition: 'assumed' },
          },
        ]
      : [];
  return { w, on, day, version, reasons, steps: [...opposition, ...w.trace, ...stepsOf(evaluation, RULES)] };
}

/**
 * When the debtor may ask the office not to disclose a poursuite that was opposed (LP 8a al. 3 let. d),
 * as dated law (norms §3.6): no request before 1 January 2019; from then, once three months have passed
 * since service (the day after, primary reading, norms §4 item 4), not moved off weekends — until 2025 at
 * the latest 20 days before the LP 88 al. 2 year lapses (TF 5A_656/2019), from 2026 until the third
 * parties' right of inspection expires (al. 4). Without an opposition the route does not apply (a result
 * with a reason). With `requestedOn`, the version in force that day applies and `timely` says whether a
 * request then is admissible.
 *
 * @example
 * hideRequestEarliest({ notifiedOn: '2026-01-30' }).on; // → '2026-05-01'
 * hideRequestEarliest({ notifiedOn: '2024-03-04', requestedOn: '2025-02-20' });
 * // → { on: '2024-06-05', until: '2025-02-12', version: '2019', timely: false, reasons: [{ code: 'HIDE_REQUEST_LATE', … }], … }
 * @see LP 8a al. 3 let. d, al. 4; LP 88 al. 2
 */
export function hideRequestEarliest(input: HideRequestInput, options?: CallOptions): Explained<HideRequestWindow> {
  return explained(options, () => {
    const i = checkInput<HideRequestInput>(validateHideRequestInput, input, hideRequestIssues);
    const requestedOn = parseIsoDate(i.requestedOn);
    const c = hideRequestCase(i, requestedOn);
    const windows = i.opposition === null ? [] : c.w.windows;
    const end = runEnd(windows, requestedOn !== null && runEnd(windows, requestedOn) !== undefined ? requestedOn : c.on);
    const result: HideRequestWindow = {
      on: formatIsoDate(c.on),
      until: end === undefined || end === null ? null : formatIsoDate(end),
      applies: windows.length > 0,
      version: c.version,
      windows: windows.map((w) => ({ from: formatIsoDate(w.from), until: w.last === null ? null : formatIsoDate(w.last), version: w.version })),
      reasons: c.reasons,
      trace: c.steps,
    };
    if (requestedOn !== null) result.timely = c.reasons.length === 0;
    return result;
  });
}
