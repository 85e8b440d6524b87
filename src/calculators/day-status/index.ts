import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import { parseIsoDate } from '../../core/dates.js';
import type { Localized } from '../../core/localized.js';
import type { TraceStep } from '../../core/trace.js';
import { calendarContext } from '../../engines/calendar/context.js';
import { holidayCitation } from '../../engines/calendar/holidays.js';
import { formatCitation } from '../../rules/citation.js';
import { checkInput } from '../../schemas/check-input.js';
import type { DayStatusInput } from '../../schemas/calendar.js';
import { validateDayStatusInput } from '../../schemas/validators.generated.js';
import { dateIssues } from '../shared/calendar-input.js';

export type { DayStatusInput } from '../../schemas/calendar.js';

/** What a civil date is for debt enforcement, from `dayStatus`. */
export interface DayStatus {
  /** A legal public holiday of the canton, or 1 August (never a bank day or an observance). */
  publicHoliday: boolean;
  /** The holiday's name, when it is one. */
  holidayName?: Localized;
  /** A day a deadline can end on: Monday to Friday and not a public holiday (CPC 142 al. 3). */
  workingDay: boolean;
  /** Within the debt-enforcement féries (LP 56 ch. 2). */
  feries: boolean;
  trace: TraceStep[];
}

/**
 * What a civil date is for debt enforcement in a canton (Geneva by default): public holiday, working
 * day, féries.
 *
 * @example
 * dayStatus({ date: '2026-09-10' });
 * // → { publicHoliday: true, holidayName: { fr: 'Jeûne genevois', en: 'Geneva Fast' }, workingDay: false, feries: false, … }
 * @see J 1 45 art. 1 (Geneva holidays); CPC 142 al. 3; LP 56 ch. 2
 */
export function dayStatus(input: DayStatusInput, options?: CallOptions): Explained<DayStatus> {
  return explained(options, () => {
    const i = checkInput<DayStatusInput>(validateDayStatusInput, input, (x) => dateIssues(x.date, '/date'));
    const ctx = calendarContext({ asOf: i.date, canton: i.canton, interpretation: i.interpretation });
    const day = parseIsoDate(i.date)!;
    const { calendar } = ctx;
    const publicHoliday = calendar.isHoliday(day);
    const holidayName = calendar.holidayName(day);
    const workingDay = calendar.isWorkingDay(day);
    const feriesPeriod = calendar.closedPeriodAt(day);
    const feries = calendar.isFeries(day);
    const trace: TraceStep[] = [
      {
        rule: 'calendar.public-holiday',
        citation: formatCitation(holidayCitation(calendar.canton)),
        text: publicHoliday
          ? { fr: `Jour férié dans le canton (${calendar.canton}) : ${holidayName!.fr}.`, en: `Public holiday in the canton (${calendar.canton}): ${holidayName!.en}.` }
          : { fr: `Pas un jour férié dans le canton (${calendar.canton}).`, en: `Not a public holiday in the canton (${calendar.canton}).` },
        values: { date: i.date, canton: calendar.canton, publicHoliday },
      },
      {
        rule: 'calendar.working-day',
        citation: 'CPC 142 al. 3',
        text: workingDay
          ? { fr: 'Jour ouvrable : un délai peut y expirer.', en: 'Working day: a deadline can end on it.' }
          : { fr: 'Pas un jour ouvrable (samedi, dimanche ou jour férié) : un délai qui y expire est reporté.', en: 'Not a working day (Saturday, Sunday or holiday): a deadline ending on it is moved.' },
        values: { workingDay },
      },
      {
        rule: 'calendar.feries',
        citation: 'LP 56 ch. 2',
        text: feries
          ? { fr: `Pendant les ${feriesPeriod!.name.fr} : aucun acte de poursuite.`, en: `Within the ${feriesPeriod!.name.en}: no enforcement act.` }
          : { fr: 'Hors des féries de poursuite.', en: 'Outside the debt-enforcement féries.' },
        values: { feries },
      },
    ];
    return { publicHoliday, ...(holidayName ? { holidayName } : {}), workingDay, feries, trace };
  });
}
