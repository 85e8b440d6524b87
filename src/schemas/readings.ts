import type { Interpretation } from './types.generated.js';

// The readings where the law leaves a point open (norms §4): the primary ones, and a caller's choice over them.
// No schema library here: this module runs in every bundle that reads an interpretation.

/** The primary readings: what every function applies unless told otherwise (frozen: no caller can shift a default). */
export const PRIMARY_READINGS: Required<Interpretation> = Object.freeze({
  shiftIntoFeries: 'lp63',
  earliestContinuation: 'after-extended-deadline',
  deferredService: 'first-working-day-is-day-1',
  substituteHoliday: 'working-day',
  closedHours: 'from-20:00',
  paymentTimestamp: 'acceptance',
  perishingLp63: 'applies',
  earliestDates: 'day-after',
  standstillCount: 'inclusive',
  prescriptionShift: 'shift',
  adbContinuationFrom: 'notification',
  extractLastDay: 'anniversary',
  cardDeadlinesShift: 'no-shift',
  replacementAlert: 'ten-days-before',
  ocpmWorkingDays: 'monday-to-friday',
});

const READING_NAMES = Object.keys(PRIMARY_READINGS) as (keyof Interpretation)[];

/**
 * The readings to apply: each option given, else its primary reading — key by key, so an option written
 * as `undefined` is an option not given (a spread would let it replace the default).
 */
export function readingsOf(interpretation: Interpretation | undefined): Required<Interpretation> {
  if (interpretation === undefined) return PRIMARY_READINGS;
  const readings: Record<string, string> = { ...PRIMARY_READINGS };
  for (const name of READING_NAMES) readings[name] = interpretation[name] ?? PRIMARY_READINGS[name];
  return readings as Required<Interpretation>;
}
