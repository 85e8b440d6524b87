import { Type } from '@sinclair/typebox';
import { IsoDateSchema, MoneySchema, NonEmptyText } from './common.js';
import { MinimumVitalInputSchema, SeizureInterpretationSchema } from './seizure.js';
import type { SeizureFile } from './types.generated.js';

/**
 * One open seizure file, as batch jobs recalculate it: the household and expenses of
 * `computeMinimumVital`, the incomes of `seizableQuota`, and the reference date (which the batch's
 * `asOf` overrides). Published as `SeizureFile.schema.json`.
 */
export const SeizureFileSchema = Type.Object(
  {
    /** The office's file number, echoed in the result. */
    id: Type.Optional(NonEmptyText),
    asOf: Type.Optional(IsoDateSchema),
    household: MinimumVitalInputSchema.properties.household,
    expenses: MinimumVitalInputSchema.properties.expenses,
    netIncome: MoneySchema,
    spouseNetIncome: Type.Optional(MoneySchema),
    seizedOn: Type.Optional(IsoDateSchema),
    latestKnownNorms: Type.Optional(Type.Boolean()),
    interpretation: Type.Optional(SeizureInterpretationSchema),
  },
  { additionalProperties: false, $id: 'SeizureFile' },
);

// Published as plain interfaces (see published-types.ts).
export type { SeizureFile };
