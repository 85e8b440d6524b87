import { LpError, LpInputError, type Issue } from '../core/errors.js';
import { adbStatus } from '../calculators/adb-status/index.js';
import { authorizeCardPayment } from '../calculators/authorize-card-payment/index.js';
import { canContinue } from '../calculators/can-continue/index.js';
import { cardDeadlines } from '../calculators/card-deadlines/index.js';
import { caseTimeline } from '../calculators/case-timeline/index.js';
import { computeDeadline } from '../calculators/compute-deadline/index.js';
import { computeMinimumVital } from '../calculators/compute-minimum-vital/index.js';
import { dayStatus } from '../calculators/day-status/index.js';
import { deemedDelivery } from '../calculators/deemed-delivery/index.js';
import { enforcementActAllowed } from '../calculators/enforcement-act-allowed/index.js';
import { extractVisibility } from '../calculators/extract-visibility/index.js';
import { hideRequestDecision } from '../calculators/hide-request-decision/index.js';
import { hideRequestEarliest } from '../calculators/hide-request-earliest/index.js';
import { mainleveeRoute } from '../calculators/mainlevee-route/index.js';
import { ocpmOrder } from '../calculators/ocpm-order/index.js';
import { oppositionDeadline } from '../calculators/opposition-deadline/index.js';
import { paymentDeadline } from '../calculators/payment-deadline/index.js';
import { saleWindow } from '../calculators/sale-window/index.js';
import { seizableQuota } from '../calculators/seizable-quota/index.js';
import { validatePayment } from '../calculators/validate-payment/index.js';
import { deadlineComputer } from '../engines/calendar/computer.js';
import { evaluate } from '../engines/evaluator/evaluate.js';
import type { Evaluation } from '../engines/evaluator/types.js';
import type { EvaluateOptions } from '../engines/evaluator/evaluate.js';
import { seizurePlan } from '../engines/seizure/plan.js';
import { getRuleSet } from '../rules/index.js';
import { defineRuleSet, type RuleSet } from '../rules/rule-set.js';
import { loadNorms } from '../rules/norms.js';
import { normsCurrency, parametersInForce } from '../rules/currency.js';
import { comparisonReport } from '../bulk/comparison-report.js';
import { summarizeComparisons } from '../bulk/compare.js';
import { createLpRules } from './create-lp-rules.js';

/**
 * The non-throwing form of a result: `{ ok: true, value }`, or `{ ok: false, error, issues }` where `error`
 * is the `LpError` the function would have thrown and `issues` its input issues (each with its JSON
 * pointer, code and FR/EN message; empty for an error that is not about the input, e.g. no norm in force).
 */
export type SafeResult<T> = { ok: true; value: T } | { ok: false; error: LpError; issues: readonly Issue[] };

/**
 * The non-throwing form of a function: same arguments, a `SafeResult` instead of a throw. Only the SDK's
 * own errors (`LpError`) become `{ ok: false }`; anything else is a bug and is thrown as it is.
 *
 * @example
 * const r = safeValidatePayment({ amount: '1.00' } as never);
 * if (!r.ok) r.issues.map((i) => `${i.path} ${i.code}`); // → ['/method REQUIRED']
 */
export function safe<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => SafeResult<R> {
  return (...args) => {
    try {
      return { ok: true, value: fn(...args) };
    } catch (error) {
      if (!(error instanceof LpError)) throw error;
      return { ok: false, error, issues: error instanceof LpInputError ? error.issues : [] };
    }
  };
}

// One line per public function (synchronous ones; the async generators report each record's error in their
// results). `/* @__PURE__ */` lets a bundler drop every line the integrator does not import.
/** `validatePayment`, without throwing: a `SafeResult`. */
export const safeValidatePayment = /* @__PURE__ */ safe(validatePayment);
/** `dayStatus`, without throwing: a `SafeResult`. */
export const safeDayStatus = /* @__PURE__ */ safe(dayStatus);
/** `computeDeadline`, without throwing: a `SafeResult`. */
export const safeComputeDeadline = /* @__PURE__ */ safe(computeDeadline);
/** `oppositionDeadline`, without throwing: a `SafeResult`. */
export const safeOppositionDeadline = /* @__PURE__ */ safe(oppositionDeadline);
/** `paymentDeadline`, without throwing: a `SafeResult`. */
export const safePaymentDeadline = /* @__PURE__ */ safe(paymentDeadline);
/** `enforcementActAllowed`, without throwing: a `SafeResult`. */
export const safeEnforcementActAllowed = /* @__PURE__ */ safe(enforcementActAllowed);
/** `deemedDelivery`, without throwing: a `SafeResult`. */
export const safeDeemedDelivery = /* @__PURE__ */ safe(deemedDelivery);
/** `computeMinimumVital`, without throwing: a `SafeResult`. */
export const safeComputeMinimumVital = /* @__PURE__ */ safe(computeMinimumVital);
/** `seizableQuota`, without throwing: a `SafeResult`. */
export const safeSeizableQuota = /* @__PURE__ */ safe(seizableQuota);
/** `seizurePlan`, without throwing: a `SafeResult`. */
export const safeSeizurePlan = /* @__PURE__ */ safe(seizurePlan);
/** `canContinue`, without throwing: a `SafeResult`. */
export const safeCanContinue = /* @__PURE__ */ safe(canContinue);
/** `saleWindow`, without throwing: a `SafeResult`. */
export const safeSaleWindow = /* @__PURE__ */ safe(saleWindow);
/** `adbStatus`, without throwing: a `SafeResult`. */
export const safeAdbStatus = /* @__PURE__ */ safe(adbStatus);
/** `extractVisibility`, without throwing: a `SafeResult`. */
export const safeExtractVisibility = /* @__PURE__ */ safe(extractVisibility);
/** `hideRequestEarliest`, without throwing: a `SafeResult`. */
export const safeHideRequestEarliest = /* @__PURE__ */ safe(hideRequestEarliest);
/** `hideRequestDecision`, without throwing: a `SafeResult`. */
export const safeHideRequestDecision = /* @__PURE__ */ safe(hideRequestDecision);
/** `mainleveeRoute`, without throwing: a `SafeResult`. */
export const safeMainleveeRoute = /* @__PURE__ */ safe(mainleveeRoute);
/** `caseTimeline`, without throwing: a `SafeResult`. */
export const safeCaseTimeline = /* @__PURE__ */ safe(caseTimeline);
/** `authorizeCardPayment`, without throwing: a `SafeResult`. */
export const safeAuthorizeCardPayment = /* @__PURE__ */ safe(authorizeCardPayment);
/** `cardDeadlines`, without throwing: a `SafeResult`. */
export const safeCardDeadlines = /* @__PURE__ */ safe(cardDeadlines);
/** `ocpmOrder`, without throwing: a `SafeResult`. */
export const safeOcpmOrder = /* @__PURE__ */ safe(ocpmOrder);
/** `deadlineComputer`, without throwing: a `SafeResult`. */
export const safeDeadlineComputer = /* @__PURE__ */ safe(deadlineComputer);
/** `evaluate` with the compiled evaluator (synchronous), without throwing: a `SafeResult`. */
export const safeEvaluate = /* @__PURE__ */ safe(evaluate as (ruleSet: string | RuleSet, facts: object, options?: EvaluateOptions & { engine?: 'compiled' }) => Evaluation);
/** `getRuleSet`, without throwing: a `SafeResult`. */
export const safeGetRuleSet = /* @__PURE__ */ safe(getRuleSet);
/** `defineRuleSet`, without throwing: a `SafeResult`. */
export const safeDefineRuleSet = /* @__PURE__ */ safe(defineRuleSet);
/** `loadNorms`, without throwing: a `SafeResult`. */
export const safeLoadNorms = /* @__PURE__ */ safe(loadNorms);
/** `normsCurrency`, without throwing: a `SafeResult`. */
export const safeNormsCurrency = /* @__PURE__ */ safe(normsCurrency);
/** `parametersInForce`, without throwing: a `SafeResult`. */
export const safeParametersInForce = /* @__PURE__ */ safe(parametersInForce);
/** `createLpRules`, without throwing: a `SafeResult`. */
export const safeCreateLpRules = /* @__PURE__ */ safe(createLpRules);
/** `summarizeComparisons`, without throwing: a `SafeResult`. */
export const safeSummarizeComparisons = /* @__PURE__ */ safe(summarizeComparisons);
/** `comparisonReport`, without throwing: a `SafeResult`. */
export const safeComparisonReport = /* @__PURE__ */ safe(comparisonReport);
