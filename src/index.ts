/**
 * lp-rules: Swiss debt-enforcement norms (LP/SchKG) as applied by Geneva's OCP, and the online-payment
 * rules around them, as declarative rules with pure, exact, explained functions.
 * @packageDocumentation
 */
export { LpError, LpInputError, LpNormError, type Issue, type NormErrorCode, type NormIssue } from './core/errors.js';
export { ISSUE_MESSAGES, type IssueCode } from './core/issue-codes.js';
export type { Localized } from './core/localized.js';
export type { Reason, TraceStep, TraceValue } from './core/trace.js';
export type { IsoDate } from './core/dates.js';
export type { IsoDateTime } from './core/instant.js';
export type { Money } from './core/money.js';
export { evaluate, type EvaluateOptions } from './core/evaluator/evaluate.js';
export type { Evaluation, Facts, FiredRule } from './core/evaluator/types.js';
export { rules, ruleSets, getRuleSet, type Rule } from './rules/index.js';
export { defineRuleSet, type RuleSet } from './rules/rule-set.js';
export type { Citation, Condition, Parameter, ParameterValue, RuleDefinition, RuleSetDefinition } from './schemas/rule-set.js';
export { validatePayment, type ValidatePaymentInput, type ValidatePaymentResult } from './calculators/validate-payment/index.js';
export type { PaymentMethod, CardMethod } from './schemas/payment.js';
export { dayStatus, type DayStatus, type DayStatusInput } from './calculators/day-status/index.js';
export { computeDeadline, type ComputeDeadlineInput, type Deadline } from './calculators/compute-deadline/index.js';
export { oppositionDeadline, type OppositionDeadlineInput } from './calculators/opposition-deadline/index.js';
export { paymentDeadline, type PaymentDeadline, type PaymentDeadlineInput } from './calculators/payment-deadline/index.js';
export { enforcementActAllowed, type EnforcementActDecision, type EnforcementActInput } from './calculators/enforcement-act-allowed/index.js';
export { deemedDelivery, type DeemedDelivery, type DeemedDeliveryInput } from './calculators/deemed-delivery/index.js';
export type { Extension } from './core/calendar/deadline.js';
export type { Interpretation } from './schemas/interpretation.js';
export { PRIMARY_READINGS } from './schemas/interpretation.js';
export type { Canton } from './schemas/canton.js';
export { CANTON_CODES } from './schemas/canton.js';
export { deadlineComputer, type DeadlineComputerOptions } from './core/calendar/computer.js';
export { computeMinimumVital, type MinimumVitalInput, type MinimumVitalResult, type Expense } from './calculators/compute-minimum-vital/index.js';
export { seizableQuota, type SeizableQuota, type SeizableQuotaInput } from './calculators/seizable-quota/index.js';
export { seizurePlan, type SeizurePlan, type SeizurePlanOptions } from './core/seizure/plan.js';
export type { Household } from './core/seizure/minimum-vital.js';
export type { Decision as MinimumVitalDecision } from './core/seizure/norms.js';
export { canContinue, type CanContinueInput, type ContinuationDecision } from './calculators/can-continue/index.js';
export { saleWindow, type SaleWindow, type SaleWindowInput } from './calculators/sale-window/index.js';
export { adbStatus, type AdbStatus, type AdbStatusInput } from './calculators/adb-status/index.js';
export { extractVisibility, type ExtractVisibility, type ExtractVisibilityInput } from './calculators/extract-visibility/index.js';
export { hideRequestEarliest, type HideRequestInput, type HideRequestWindow } from './calculators/hide-request-earliest/index.js';
export { hideRequestDecision, type HideRequestDecision, type HideRequestDecisionInput, type HideRequestStatus } from './calculators/hide-request-decision/index.js';
export { mainleveeRoute, type MainleveeInput, type MainleveeRoute } from './calculators/mainlevee-route/index.js';
export { caseTimeline, type CaseTimeline, type CaseTimelineInput, type Milestone, type MilestoneKind, type TimelinePeriod } from './calculators/case-timeline/index.js';
export { authorizeCardPayment, type AuthorizeCardPaymentInput, type CardAuthorization } from './calculators/authorize-card-payment/index.js';
export { cardDeadlines, type CardDeadlines, type CardDeadlinesInput } from './calculators/card-deadlines/index.js';
export { ocpmOrder, type OcpmOrder, type OcpmOrderInput } from './calculators/ocpm-order/index.js';
export { recalculateQuotas, type QuotaResult, type RecalculationOptions, type RecalculationResult, type RecordError } from './bulk/recalculate.js';
export type { SeizureFile } from './schemas/seizure-file.js';
export { loadNorms, type Norms, type NormFile } from './rules/norms.js';
export type { NormEdition } from './schemas/edition.js';
export { normsCurrency, parametersInForce, type FamilyCurrency, type CurrencyProblem, type CurrencyProblemCode, type ParameterInForce } from './rules/currency.js';
export type { NormLookup } from './rules/family.js';
export type { Provenance, AppliedFamily } from './core/evaluator/provenance.js';
export type { CallOptions, Explained } from './calculators/shared/explained.js';
export { createLpRules, type LpRules, type WithNorms } from './api/create-lp-rules.js';
export { compareQuotas, summarizeComparisons, type Comparison, type ComparisonSide, type ComparisonTotalizer } from './bulk/compare.js';
export type { ComparisonSummary, ComparisonTotals } from './bulk/comparison-summary.js';
export { comparisonReport, type ComparisonLabels } from './bulk/comparison-report.js';
