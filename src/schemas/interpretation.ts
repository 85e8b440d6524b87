import { Type } from '@sinclair/typebox';
import type { Interpretation } from './types.generated.js';

// Where the law leaves a point open (norms §4), the primary reading is the default and the alternative
// is selected here. Each option names its item in the ambiguity register.
export const choice = <A extends string, B extends string>(primary: A, alternative: B, description: string) =>
  Type.Optional(Type.Union([Type.Literal(primary), Type.Literal(alternative)], { description }));

export const InterpretationSchema = Type.Object(
  {
    /** §4 item 1, a Saturday/Sunday end shifted into the féries: `lp63` applies (primary), or the `shifted-day` stands. */
    shiftIntoFeries: choice('lp63', 'shifted-day', '§4 item 1: a Saturday/Sunday end shifted into the féries — LP 63 applies (primary) or the shifted day stands'),
    /** §4 item 2a, earliest continuation request: the day after the extended payment deadline (primary), or after day 20 counted plainly. */
    earliestContinuation: choice(
      'after-extended-deadline',
      'after-day-20',
      '§4 item 2a: earliest continuation request — the day after the (extended) payment deadline (primary) or after day 20 counted plainly',
    ),
    /** §2.5 / §4 item 3, service in a closed period: day 1 is the first working day after it (primary), or service is deemed done then. */
    deferredService: choice(
      'first-working-day-is-day-1',
      'deemed-served-then',
      '§2.5 / §4 item 3: service in a closed period — day 1 is the first working day after it (primary), or service is deemed done that day and counting starts the next',
    ),
    /** §4 item 6, the Monday after a holiday falling on a Sunday (J 1 45 art. 1 al. 2): a `working-day` (primary) or a `holiday`. */
    substituteHoliday: choice('working-day', 'holiday', '§4 item 6: the Monday after a holiday falling on a Sunday (J 1 45 art. 1 al. 2) — a working day (primary) or a holiday'),
    /** §4 item 7, closed hours: [20:00, 07:00) (primary) or (20:00, 07:00]. */
    closedHours: choice('from-20:00', 'after-20:00', '§4 item 7: closed hours [20:00, 07:00) (primary) or (20:00, 07:00]'),
    /** §2.2 / §4 item 12, a payment is on time by its OCP `acceptance` instant (primary) or by its `debit` date. */
    paymentTimestamp: choice('acceptance', 'debit', '§2.2 / §4 item 12: a payment is on time by its OCP acceptance instant (primary) or by its debit date'),
    /** §4 item 2b, LP 63 extends the creditor's perishing periods (LP 88 al. 2, 116, 149 al. 3) (primary), or not. */
    perishingLp63: choice('applies', 'does-not-apply', '§4 item 2b: LP 63 extends the creditor\'s perishing periods (LP 88 al. 2, LP 116, LP 149 al. 3) (primary) or not'),
    /** §4 item 4, an "at the earliest" date: the `day-after` the minimum period (primary), or its `same-day`. */
    earliestDates: choice('day-after', 'same-day', '§4 item 4: an "at the earliest" date is the day after the minimum period (primary) or its same-numbered day'),
    /** §4 item 5, the LP 88 al. 2 standstill counts both ends (`inclusive`, primary), or one day less. */
    standstillCount: choice('inclusive', 'exclusive', '§4 item 5: LP 88 al. 2 standstill counts both the first and the last day of the proceedings (primary) or one day less'),
    /** §4 item 8, the last day to interrupt a prescription moves off a Saturday, Sunday or holiday (primary), or not. */
    prescriptionShift: choice('shift', 'no-shift', '§4 item 8: the last day to interrupt a prescription moves off a Saturday, Sunday or holiday (primary) or not'),
    /** §4 item 9 / §5, LP 149 al. 3 counts from `notification` of the ADB to the creditor (primary), or from its `issuance`. */
    adbContinuationFrom: choice('notification', 'issuance', '§4 item 9 / §5: LP 149 al. 3 counts from notification of the ADB to the creditor (primary) or from its issuance (seed wording)'),
    /** §4 item 8, contractual card deadlines are not moved off weekends (primary), or are. */
    cardDeadlinesShift: choice('no-shift', 'shift', '§4 item 8: contractual card deadlines are not moved off weekends (primary) or are'),
    /** §4 item 14, the missing-replacement alert: 10 days before the end of the validity month (primary), or 9, counting that day. */
    replacementAlert: choice('ten-days-before', 'counting-expiry-day', '§4 item 14: the missing-replacement alert is due 10 days before the end of the validity month (primary) or 9, counting that day'),
    /** §4 item 13, OCPM "jours ouvrables": Monday to Friday without Geneva holidays (primary), or Monday to Saturday. */
    ocpmWorkingDays: choice('monday-to-friday', 'monday-to-saturday', '§4 item 13: OCPM "jours ouvrables" are Monday to Friday without Geneva holidays (primary) or include Saturdays'),
    /** §4 item 10, a register entry is visible through the 5th `anniversary` of the end of the procedure (primary), or until the `day-before`. */
    extractLastDay: choice('anniversary', 'day-before', '§4 item 10: a register entry is visible through the 5th anniversary of the end of the procedure (primary) or until the day before'),
  },
  { additionalProperties: false },
);


// The readings themselves live apart, without TypeBox: functions read them at run time, the schema is build-time.
export { PRIMARY_READINGS, readingsOf } from './readings.js';

// Published as plain interfaces (see published-types.ts).
export type { Interpretation };
