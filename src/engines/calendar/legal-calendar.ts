import { isoWeekday, type EpochDay } from '../../core/dates.js';
import { LpNormError } from '../../core/errors.js';
import type { Localized } from '../../core/localized.js';
import type { Period } from '../../schemas/rule-set.js';
import { feriesAt, inFeries, type ClosedPeriod } from './closed-periods.js';
import { isPublicHoliday, publicHolidayName, type Canton } from './holidays.js';

export interface CalendarOptions {
  canton: Canton;
  /** LP 56 ch. 2 periods in force; `null` where there are no féries (bill-of-exchange enforcement). */
  feries: readonly Period[] | null;
  /** Suspensions of the debtor (LP 57–62), merged with adjacent féries into one closed period. */
  suspensions?: readonly { start: EpochDay; end: EpochDay }[];
  /** J 1 45 art. 1 al. 2 alternative reading: the Monday after a holiday falling on a Sunday is a holiday too. */
  substituteMonday?: boolean;
}

const SUSPENSION_NAME: Localized = { fr: 'suspension', en: 'suspension' };

// Every scan over days is bounded: a year without a working day, or closed periods that chain on without
// end, can only come from broken norms — an error, never a loop that does not return.
const MAX_SCAN_DAYS = 366;
const MAX_MERGED_PERIODS = 1000;

function endlessCalendar(canton: Canton, what: Localized): LpNormError {
  return new LpNormError('NORM_INVALID', { fr: `Calendrier légal sans fin (${canton}) : ${what.fr}.`, en: `Endless legal calendar (${canton}): ${what.en}.` }, { canton });
}

/**
 * The legal calendar of one canton and one norm version, on integer epoch days: working days,
 * public holidays, féries and suspensions. Every method is a few integer operations and cached lookups.
 */
export class LegalCalendar {
  constructor(private readonly o: CalendarOptions) {}

  get canton(): Canton {
    return this.o.canton;
  }

  /** A legal public holiday of the canton (or 1 August), or a substitute Monday under that reading. */
  isHoliday(day: EpochDay): boolean {
    if (isPublicHoliday(day, this.o.canton)) return true;
    return this.o.substituteMonday === true && isoWeekday(day) === 1 && isPublicHoliday(day - 1, this.o.canton);
  }

  holidayName(day: EpochDay): Localized | undefined {
    const name = publicHolidayName(day, this.o.canton);
    if (name !== undefined || !this.isHoliday(day)) return name;
    const sunday = publicHolidayName(day - 1, this.o.canton)!;
    return { fr: `lendemain de ${sunday.fr}`, en: `day after ${sunday.en}` };
  }

  /** A day a deadline can end on: Monday to Friday, not a public holiday (CPC 142 al. 3). */
  isWorkingDay(day: EpochDay): boolean {
    return isoWeekday(day) <= 5 && !this.isHoliday(day);
  }

  /** The first working day strictly after `day`. */
  nextWorkingDay(day: EpochDay): EpochDay {
    for (let d = day + 1; d <= day + MAX_SCAN_DAYS; d++) if (this.isWorkingDay(d)) return d;
    throw endlessCalendar(this.o.canton, { fr: 'aucun jour ouvrable en un an', en: 'no working day within a year' });
  }

  /** The n-th working day strictly after `day` (LP 63: the third "jour utile"). */
  nthWorkingDayAfter(day: EpochDay, n: number): EpochDay {
    let d = day;
    for (let i = 0; i < n; i++) d = this.nextWorkingDay(d);
    return d;
  }

  private periodAt(day: EpochDay): ClosedPeriod | null {
    const f = this.o.feries === null || !inFeries(this.o.feries, day) ? null : feriesAt(this.o.feries, day);
    if (f !== null) return f;
    for (const s of this.o.suspensions ?? []) {
      if (s.start <= day && day <= s.end) return { ...s, kind: 'suspension', id: 'suspension', name: SUSPENSION_NAME };
    }
    return null;
  }

  /**
   * The closed period (féries or suspension) containing `day`, with overlapping or adjacent periods
   * merged into one: LP 63 counts from the end of the whole closed stretch.
   */
  closedPeriodAt(day: EpochDay): ClosedPeriod | null {
    const first = this.periodAt(day);
    if (first === null) return null;
    let end = first.end;
    for (let n = 0, next = this.periodAt(end + 1); next !== null; n++, next = this.periodAt(end + 1)) {
      if (!(next.end > end) || n === MAX_MERGED_PERIODS) throw endlessCalendar(this.o.canton, { fr: 'des périodes fermées qui s\'enchaînent sans fin', en: 'closed periods that follow each other without end' });
      end = next.end;
    }
    return end === first.end ? first : { ...first, end };
  }

  isFeries(day: EpochDay): boolean {
    return this.o.feries !== null && inFeries(this.o.feries, day);
  }
}
