import { Type } from '@sinclair/typebox';
import { CantonCodeSchema } from './calendar.js';
import { IsoDateSchema, MoneySchema, NonEmptyText } from './common.js';
import { choice } from './interpretation.js';
import type { Expense, SeizureInterpretation, MinimumVitalInput, SeizableQuotaInput } from './types.generated.js';

/** An expense: an amount (counted as paid), or an amount with `proven: false` when payment is not proven. */
export const ExpenseSchema = Type.Union(
  [
    MoneySchema,
    Type.Object(
      { amount: MoneySchema, proven: Type.Optional(Type.Boolean()), label: Type.Optional(NonEmptyText) },
      { additionalProperties: false },
    ),
  ],
  { title: 'Expense' },
);

const Expenses = Type.Array(ExpenseSchema, { maxItems: 50 });

export const SeizureInterpretationSchema = Type.Object(
  {
    childAge: choice('from-10th-birthday', 'after-age-10', '§4 item 11: 600 from the 10th birthday (primary), or only once the child is over 10 in completed years'),
    cohabitingBase: choice('half-couple', 'single-base', '§4 item 11: a cohabiting partner gets half the couple base (primary), or the full single base (discretion)'),
    professionalCosts: choice('split', 'attributed', '§4 item 11: spouses\' professional costs are split with the family minimum (primary), or attributed to each'),
    incomeSeizureEnd: choice(
      'same-numbered-day',
      'day-before',
      '§4 item 15: an income seizure (LP 93 al. 2) lasts until the same-numbered day one year after its execution (primary), or the day before (a year counted from the execution day inclusive)',
    ),
    leapDayBirthday: choice(
      'march-1',
      'february-28',
      '§4 item 16: a child born on 29 February turns a year older on 1 March in common years (primary), or on 28 February — for every age threshold (10, 18)',
    ),
  },
  { additionalProperties: false },
);

export const MinimumVitalInputSchema = Type.Object(
  {
    /** The seizure or recalculation date: the norms in force then, the children's ages then. */
    asOf: IsoDateSchema,
    canton: Type.Optional(CantonCodeSchema),
    household: Type.Object(
      {
        type: Type.Union([
          Type.Literal('single'),
          Type.Literal('single-parent'),
          Type.Literal('couple'),
          Type.Literal('cohabiting-partner'),
          Type.Literal('flat-share'),
        ]),
        children: Type.Optional(Type.Array(Type.Object({ birthDate: IsoDateSchema }, { additionalProperties: false }), { maxItems: 30 })),
      },
      { additionalProperties: false },
    ),
    expenses: Type.Optional(
      Type.Object(
        {
          rent: Type.Optional(ExpenseSchema),
          /** The debtor's share of the rent, e.g. "0.5" in a flat share; at most 4 decimals. */
          rentShare: Type.Optional(Type.String({ pattern: '^(0(\\.\\d{1,4})?|1(\\.0{1,4})?)$' })),
          healthInsurance: Type.Optional(Expenses),
          professional: Type.Optional(Expenses),
          alimony: Type.Optional(ExpenseSchema),
          childcare: Type.Optional(ExpenseSchema),
          education: Type.Optional(ExpenseSchema),
          /** Accepted and never counted: a trace step says so. */
          taxes: Type.Optional(MoneySchema),
        },
        { additionalProperties: false },
      ),
    ),
    /** Where no norms version covers `asOf`, apply the latest known one instead of throwing (the trace says so). */
    latestKnownNorms: Type.Optional(Type.Boolean()),
    interpretation: Type.Optional(SeizureInterpretationSchema),
  },
  { additionalProperties: false, $id: 'MinimumVitalInput' },
);

export const SeizableQuotaInputSchema = Type.Object(
  {
    netIncome: MoneySchema,
    minimumVital: MoneySchema,
    spouseNetIncome: Type.Optional(MoneySchema),
    /** Each spouse's professional costs, for the `attributed` reading. */
    professionalCosts: Type.Optional(Type.Object({ debtor: MoneySchema, spouse: MoneySchema }, { additionalProperties: false })),
    /** Day the income seizure was executed: the seizure lasts at most one year from it (LP 93 al. 2). */
    seizedOn: Type.Optional(IsoDateSchema),
    /** Reference date of the norms (default: `seizedOn`, else the latest version, which the trace states). */
    asOf: Type.Optional(IsoDateSchema),
    interpretation: Type.Optional(SeizureInterpretationSchema),
  },
  { additionalProperties: false, $id: 'SeizableQuotaInput' },
);

// Published as plain interfaces (see published-types.ts).
export type { Expense, SeizureInterpretation, MinimumVitalInput, SeizableQuotaInput };
