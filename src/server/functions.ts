import type { LpRules } from '../api/create-lp-rules.js';
import type { SchemaName } from '../schemas/registry.js';
import type { ResultFunction } from '../schemas/results.js';

/** One public function over HTTP: `POST /v1/<name>`, its input schema (by name) and its result schema. */
export interface HttpFunction {
  name: ResultFunction & keyof LpRules;
  input: SchemaName;
  /** What it answers, for the OpenAPI description (the function's own doc stays in the SDK). */
  summary: string;
}

/**
 * THE table of functions served: routes, the OpenAPI document and the contract test are all built from
 * it and from the SDK's own schemas, so the HTTP face cannot drift from the package.
 */
export const HTTP_FUNCTIONS: readonly HttpFunction[] = [
  { name: 'validatePayment', input: 'ValidatePaymentInput', summary: 'Whether the OCP accepts an online payment (CG OCP)' },
  { name: 'dayStatus', input: 'DayStatusInput', summary: 'Public holiday, working day, féries of a day' },
  { name: 'computeDeadline', input: 'ComputeDeadlineInput', summary: 'The last day of a time limit (LP 31, 63)' },
  { name: 'oppositionDeadline', input: 'OppositionDeadlineInput', summary: 'Time limit to oppose a payment order (LP 74)' },
  { name: 'paymentDeadline', input: 'PaymentDeadlineInput', summary: 'Time limit to pay and earliest continuation (LP 69, 88)' },
  { name: 'enforcementActAllowed', input: 'EnforcementActInput', summary: 'Whether an enforcement act may be done on a day (LP 56)' },
  { name: 'deemedDelivery', input: 'DeemedDeliveryInput', summary: 'When an undelivered act is deemed delivered' },
  { name: 'computeMinimumVital', input: 'MinimumVitalInput', summary: 'Minimum vital (LP 93, NI)' },
  { name: 'seizableQuota', input: 'SeizableQuotaInput', summary: 'Seizable part of an income (LP 93)' },
  { name: 'canContinue', input: 'CanContinueInput', summary: 'Whether the creditor may ask to continue (LP 88)' },
  { name: 'saleWindow', input: 'SaleWindowInput', summary: 'When a sale may be asked (LP 116)' },
  { name: 'adbStatus', input: 'AdbStatusInput', summary: 'Certificate of loss (ADB) status (LP 149, 149a)' },
  { name: 'extractVisibility', input: 'ExtractVisibilityInput', summary: 'Whether a procedure shows in an extract (LP 8a)' },
  { name: 'hideRequestEarliest', input: 'HideRequestInput', summary: 'Earliest request to hide a procedure (LP 8a al. 3 let. d)' },
  { name: 'hideRequestDecision', input: 'HideRequestDecisionInput', summary: 'Decision on a request to hide a procedure' },
  { name: 'mainleveeRoute', input: 'MainleveeInput', summary: 'Which lifting of an opposition applies (LP 80-82)' },
  { name: 'caseTimeline', input: 'CaseTimelineInput', summary: 'The milestones of a case' },
  { name: 'authorizeCardPayment', input: 'AuthorizeCardPaymentInput', summary: 'Card payment authorisation (card terms)' },
  { name: 'cardDeadlines', input: 'CardDeadlinesInput', summary: 'Card holder deadlines (card terms)' },
  { name: 'ocpmOrder', input: 'OcpmOrderInput', summary: 'OCPM order: cancellation, fee, delivery' },
];
