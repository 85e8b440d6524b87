import { Type } from '@sinclair/typebox';
import { IsoDateSchema, LocalizedSchema, NonEmptyText } from './common.js';
import type { Citation, LeafCondition, Condition, RuleDefinition, Parameter, FactDeclaration, RuleSetDefinition, DayAnchor, Period, EditionInfo } from './types.generated.js';

/**
 * The shape of a norm file (`*.rules.json`). Conditions are json-rules-engine JSON restricted to
 * operators both evaluators implement identically; amounts and lists come from dated parameters.
 */

const Identifier = Type.String({ pattern: '^[a-z][a-zA-Z0-9]*$' });
const RuleId = Type.String({ pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)+$' });
const Path = Type.String({ pattern: '^\\$(\\.[A-Za-z_][A-Za-z0-9_]*)+$', description: 'JSONPath subset: $.a.b' });

export const CitationSchema = Type.Object(
  {
    /** The act or terms, e.g. "LP", "CPC", "CG OCP". */
    document: NonEmptyText,
    /** Article or section, e.g. "74". */
    article: NonEmptyText,
    /** "al." (alinéa), e.g. LP 74 al. 1. */
    paragraph: Type.Optional(NonEmptyText),
    /** "ch." (chiffre), e.g. LP 69 al. 2 ch. 2. */
    number: Type.Optional(NonEmptyText),
    /** "let." (lettre), e.g. CPC 138 al. 3 let. a. */
    letter: Type.Optional(NonEmptyText),
    /** The source's own words (French), beside the rule that implements them. */
    quote: Type.Optional(NonEmptyText),
    url: Type.Optional(Type.String({ pattern: '^https://' })),
    /**
     * How the content was checked (norms §0): `secondary` — only in secondary reproductions of the text
     * (court-decision summaries, commentaries; the official text was not seen). Absent: the official
     * text or the seed document itself.
     */
    provenance: Type.Optional(Type.Literal('secondary')),
  },
  { additionalProperties: false },
);

export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'isDecimal',
  'decimalLessThan',
  'decimalLessThanInclusive',
  'decimalGreaterThan',
  'decimalGreaterThanInclusive',
  'decimalScaleGreaterThan',
  'dateBefore',
  'dateOnOrBefore',
  'dateAfter',
  'dateOnOrAfter',
  'dateMonthAfter',
  'timeBefore',
  'timeOnOrBefore',
  'timeAfter',
  'timeOnOrAfter',
] as const;

const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);
const FactRef = Type.Object({ fact: Identifier, path: Type.Optional(Path) }, { additionalProperties: false });

export const LeafConditionSchema = Type.Object(
  {
    fact: Identifier,
    path: Type.Optional(Path),
    operator: Type.Union(OPERATORS.map((o) => Type.Literal(o))),
    value: Type.Union([Scalar, Type.Array(Scalar), FactRef]),
    /** The sentence this condition implements, for the rule catalogue. */
    description: Type.Optional(LocalizedSchema),
  },
  { additionalProperties: false },
);

export const ConditionSchema = Type.Recursive(
  (Self) =>
    Type.Union([
      Type.Object({ all: Type.Array(Self, { minItems: 1 }) }, { additionalProperties: false }),
      Type.Object({ any: Type.Array(Self, { minItems: 1 }) }, { additionalProperties: false }),
      Type.Object({ not: Self }, { additionalProperties: false }),
      LeafConditionSchema,
    ]),
  { $id: 'Condition' },
);

const ConditionRef = Type.Ref(ConditionSchema);

export const RuleSchema = Type.Object(
  {
    id: RuleId,
    title: LocalizedSchema,
    citation: CitationSchema,
    /** First day this version of the rule is in force. */
    validFrom: IsoDateSchema,
    /** Last day it is in force (both days included); open-ended without it. */
    validTo: Type.Optional(IsoDateSchema),
    // json-rules-engine wants a boolean operator at the root.
    conditions: Type.Union([
      Type.Object({ all: Type.Array(ConditionRef, { minItems: 1 }) }, { additionalProperties: false }),
      Type.Object({ any: Type.Array(ConditionRef, { minItems: 1 }) }, { additionalProperties: false }),
      Type.Object({ not: ConditionRef }, { additionalProperties: false }),
    ]),
    event: Type.Object(
      {
        type: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' }),
        params: Type.Object({ message: LocalizedSchema }, { additionalProperties: false }),
      },
      { additionalProperties: false },
    ),
    /** Wording for the trace when the rule's condition does not hold (the norm is satisfied). */
    satisfied: LocalizedSchema,
  },
  { additionalProperties: false },
);

/** A day of the year, fixed (15 July) or relative to Easter Sunday (Easter − 7). */
export const DayAnchorSchema = Type.Union([
  Type.Object(
    { month: Type.Integer({ minimum: 1, maximum: 12 }), day: Type.Integer({ minimum: 1, maximum: 31 }) },
    { additionalProperties: false },
  ),
  Type.Object({ easter: Type.Integer({ minimum: -60, maximum: 60 }) }, { additionalProperties: false }),
]);

/** A yearly period, both ends included; `to` before `from` crosses the new year (18 December – 1 January). */
export const PeriodSchema = Type.Object(
  { id: Identifier, name: LocalizedSchema, from: DayAnchorSchema, to: DayAnchorSchema },
  { additionalProperties: false },
);

const ParameterValueSchema = Type.Object(
  {
    validFrom: IsoDateSchema,
    validTo: Type.Optional(IsoDateSchema),
    value: Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String()), Type.Array(PeriodSchema, { minItems: 1 })]),
    citation: CitationSchema,
    /** The name of the norms edition this value belongs to, e.g. "NI-2026": reported as `normsVersion`. */
    version: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9 .-]*$' })),
    /** Why this date or value, where the source leaves it open. */
    note: Type.Optional(LocalizedSchema),
  },
  { additionalProperties: false },
);

export const ParameterSchema = Type.Object(
  {
    kind: Type.Union([
      Type.Literal('decimal'),
      Type.Literal('integer'),
      Type.Literal('list'),
      Type.Literal('text'),
      /** `HH:mm`, a time of day in Geneva. */
      Type.Literal('time'),
      Type.Literal('boolean'),
      Type.Literal('periods'),
    ]),
    unit: Type.Optional(NonEmptyText),
    description: LocalizedSchema,
    values: Type.Array(ParameterValueSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export const FACT_KINDS = ['decimal', 'date', 'month', 'time', 'enum', 'boolean', 'text'] as const;

export const FactSchema = Type.Object(
  {
    kind: Type.Union(FACT_KINDS.map((k) => Type.Literal(k))),
    /** For `enum` facts: the values the fact may take (besides `null`). */
    values: Type.Optional(Type.Array(Type.String(), { minItems: 1 })),
    nullable: Type.Boolean(),
    description: LocalizedSchema,
  },
  { additionalProperties: false },
);

/** One edition of a norm family (e.g. "NI-2026"): the dated parameter values named `version` by it. */
export const EditionInfoSchema = Type.Object(
  {
    edition: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9 .-]*$' }),
    status: Type.Union([Type.Literal('official'), Type.Literal('provisional')]),
    validFrom: IsoDateSchema,
    validTo: Type.Optional(IsoDateSchema),
    /** The day someone last checked the values against the source. */
    verifiedOn: Type.Optional(IsoDateSchema),
    source: Type.Optional(
      Type.Object(
        {
          document: NonEmptyText,
          title: Type.Union([NonEmptyText, LocalizedSchema]),
          adoptedOn: Type.Optional(IsoDateSchema),
          url: Type.Optional(Type.String({ pattern: '^https://' })),
        },
        { additionalProperties: false },
      ),
    ),
    /** Where it was loaded from: absent for the package's own, the file's name otherwise. */
    origin: Type.Optional(NonEmptyText),
    supersedes: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9 .-]*$' })),
    note: Type.Optional(LocalizedSchema),
  },
  { additionalProperties: false },
);

export const RuleSetSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*$' }),
    title: LocalizedSchema,
    source: Type.Object(
      {
        document: NonEmptyText,
        title: LocalizedSchema,
        edition: NonEmptyText,
        seed: Type.Optional(NonEmptyText),
        url: Type.Optional(Type.String({ pattern: '^https://' })),
        /** The day someone last checked the family against its source. */
        verifiedOn: Type.Optional(IsoDateSchema),
      },
      { additionalProperties: false },
    ),
    /** The facts the rules read, by name: kind, allowed values, whether `null` is allowed. */
    facts: Type.Record(Identifier, FactSchema, { additionalProperties: false }),
    /** The dated parameters (amounts, periods, lists), by name, each with its history. */
    parameters: Type.Record(Identifier, ParameterSchema, { additionalProperties: false }),
    /** The norms, in the order they are evaluated and reported. */
    rules: Type.Array(RuleSchema, { minItems: 1 }),
    /** The editions that name parameter versions (`version`), with their status and sources. */
    editions: Type.Optional(Type.Array(EditionInfoSchema)),
  },
  { additionalProperties: false, $id: 'RuleSet', $defs: { Condition: ConditionSchema } },
);

/**
 * One version of a parameter: its value, its validity dates and its source.
 * @interface
 */
export type ParameterValue = Parameter['values'][number];
export type Operator = (typeof OPERATORS)[number];

// Published as plain interfaces (see published-types.ts).
export type { Citation, LeafCondition, Condition, RuleDefinition, Parameter, FactDeclaration, RuleSetDefinition, DayAnchor, Period, EditionInfo };
