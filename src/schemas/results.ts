import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { ReasonCode } from '../core/reason-codes.generated.js';
import { IsoDateSchema, LocalizedSchema } from './common.js';

// Output schemas: what every public function returns, published as `<Name>Result.schema.json` and checked
// against the worked examples and the fuzzer's outputs. test/result-types.test.ts keeps each in step with
// its TypeScript interface.

/** Money out: exactly two decimals, never NaN or Infinity. */
export const MoneyOutSchema = Type.String({ pattern: '^-?\\d+\\.\\d{2}$' });
const Opt = Type.Optional;

/** Where a result comes from: the package, the norm editions applied and their status, a fingerprint. */
export const ProvenanceSchema = Type.Object(
  {
    package: Type.String({ pattern: '^lp-rules@\\S+$' }),
    norms: Type.Array(
      Type.Object(
        {
          family: Type.String({ pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*$' }),
          source: Type.String({ pattern: '\\S' }),
          editions: Type.Array(
            Type.Object(
              { edition: Type.String({ pattern: '\\S' }), status: Type.Union([Type.Literal('official'), Type.Literal('provisional')]), origin: Opt(Type.String()) },
              { additionalProperties: false },
            ),
          ),
          origin: Opt(Type.String()),
          latestKnown: Opt(Type.Literal(true)),
        },
        { additionalProperties: false },
      ),
    ),
    provisional: Type.Boolean(),
    latestKnown: Type.Boolean(),
    fingerprint: Type.String({ pattern: '^sha256:[0-9a-f]{64}$' }),
  },
  { additionalProperties: false, $id: 'Provenance' },
);

// Every public function's result carries its provenance.
const Strict = <T extends Record<string, TSchema>>(props: T, $id: string) => Type.Object({ ...props, provenance: ProvenanceSchema }, { additionalProperties: false, $id });
const ProvenanceInline = Type.Object(ProvenanceSchema.properties, { additionalProperties: false });
const DateOrNull = Type.Union([IsoDateSchema, Type.Null()]);

export const TraceStepSchema = Type.Object(
  {
    rule: Type.String({ pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)+$' }),
    citation: Type.String({ pattern: '\\S' }),
    text: LocalizedSchema,
    values: Opt(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]))),
  },
  { additionalProperties: false },
);
const Trace = Type.Array(TraceStepSchema, { minItems: 1 });
export const ReasonSchema = Type.Object(
  // Typed as the package's codes; the published schema admits any code, as a norm file may add its own.
  { code: Type.Unsafe<ReasonCode>(Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' })), rule: Type.String(), citation: Type.String({ pattern: '\\S' }), message: LocalizedSchema },
  { additionalProperties: false },
);
const Reasons = Type.Array(ReasonSchema);
const Extension = Type.Object(
  { reason: Type.Union((['saturday', 'sunday', 'holiday', 'feries'] as const).map((r) => Type.Literal(r))), until: IsoDateSchema, name: Opt(Type.String()) },
  { additionalProperties: false },
);
const deadline = {
  effectiveFrom: IsoDateSchema,
  startsOn: IsoDateSchema,
  nominalEnd: IsoDateSchema,
  lastDay: IsoDateSchema,
  extensions: Type.Array(Extension),
  timely: Opt(Type.Boolean()),
  trace: Trace,
};

export const RESULT_SCHEMAS = {
  // Discriminated on `accepted`: accepted with no reason, or refused with at least one. (Provenance inline:
  // one `$id` may appear once per schema.)
  validatePayment: Type.Union(
    [
      Type.Object(
        { accepted: Type.Literal(true), kind: Opt(Type.Union([Type.Literal('full'), Type.Literal('partial')])), balanceAfter: Opt(MoneyOutSchema), reasons: Type.Tuple([]), trace: Trace, provenance: ProvenanceInline },
        { additionalProperties: false },
      ),
      Type.Object(
        { accepted: Type.Literal(false), balanceAfter: Opt(MoneyOutSchema), reasons: Type.Unsafe<[Static<typeof ReasonSchema>, ...Static<typeof ReasonSchema>[]]>(Type.Array(ReasonSchema, { minItems: 1 })), trace: Trace, provenance: ProvenanceInline },
        { additionalProperties: false },
      ),
    ],
    { $id: 'ValidatePaymentResult' },
  ),
  dayStatus: Strict(
    { publicHoliday: Type.Boolean(), holidayName: Opt(LocalizedSchema), workingDay: Type.Boolean(), feries: Type.Boolean(), trace: Trace },
    'DayStatusResult',
  ),
  computeDeadline: Strict(deadline, 'DeadlineResult'),
  oppositionDeadline: Strict(deadline, 'OppositionDeadlineResult'),
  paymentDeadline: Strict({ ...deadline, earliestContinuationOn: IsoDateSchema, paymentTimely: Opt(Type.Boolean()) }, 'PaymentDeadlineResult'),
  enforcementActAllowed: Strict({ allowed: Type.Boolean(), reasons: Reasons, trace: Trace }, 'EnforcementActResult'),
  deemedDelivery: Strict({ deliveredOn: DateOrNull, reasons: Reasons, trace: Trace }, 'DeemedDeliveryResult'),
  computeMinimumVital: Strict(
    {
      total: MoneyOutSchema,
      breakdown: Type.Array(Type.Object({ item: Type.String(), amount: MoneyOutSchema, citation: Type.String({ pattern: '\\S' }) }, { additionalProperties: false }), { minItems: 1 }),
      normsVersion: Type.String({ pattern: '\\S' }),
      trace: Trace,
    },
    'MinimumVitalResult',
  ),
  seizableQuota: Strict(
    { seizable: MoneyOutSchema, debtorShareOfMinimum: MoneyOutSchema, spouseShareOfMinimum: Opt(MoneyOutSchema), incomeSeizureEndsOn: Opt(IsoDateSchema), trace: Trace },
    'SeizableQuotaResult',
  ),
  canContinue: Strict(
    {
      allowed: Type.Boolean(),
      earliestOn: IsoDateSchema,
      expiresOn: IsoDateSchema,
      suspendedDays: Type.Integer({ minimum: 0 }),
      scope: Type.Union([Type.Literal('whole-claim'), Type.Literal('undisputed-part')]),
      reasons: Reasons,
      trace: Trace,
    },
    'ContinuationResult',
  ),
  saleWindow: Strict({ opensOn: DateOrNull, closesOn: IsoDateSchema, trace: Trace }, 'SaleWindowResult'),
  adbStatus: Strict(
    {
      interestAccrues: Type.Literal(false),
      continuationUntil: IsoDateSchema,
      continuationFrom: Type.Union([Type.Literal('notification'), Type.Literal('issuance')]),
      prescribesOn: IsoDateSchema,
      lastDayToInterrupt: IsoDateSchema,
      trace: Trace,
    },
    'AdbStatusResult',
  ),
  extractVisibility: Strict(
    { visibleToThirdParties: Type.Boolean(), visibleUntil: DateOrNull, shownAs: Opt(Type.Union([Type.Literal('paid'), Type.Literal('open')])), trace: Trace },
    'ExtractVisibilityResult',
  ),
  hideRequestEarliest: Strict(
    {
      on: IsoDateSchema,
      until: DateOrNull,
      applies: Type.Boolean(),
      version: Type.Union([Type.String(), Type.Null()]),
      timely: Opt(Type.Boolean()),
      windows: Type.Array(Type.Object({ from: IsoDateSchema, until: DateOrNull, version: Type.String() }, { additionalProperties: false })),
      reasons: Reasons,
      trace: Trace,
    },
    'HideRequestResult',
  ),
  hideRequestDecision: Strict(
    {
      disclosed: Type.Boolean(),
      status: Type.Union((['request-refused', 'awaiting-proof', 'proof-in-time', 'not-disclosed', 'visible-again', 'rejection-proved'] as const).map((x) => Type.Literal(x))),
      requestTimely: Type.Boolean(),
      proofDeadline: DateOrNull,
      version: Type.Union([Type.String(), Type.Null()]),
      decisionVersion: Type.Union([Type.String(), Type.Null()]),
      asOf: IsoDateSchema,
      reasons: Reasons,
      trace: Trace,
    },
    'HideRequestDecisionResult',
  ),
  mainleveeRoute: Strict({ route: Type.Union((['definitive', 'provisional', 'ordinary-action'] as const).map((r) => Type.Literal(r))), trace: Trace }, 'MainleveeResult'),
  caseTimeline: Strict(
    {
      milestones: Type.Array(
        Type.Object({ date: IsoDateSchema, kind: Type.String(), rule: Type.String(), citation: Type.String({ pattern: '\\S' }), label: LocalizedSchema }, { additionalProperties: false }),
        { minItems: 1 },
      ),
      periods: Type.Array(
        Type.Object({ from: IsoDateSchema, to: IsoDateSchema, kind: Type.Union([Type.Literal('feries'), Type.Literal('proceedings')]), name: LocalizedSchema }, { additionalProperties: false }),
      ),
      trace: Trace,
    },
    'CaseTimelineResult',
  ),
  authorizeCardPayment: Strict({ approved: Type.Boolean(), reasons: Reasons, holderBearsRisk: Type.Boolean(), trace: Trace }, 'CardAuthorizationResult'),
  cardDeadlines: Strict(
    { validThrough: Opt(IsoDateSchema), reportMissingReplacementBy: Opt(IsoDateSchema), contestBy: Opt(IsoDateSchema), reservationMayRemainUntil: Opt(IsoDateSchema), trace: Type.Array(TraceStepSchema) },
    'CardDeadlinesResult',
  ),
  ocpmOrder: Strict(
    {
      cancellable: Type.Boolean(),
      feeDue: Type.Boolean(),
      refundable: Type.Boolean(),
      delivery: Type.Object({ earliest: IsoDateSchema, latest: IsoDateSchema, binding: Type.Literal(false) }, { additionalProperties: false }),
      trace: Trace,
    },
    'OcpmOrderResult',
  ),
} as const;

export type ResultFunction = keyof typeof RESULT_SCHEMAS;
