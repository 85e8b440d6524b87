import { Type } from '@sinclair/typebox';
import { CantonCodeSchema } from './calendar.js';
import { IsoDateSchema } from './common.js';
import { InterpretationSchema } from './interpretation.js';
import { SeizureInterpretationSchema } from './seizure.js';
import type { EvaluateOptionsInput, DeadlineComputerOptionsInput, SeizurePlanOptionsInput, RecalculationOptionsInput } from './types.generated.js';

// The options of the entry points that take something other than one input object (`evaluate`, the
// batch factories, `recalculateQuotas`): checked like every input, published like every schema.

export const EvaluateOptionsSchema = Type.Object(
  {
    /** Reference date: the norms in force that day apply. Without it, the latest known version (the trace says so). */
    asOf: Type.Optional(IsoDateSchema),
    /** `compiled` (default, synchronous) or `reference` (json-rules-engine, returns a Promise). */
    engine: Type.Optional(Type.Union([Type.Literal('compiled'), Type.Literal('reference')])),
    /** Build the trace (default true). */
    trace: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, $id: 'EvaluateOptions' },
);

export const DeadlineComputerOptionsSchema = Type.Object(
  {
    /** The reference date whose norms apply to every deadline computed. */
    asOf: IsoDateSchema,
    canton: Type.Optional(CantonCodeSchema),
    /** Period in days (added to `months`); at least one of the two above zero. */
    days: Type.Optional(Type.Integer({ minimum: 0, maximum: 36_600 })),
    /** Period in months: ends on the same-numbered day (CPC 142 al. 2). */
    months: Type.Optional(Type.Integer({ minimum: 0, maximum: 1200 })),
    /** LP 63 applies (default true). */
    lp63: Type.Optional(Type.Boolean()),
    interpretation: Type.Optional(InterpretationSchema),
  },
  { additionalProperties: false, $id: 'DeadlineComputerOptions' },
);

export const SeizurePlanOptionsSchema = Type.Object(
  {
    /** The reference date: the minimum-vital norms and the quota rules in force that day apply. */
    asOf: IsoDateSchema,
    /** Alternative readings (norms §4 item 11); the primary ones otherwise. */
    readings: Type.Optional(SeizureInterpretationSchema),
    /** Where no norms version covers `asOf`, apply the latest known one instead of throwing. */
    latestKnownNorms: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, $id: 'SeizurePlanOptions' },
);

export const RecalculationOptionsSchema = Type.Object(
  {
    /** The recalculation date: overrides each file's `asOf`. */
    asOf: Type.Optional(IsoDateSchema),
    /** Explain each result (off by default in bulk). */
    trace: Type.Optional(Type.Boolean()),
    /** Applied to every file that does not set its own. */
    interpretation: Type.Optional(SeizureInterpretationSchema),
    /** Where no norms version covers the date, apply the latest known one (stated in each result). */
    latestKnownNorms: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, $id: 'RecalculationOptions' },
);

// Published as plain interfaces (see published-types.ts).
export type { EvaluateOptionsInput, DeadlineComputerOptionsInput, SeizurePlanOptionsInput, RecalculationOptionsInput };
