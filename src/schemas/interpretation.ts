import { Type, type Static } from '@sinclair/typebox';

// Where the law leaves a point open (norms §4), the primary reading is the default and the alternative
// is selected here. Each option names its item in the ambiguity register.
const choice = <A extends string, B extends string>(primary: A, alternative: B, description: string) =>
  Type.Optional(Type.Union([Type.Literal(primary), Type.Literal(alternative)], { description }));

export const InterpretationSchema = Type.Object(
  {
    shiftIntoFeries: choice('lp63', 'shifted-day', '§4 item 1: a Saturday/Sunday end shifted into the féries — LP 63 applies (primary) or the shifted day stands'),
    earliestContinuation: choice(
      'after-extended-deadline',
      'after-day-20',
      '§4 item 2a: earliest continuation request — the day after the (extended) payment deadline (primary) or after day 20 counted plainly',
    ),
    deferredService: choice(
      'first-working-day-is-day-1',
      'deemed-served-then',
      '§2.5 / §4 item 3: service in a closed period — day 1 is the first working day after it (primary), or service is deemed done that day and counting starts the next',
    ),
    substituteHoliday: choice('working-day', 'holiday', '§4 item 6: the Monday after a holiday falling on a Sunday (J 1 45 art. 1 al. 2) — a working day (primary) or a holiday'),
    closedHours: choice('from-20:00', 'after-20:00', '§4 item 7: closed hours [20:00, 07:00) (primary) or (20:00, 07:00]'),
    paymentTimestamp: choice('acceptance', 'debit', '§2.2 / §4 item 12: a payment is on time by its OCP acceptance instant (primary) or by its debit date'),
  },
  { additionalProperties: false },
);

export type Interpretation = Static<typeof InterpretationSchema>;

/** The primary readings: what every function applies unless told otherwise. */
export const PRIMARY_READINGS: Required<Interpretation> = {
  shiftIntoFeries: 'lp63',
  earliestContinuation: 'after-extended-deadline',
  deferredService: 'first-working-day-is-day-1',
  substituteHoliday: 'working-day',
  closedHours: 'from-20:00',
  paymentTimestamp: 'acceptance',
};
