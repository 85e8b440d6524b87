import { parseIsoDate, type EpochDay, type IsoDate } from '../../core/dates.js';
import { planFor } from '../evaluator/plan.js';
import type { CompiledRuleSet } from '../evaluator/compiled.js';
import { familyInScope } from '../../rules/scope.js';
import { LP_ACTS } from '../../rules/families/lp-acts.js';
import { LP_DEADLINES } from '../../rules/families/lp-deadlines.js';
import type { Canton } from '../../schemas/canton.js';
import { readingsOf } from '../../schemas/readings.js';
import type { Interpretation } from '../../schemas/interpretation.js';
import type { Period } from '../../schemas/rule-set.js';
import { LegalCalendar } from './legal-calendar.js';

/** Everything a calendar calculation needs, for one canton, one date's norms and one set of readings. */
export interface CalendarContext {
  /** The reference date whose norms apply (labels the traces). */
  asOf: IsoDate;
  calendar: LegalCalendar;
  /** `lp.deadlines` in force: periods, LP 63, the shift rules. */
  deadlines: CompiledRuleSet;
  /** `lp.acts` in force: closed hours, Sundays, holidays, féries, suspension. */
  acts: CompiledRuleSet;
  readings: Required<Interpretation>;
  suspensions: readonly { start: EpochDay; end: EpochDay }[];
}

export interface ContextRequest {
  asOf: IsoDate;
  canton?: Canton | undefined;
  suspensions?: readonly { from: IsoDate; to: IsoDate }[] | undefined;
  interpretation?: Interpretation | undefined;
  /** Bill-of-exchange enforcement has no féries (LP 56 ch. 2). */
  withoutFeries?: boolean;
}

/** Builds the calendar context; the compiled norms come from the plan cache (one per norm period). */
export function calendarContext(r: ContextRequest): CalendarContext {
  const deadlines = planFor(familyInScope(LP_DEADLINES), r.asOf);
  const acts = planFor(familyInScope(LP_ACTS), r.asOf);
  const readings = readingsOf(r.interpretation);
  const suspensions = (r.suspensions ?? []).map((s) => ({ start: parseIsoDate(s.from)!, end: parseIsoDate(s.to)! }));
  const calendar = new LegalCalendar({
    canton: r.canton ?? 'GE',
    feries: r.withoutFeries ? null : (deadlines.parameters.values.feries as readonly Period[]),
    suspensions,
    // J 1 45 art. 1 al. 2 is Geneva law: the alternative reading exists for Geneva only.
    substituteMonday: readings.substituteHoliday === 'holiday' && (r.canton ?? 'GE') === 'GE',
  });
  return { asOf: r.asOf, calendar, deadlines, acts, readings, suspensions };
}
