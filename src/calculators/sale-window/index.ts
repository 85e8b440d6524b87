import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE } from '../../core/contradictions.js';
import { contradiction, issue, type Issue } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/date-text.js';
import type { TraceStep } from '../../core/trace.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { creditorPeriodEnd, earliestAfter, param, paramStep, procedureNorms } from '../../engines/procedure/periods.js';
import { checkInput } from '../../schemas/check-input.js';
import type { SaleWindowInput } from '../../schemas/procedure.js';
import { validateSaleWindowInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';

export type { SaleWindowInput } from '../../schemas/procedure.js';

// The asset kinds as the trace names them (LP 116 al. 1: biens meubles, créances, immeubles; LP 93: revenus).
const ASSET_FR = { movable: 'biens meubles et créances', immovable: 'immeuble', income: 'revenus' } as const;
const ASSET_EN = { movable: 'movables and claims', immovable: 'real estate', income: 'income' } as const;

/** When the sale of seized assets may be requested, from `saleWindow`. */
export interface SaleWindow {
  /** First day the sale may be requested; `null` where the law sets no minimum period (income). */
  opensOn: IsoDate | null;
  /** Last day the sale may be requested. */
  closesOn: IsoDate;
  trace: TraceStep[];
}

const PERIODS = {
  movable: { min: 'saleMovableMinMonths', max: 'saleMovableMaxMonths' },
  immovable: { min: 'saleImmovableMinMonths', max: 'saleImmovableMaxMonths' },
  income: { min: null, max: 'saleIncomeMaxMonths' },
} as const;

/** The seizure's dates at `at`: real days, a supplementary seizure not before the seizure it supplements. */
export function seizureIssues(i: { seizedOn: string; lastSupplementarySeizureOn?: string | undefined }, at = ''): Issue[] {
  const found = [...dateIssues(i.seizedOn, `${at}/seizedOn`), ...dateIssues(i.lastSupplementarySeizureOn, `${at}/lastSupplementarySeizureOn`)];
  if (found.length === 0 && i.lastSupplementarySeizureOn !== undefined && i.lastSupplementarySeizureOn < i.seizedOn) {
    found.push(contradiction(`${at}/lastSupplementarySeizureOn`, 'SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE', SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE, [`${at}/seizedOn`]));
  }
  return found;
}

function semanticIssues(i: SaleWindowInput): Issue[] {
  return seizureIssues(i);
}

/**
 * When the creditor may request the sale of seized assets (LP 116): movables and claims from one month
 * to one year after the seizure, immovables from six months to two years, unpaid seized wages within
 * fifteen months; from the last successful supplementary seizure when there was one (al. 3). The
 * earliest day is the day after the minimum period, not moved; the last day is moved off non-working
 * days (CPC 142 al. 3) and, primary reading, extended by LP 63.
 *
 * @example
 * saleWindow({ seizedOn: '2026-01-31', asset: 'movable' });
 * // → { opensOn: '2026-03-01', closesOn: '2027-02-01', … } (one year ends on Sunday 31 January: moved to Monday)
 * @see LP 116; BGE 150 III 219
 */
export function saleWindow(input: SaleWindowInput, options?: CallOptions): Explained<SaleWindow> {
  return explained(options, () => {
    const i = checkInput<SaleWindowInput>(validateSaleWindowInput, input, semanticIssues);
    const from = i.lastSupplementarySeizureOn ?? i.seizedOn;
    const ctx = calendarContext({ asOf: from, canton: i.canton, interpretation: i.interpretation });
    const norms = procedureNorms(from);
    const day0 = parseIsoDate(from)!;
    const spec = PERIODS[i.asset];
    const opens = spec.min === null ? null : earliestAfter(ctx, day0, param(norms, spec.min));
    const end = creditorPeriodEnd(ctx, day0, param(norms, spec.max));
    const start = longDate(day0);
    const trace: TraceStep[] = [
      paramStep(norms, spec.max, 'lp.sale.window', {
        fr: `Saisie (${ASSET_FR[i.asset]}) du ${start.fr}${i.lastSupplementarySeizureOn ? ' (dernière saisie complémentaire, art. 116 al. 3 LP)' : ''} : ${opens === null ? 'pas de délai minimum' : `vente requise au plus tôt le ${longDate(opens).fr}`}, au plus tard le ${longDate(end.lastDay).fr}.`,
        en: `Seizure (${ASSET_EN[i.asset]}) on ${start.en}${i.lastSupplementarySeizureOn ? ' (last supplementary seizure, LP art. 116 para. 3)' : ''}: ${opens === null ? 'no minimum period' : `sale may be requested from ${longDate(opens).en}`}, until ${longDate(end.lastDay).en}.`,
      }, { from, asset: i.asset, opensOn: opens === null ? null : formatIsoDate(opens), closesOn: formatIsoDate(end.lastDay), earliestDates: ctx.readings.earliestDates }),
      ...end.trace,
    ];
    return { opensOn: opens === null ? null : formatIsoDate(opens), closesOn: formatIsoDate(end.lastDay), trace };
  });
}
