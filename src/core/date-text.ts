import { civilOf, isoWeekday, type EpochDay } from './dates.js';
import type { Localized } from './localized.js';

const WEEKDAYS: Localized[] = [
  { fr: 'lundi', en: 'Monday' },
  { fr: 'mardi', en: 'Tuesday' },
  { fr: 'mercredi', en: 'Wednesday' },
  { fr: 'jeudi', en: 'Thursday' },
  { fr: 'vendredi', en: 'Friday' },
  { fr: 'samedi', en: 'Saturday' },
  { fr: 'dimanche', en: 'Sunday' },
];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "mercredi 15 avril 2026" / "Wednesday 15 April 2026": dates as a letter to a debtor writes them. */
export function longDate(day: EpochDay): Localized {
  const { y, m, d } = civilOf(day);
  const wd = WEEKDAYS[isoWeekday(day) - 1]!;
  return { fr: `${wd.fr} ${d === 1 ? '1er' : d} ${MONTHS_FR[m - 1]} ${y}`, en: `${wd.en} ${d} ${MONTHS_EN[m - 1]} ${y}` };
}
