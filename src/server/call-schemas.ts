import { Type, type TSchema } from '@sinclair/typebox';
import { FAST_ITEMS } from '../engines/seizure/minimum-vital.js';
import { HOUSEHOLD_TYPES } from '../engines/seizure/norms.js';
import { IsoDateSchema, LocalizedSchema } from '../schemas/common.js';
import { EvaluateOptionsSchema, RecalculationOptionsSchema, SeizurePlanOptionsSchema } from '../schemas/options.js';
import { MoneyOutSchema, ProvenanceSchema, TraceStepSchema } from '../schemas/results.js';
import { SeizureFileSchema } from '../schemas/seizure-file.js';
import { RecalculationLineSchema } from './http-schemas.js';

// The JSON bodies and answers of the public functions whose arguments are not one input object
// (`evaluate`, `seizurePlan`, `compareQuotas`): each argument under its own name, the SDK's own schemas
// inside. What cannot cross HTTP (a loaded rule set, norms objects, a plan's methods) is said here.

const Opt = Type.Optional;
const Loose = (description?: string) => Type.Object({}, { additionalProperties: true, ...(description ? { description } : {}) });
/** A schema nested under another: its `$id` belongs to the published file, not to this place. */
const inner = <T extends TSchema>(s: T): T => {
  const { $id: _id, ...rest } = s as T & { $id?: string };
  return rest as T;
};
const Provenance = Type.Object(ProvenanceSchema.properties, { additionalProperties: false });
const Centimes = Type.Integer({ minimum: 0, description: 'integer centimes' });

export const EvaluateRequestSchema = Type.Object(
  {
    ruleSet: Type.String({ description: 'A norm family by id (e.g. payment.ocp), in the version of the norms the server loaded (--norms)' }),
    facts: Loose('One value per fact the family declares (null where it allows it)'),
    options: Opt(inner(EvaluateOptionsSchema)),
  },
  { additionalProperties: false, description: "evaluate(ruleSet, facts, options): the arguments by name. A rule set object (defineRuleSet) does not cross HTTP: a family is named by id" },
);

export const EvaluationSchema = Type.Object(
  {
    ruleSet: Type.String(),
    parameters: Type.Object(
      {
        asOf: Type.Union([IsoDateSchema, Type.Null()]),
        values: Type.Record(Type.String(), Type.Unknown()),
        versions: Type.Record(Type.String(), Loose()),
      },
      { additionalProperties: false, description: 'The dated parameters applied: each value in force and its version' },
    ),
    fired: Type.Array(
      Type.Object(
        {
          rule: Type.Object({ id: Type.String(), title: LocalizedSchema, validFrom: IsoDateSchema }, { additionalProperties: true, description: 'The rule as its norm file states it' }),
          event: Type.Object({ type: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' }), params: Type.Object({ message: LocalizedSchema }, { additionalProperties: false }) }, { additionalProperties: false }),
        },
        { additionalProperties: false },
      ),
      { description: 'The rules whose conditions held, in file order' },
    ),
    trace: Type.Array(TraceStepSchema),
    provenance: Provenance,
  },
  { additionalProperties: false },
);

const HouseholdSchema = Type.Object(
  {
    type: Type.Union(HOUSEHOLD_TYPES.map((t) => Type.Literal(t))),
    childAges: Type.Array(Type.Integer({ minimum: 0 }), { description: "Each child's age at asOf, in completed years" }),
    rent: Type.Union([Type.Object({ centimes: Centimes, proven: Type.Boolean() }, { additionalProperties: false }), Type.Null()]),
    rentShare: Type.Object({ num: Type.Integer({ minimum: 0 }), den: Type.Integer({ minimum: 1 }) }, { additionalProperties: false, description: "The debtor's share of the rent, num/den" }),
    expenses: Type.Array(Type.Object({ item: Type.Union(FAST_ITEMS.slice(3).map((i) => Type.Literal(i))), centimes: Centimes, proven: Type.Boolean() }, { additionalProperties: false })),
    taxes: Type.Union([Centimes, Type.Null()]),
  },
  { additionalProperties: false, description: "A household in the plan's own shape (integer centimes)" },
);

export const SeizurePlanRequestSchema = Type.Object(
  {
    options: inner(SeizurePlanOptionsSchema),
    minimumVital: Opt(Type.Array(HouseholdSchema, { description: 'plan.minimumVital(household) for each' })),
    quota: Opt(
      Type.Array(
        Type.Object({ netIncome: Centimes, minimum: Centimes, spouseNetIncome: Opt(Type.Union([Centimes, Type.Null()])) }, { additionalProperties: false }),
        { description: 'plan.quota(netIncome, minimum, spouseNetIncome) for each' },
      ),
    ),
  },
  { additionalProperties: false, description: "seizurePlan(options), then its methods applied to each item of each list: a plan's methods do not cross HTTP, their calls do" },
);

export const SeizurePlanResultSchema = Type.Object(
  {
    normsVersion: Type.String(),
    provenance: Provenance,
    minimumVital: Opt(Type.Array(Centimes, { description: 'In the order of the households asked' })),
    quota: Opt(Type.Array(Type.Object({ share: Centimes, seizable: Centimes }, { additionalProperties: false }), { description: 'In the order asked' })),
  },
  { additionalProperties: false },
);

const SideSchema = Type.Omit(inner(RecalculationOptionsSchema), ['trace'], {
  additionalProperties: false,
  description: "One side: the date and readings it recalculates with, in the norms the server loaded (a side's own norms do not cross HTTP)",
});

export const CompareQuotasRequestSchema = Type.Object(
  {
    records: Type.Array(inner(SeizureFileSchema), { description: 'Seizure files; one that is not one is answered as an error on both sides, never dropped' }),
    sides: Type.Object({ base: SideSchema, compare: SideSchema }, { additionalProperties: false }),
  },
  { additionalProperties: false, description: 'compareQuotas(records, sides): the arguments by name' },
);

const Totals = {
  records: Type.Integer({ minimum: 0 }),
  changed: Type.Integer({ minimum: 0 }),
  up: Type.Integer({ minimum: 0 }),
  down: Type.Integer({ minimum: 0 }),
  seizableBefore: MoneyOutSchema,
  seizableAfter: MoneyOutSchema,
};

export const ComparisonsSchema = Type.Object(
  {
    comparisons: Type.Array(
      Type.Object(
        {
          line: Type.Integer({ minimum: 1 }),
          id: Opt(Type.String()),
          householdType: Opt(Type.String()),
          base: RecalculationLineSchema,
          compare: RecalculationLineSchema,
          delta: Opt(Type.Object({ minimumVital: MoneyOutSchema, seizable: MoneyOutSchema }, { additionalProperties: false, description: 'compare − base; absent when either side has an error' })),
        },
        { additionalProperties: false },
      ),
      { description: 'One per record, in input order' },
    ),
    summary: Type.Object(
      {
        ...Totals,
        errors: Type.Integer({ minimum: 0 }),
        byHouseholdType: Type.Record(Type.String(), Type.Object(Totals, { additionalProperties: false })),
        distribution: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), records: Type.Integer({ minimum: 0 }) }, { additionalProperties: false })),
      },
      { additionalProperties: false, description: 'summarizeComparisons() over the same comparisons' },
    ),
  },
  { additionalProperties: false },
);
