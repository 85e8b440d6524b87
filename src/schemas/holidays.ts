import { Type } from '@sinclair/typebox';
import { IsoDateSchema, LocalizedSchema, NonEmptyText } from './common.js';
import { CitationSchema } from './rule-set.js';
import { TimeOfDaySchema } from './calendar.js';
import type { HolidayRule, CantonHolidays, HolidayTable } from './types.generated.js';

/**
 * The cantonal public-holiday table (`src/rules/calendar/holidays.generated.json`, written by
 * `scripts/gen-holidays.mjs`): per canton, declarative rules dated by `validFrom` / `validTo`.
 */

const Month = Type.Integer({ minimum: 1, maximum: 12 });
const DayOfMonth = Type.Integer({ minimum: 1, maximum: 31 });

/** Fields every rule carries: its name and, when it does not exist in every year of the table, its dates. */
const common = {
  name: LocalizedSchema,
  /** The source gives the afternoon only (`12:00`); the SDK counts the whole day. */
  startsAt: Type.Optional(TimeOfDaySchema),
  validFrom: Type.Optional(IsoDateSchema),
  validTo: Type.Optional(IsoDateSchema),
};

export const HolidayRuleSchema = Type.Union([
  Type.Object({ rule: Type.Literal('fixed'), month: Month, day: DayOfMonth, ...common }, { additionalProperties: false }),
  /** Days from Easter Sunday: Good Friday is −2. */
  Type.Object({ rule: Type.Literal('easter'), offset: Type.Integer({ minimum: -60, maximum: 70 }), ...common }, { additionalProperties: false }),
  /** The first ISO weekday (1 Monday … 7 Sunday) on or after month-day, plus `offset` days. */
  Type.Object(
    {
      rule: Type.Literal('weekday-on-or-after'),
      weekday: Type.Integer({ minimum: 1, maximum: 7 }),
      month: Month,
      day: DayOfMonth,
      offset: Type.Integer({ minimum: 0, maximum: 31 }),
      ...common,
    },
    { additionalProperties: false },
  ),
  /** An explicit list, where no rule above reproduces the source. */
  Type.Object({ rule: Type.Literal('dates'), dates: Type.Array(IsoDateSchema, { minItems: 1 }), ...common }, { additionalProperties: false }),
]);

export const CantonHolidaysSchema = Type.Object(
  { citation: CitationSchema, holidays: Type.Array(HolidayRuleSchema, { minItems: 1 }) },
  { additionalProperties: false },
);

export const HolidayTableSchema = Type.Object(
  {
    generatedBy: NonEmptyText,
    source: Type.Object({ package: NonEmptyText, version: NonEmptyText, filter: NonEmptyText }, { additionalProperties: false }),
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema,
    cantons: Type.Record(Type.String({ pattern: '^[A-Z]{2}$' }), CantonHolidaysSchema),
  },
  { additionalProperties: false },
);

// Published as plain interfaces (see published-types.ts).
export type { HolidayRule, CantonHolidays, HolidayTable };
