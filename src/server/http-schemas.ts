import { Type } from '@sinclair/typebox';
import { IsoDateSchema, LocalizedSchema } from '../schemas/common.js';

// The schemas of what only the server answers (problems, health, norms in force, NDJSON lines), in the
// same TypeBox as the SDK's: the OpenAPI document converts them all the same way.

const Text = Type.String();
const Opt = Type.Optional;

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'urn:lp-rules:problem:<code>' }),
    title: Text,
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Text,
    instance: Opt(Text),
    code: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', description: "The library's error code (INVALID_INPUT, NO_NORM_IN_FORCE…)" }),
    requestId: Opt(Text),
    issues: Opt(
      Type.Array(
        Type.Object(
          { path: Type.String({ description: 'JSON pointer (RFC 6901) into the request body or query' }), code: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' }), message: Text },
          { additionalProperties: false },
        ),
      ),
    ),
    details: Opt(Type.Record(Type.String(), Type.String())),
  },
  { additionalProperties: false, description: 'RFC 9457 problem details; texts in the language of Accept-Language (fr or en)' },
);

export const HealthSchema = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false });
export const ReadySchema = Type.Object({ status: Type.Literal('ready'), norms: Type.String({ pattern: '^sha256:[0-9a-f]{64}$' }) }, { additionalProperties: false });

export const RuleSummarySchema = Type.Object(
  {
    id: Text,
    ruleSet: Text,
    title: LocalizedSchema,
    citation: Text,
    validFrom: IsoDateSchema,
    validTo: Opt(IsoDateSchema),
    event: Type.Object({ type: Text }, { additionalProperties: true }),
  },
  { additionalProperties: false },
);
export const RulesSchema = Type.Array(RuleSummarySchema);

const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);
export const ParametersSchema = Type.Object(
  {
    family: Text,
    title: LocalizedSchema,
    at: IsoDateSchema,
    parameters: Type.Array(
      Type.Object(
        {
          name: Text,
          description: LocalizedSchema,
          kind: Text,
          unit: Opt(Text),
          value: Type.Union([Scalar, Type.Array(Type.Unknown()), Type.Object({}, { additionalProperties: true }), Type.Null()]),
          version: Type.Union([Text, Type.Null()]),
          validFrom: Type.Union([IsoDateSchema, Type.Null()]),
          validTo: Type.Union([IsoDateSchema, Type.Null()]),
          citation: Type.Union([Text, Type.Null()]),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const NormsSchema = Type.Object(
  {
    at: IsoDateSchema,
    package: Type.String({ pattern: '^lp-rules@\\S+$' }),
    files: Type.Array(Text, { description: 'Norm files loaded with --norms, in the order applied' }),
    fingerprint: Type.String({ pattern: '^sha256:[0-9a-f]{64}$', description: 'SHA-256 of what the norms in force say on that date' }),
    families: Type.Array(
      Type.Object(
        {
          family: Text,
          title: LocalizedSchema,
          edition: Text,
          status: Type.Union([Type.Literal('official'), Type.Literal('provisional')]),
          verifiedOn: Type.Union([IsoDateSchema, Type.Null()]),
          origin: Opt(Text),
          fingerprint: Type.Union([Type.String({ pattern: '^sha256:[0-9a-f]{64}$' }), Type.Null()], { description: "What a result using this family alone carries; null when nothing is in force" }),
          problems: Type.Array(Type.Object({ code: Text, message: LocalizedSchema }, { additionalProperties: false })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** One output line of `POST /v1/recalculate`: exactly one per input line, in input order. */
export const RecalculationLineSchema = Type.Object(
  {
    line: Type.Integer({ minimum: 1 }),
    id: Opt(Text),
    ok: Type.Boolean(),
    result: Opt(Type.Object({ minimumVital: Text, seizable: Text, normsVersion: Text }, { additionalProperties: true })),
    error: Opt(
      Type.Object(
        {
          code: Text,
          message: LocalizedSchema,
          issues: Opt(Type.Array(Type.Object({ path: Text, code: Text, message: LocalizedSchema }, { additionalProperties: false }))),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const HTTP_SCHEMAS = {
  Problem: ProblemSchema,
  Health: HealthSchema,
  Ready: ReadySchema,
  Rules: RulesSchema,
  ParametersInForce: ParametersSchema,
  NormsInForce: NormsSchema,
  RecalculationLine: RecalculationLineSchema,
} as const;
