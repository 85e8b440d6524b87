import type { TSchema } from '@sinclair/typebox';
import type { LpRules } from '../api/create-lp-rules.js';
import { SCHEMAS, type SchemaName } from '../schemas/registry.js';
import { RESULT_SCHEMAS, type ResultFunction } from '../schemas/results.js';
import { ComparisonsSchema, CompareQuotasRequestSchema, EvaluateRequestSchema, EvaluationSchema, SeizurePlanRequestSchema, SeizurePlanResultSchema } from './call-schemas.js';
import { compareQuotasCall, evaluateCall, seizurePlanCall } from './sdk-calls.js';

/** One public function over HTTP: `POST /v1/<name>`, its body's schema and its answer's, each by component name. */
export interface HttpFunction {
  name: string;
  input: { name: string; schema: TSchema };
  result: { name: string; schema: TSchema };
  /** What it answers, for the OpenAPI description (the function's own doc stays in the SDK). */
  summary: string;
  /** The call: the body in, the library's result out. `signal` aborts when the request's time is up. */
  call(lp: LpRules, body: unknown, signal: AbortSignal): unknown;
  /** Answers beyond the ones every function has (400, 413, 415, 422, 500), by status. */
  problems?: Readonly<Record<string, string>>;
  /** Worked examples of the body (the calculators' own are in their examples.json). */
  examples?: readonly { name: string; input: unknown }[];
}

/** A calculator: one input object, checked by the SDK; its published input and result schemas. */
const calculator = (name: ResultFunction & keyof LpRules, input: SchemaName, summary: string): HttpFunction => ({
  name,
  input: { name: input, schema: SCHEMAS[input] },
  result: { name: RESULT_SCHEMAS[name].$id as string, schema: RESULT_SCHEMAS[name] },
  summary,
  call: (lp, body) => (lp[name] as (input: unknown) => unknown)(body),
});

/**
 * THE table of functions served: routes, the OpenAPI document and the contract test are all built from
 * it and from the SDK's own schemas, so the HTTP face cannot drift from the package.
 */
export const HTTP_FUNCTIONS: readonly HttpFunction[] = [
  calculator('validatePayment', 'ValidatePaymentInput', 'Whether the OCP accepts an online payment (CG OCP)'),
  calculator('dayStatus', 'DayStatusInput', 'Public holiday, working day, féries of a day'),
  calculator('computeDeadline', 'ComputeDeadlineInput', 'The last day of a time limit (LP 31, 63)'),
  calculator('oppositionDeadline', 'OppositionDeadlineInput', 'Time limit to oppose a payment order (LP 74)'),
  calculator('paymentDeadline', 'PaymentDeadlineInput', 'Time limit to pay and earliest continuation (LP 69, 88)'),
  calculator('enforcementActAllowed', 'EnforcementActInput', 'Whether an enforcement act may be done on a day (LP 56)'),
  calculator('deemedDelivery', 'DeemedDeliveryInput', 'When an undelivered act is deemed delivered'),
  calculator('computeMinimumVital', 'MinimumVitalInput', 'Minimum vital (LP 93, NI)'),
  calculator('seizableQuota', 'SeizableQuotaInput', 'Seizable part of an income (LP 93)'),
  calculator('canContinue', 'CanContinueInput', 'Whether the creditor may ask to continue (LP 88)'),
  calculator('saleWindow', 'SaleWindowInput', 'When a sale may be asked (LP 116)'),
  calculator('adbStatus', 'AdbStatusInput', 'Certificate of loss (ADB) status (LP 149, 149a)'),
  calculator('extractVisibility', 'ExtractVisibilityInput', 'Whether a procedure shows in an extract (LP 8a)'),
  calculator('hideRequestEarliest', 'HideRequestInput', 'Earliest request to hide a procedure (LP 8a al. 3 let. d)'),
  calculator('hideRequestDecision', 'HideRequestDecisionInput', 'Decision on a request to hide a procedure'),
  calculator('mainleveeRoute', 'MainleveeInput', 'Which lifting of an opposition applies (LP 80-82)'),
  calculator('caseTimeline', 'CaseTimelineInput', 'The milestones of a case'),
  calculator('authorizeCardPayment', 'AuthorizeCardPaymentInput', 'Card payment authorisation (card terms)'),
  calculator('cardDeadlines', 'CardDeadlinesInput', 'Card holder deadlines (card terms)'),
  calculator('ocpmOrder', 'OcpmOrderInput', 'OCPM order: cancellation, fee, delivery'),
  {
    name: 'evaluate',
    input: { name: 'EvaluateRequest', schema: EvaluateRequestSchema },
    result: { name: 'Evaluation', schema: EvaluationSchema },
    summary: 'Evaluates a norm family on facts: the rules that fired, the parameters applied, the trace',
    call: (lp, body) => evaluateCall(lp, body),
    problems: { '404': 'No such norm family (UNKNOWN_RULE_SET)' },
    examples: [
      {
        // Monday 4 May 2026: CHF 1000.01 by TWINT is above the OCP's limit for one online payment.
        name: 'payment.ocp, Monday 4 May 2026, CHF 1000.01 by TWINT: AMOUNT_ABOVE_LIMIT',
        input: {
          ruleSet: 'payment.ocp',
          facts: { amount: '1000.01', balance: '2000.00', targetKind: 'poursuite', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null },
          options: { asOf: '2026-05-04' },
        },
      },
      {
        name: 'payment.ocp, Monday 4 May 2026, the reference evaluator, no trace',
        input: {
          ruleSet: 'payment.ocp',
          facts: { amount: '200.00', balance: '2000.00', targetKind: 'poursuite', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null },
          options: { asOf: '2026-05-04', engine: 'reference', trace: false },
        },
      },
    ],
  },
  {
    name: 'seizurePlan',
    input: { name: 'SeizurePlanRequest', schema: SeizurePlanRequestSchema },
    result: { name: 'SeizurePlanResult', schema: SeizurePlanResultSchema },
    summary: "A seizure plan for a date (LP 93): its norms, then its methods applied to households and incomes, in centimes",
    call: (lp, body, signal) => seizurePlanCall(lp, body, signal),
    examples: [
      {
        // Monday 3 June 2024: single, proven rent 1792.00, professional costs 263.60 → 3255.60; income 3551.85 → 296.25.
        name: 'Monday 3 June 2024, single, rent 1792.00, income 3551.85',
        input: {
          options: { asOf: '2024-06-03' },
          minimumVital: [
            { type: 'single', childAges: [], rent: { centimes: 179200, proven: true }, rentShare: { num: 1, den: 1 }, expenses: [{ item: 'professional', centimes: 26360, proven: true }], taxes: null },
          ],
          quota: [{ netIncome: 355185, minimum: 325560 }],
        },
      },
    ],
  },
  {
    name: 'compareQuotas',
    input: { name: 'CompareQuotasRequest', schema: CompareQuotasRequestSchema },
    result: { name: 'Comparisons', schema: ComparisonsSchema },
    summary: 'What-if: seizure files recalculated on two dates (or readings), each comparison and the totals',
    call: (lp, body, signal) => compareQuotasCall(lp, body, signal),
    examples: [
      {
        name: 'Monday 3 June 2024 against Monday 1 June 2026, one single debtor and one unreadable record',
        input: {
          records: [{ id: 'A', household: { type: 'single' }, expenses: { rent: '1792.00' }, netIncome: '3551.85' }, { id: 'B', netIncome: '-1' }],
          sides: { base: { asOf: '2024-06-03' }, compare: { asOf: '2026-06-01' } },
        },
      },
    ],
  },
];

/**
 * The package's other exported functions: where their HTTP face is, or why they have none. A new export
 * must be served (above) or named here: test/server-functions.test.ts fails otherwise.
 */
export const OTHER_FACES: Readonly<Record<string, string>> = {
  recalculateQuotas: 'POST /v1/recalculate (NDJSON in and out, streamed)',
  summarizeComparisons: 'POST /v1/compareQuotas answers the summary of its comparisons',
  getRuleSet: 'GET /v1/rules, GET /v1/parameters/{id}',
  parametersInForce: 'GET /v1/parameters/{id}?at=',
  normsCurrency: 'GET /v1/norms?at=',
  loadNorms: 'lp-rules serve --norms: the server is one instance bound to the norms it loaded',
  createLpRules: 'lp-rules serve --norms: the server is one instance bound to the norms it loaded',
  defineRuleSet: 'none: a norm family is reviewed data shipped in the package; evaluate names one by id',
  deadlineComputer: "none: a hot-path factory (epoch days in and out, no trace); POST /v1/computeDeadline gives the same last day, with its trace",
  comparisonReport: 'none: an HTML report for people (lp-rules diff --report), not a JSON answer',
  safe: 'none: over HTTP every error is already a value (a problem document)',
};
