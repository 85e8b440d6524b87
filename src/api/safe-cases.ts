import { caseReport, parseCases, runCases } from '../cases/index.js';
import { safe } from './safe.js';

// The non-throwing forms of lp-rules/cases, beside the main entry's (api/safe.ts).

/** `parseCases`, without throwing: a `SafeResult`. */
export const safeParseCases = /* @__PURE__ */ safe(parseCases);
/** `runCases`, without throwing: a `SafeResult`. */
export const safeRunCases = /* @__PURE__ */ safe(runCases);
/** `caseReport`, without throwing: a `SafeResult`. */
export const safeCaseReport = /* @__PURE__ */ safe(caseReport);
