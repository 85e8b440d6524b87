import type { Localized } from './localized.js';
import type { ReasonCode } from './reason-codes.generated.js';

export type { ReasonCode };

/** A value recorded in a trace step: only scalars, so a trace is plain JSON. */
export type TraceValue = string | number | boolean | null;

/**
 * One step of a derivation, in order of application; reading the steps explains the decision. Treat
 * steps as read-only: the parameters step's `text` and `values` are shared by every result computed
 * with the same parameter versions and date, and frozen (copy a step before changing it).
 */
export interface TraceStep {
  /** Stable rule id, e.g. "payment.ocp.amount.above-limit". */
  rule: string;
  /** Formatted legal source, e.g. "CG OCP ch. 3" or "LP 74 al. 1". */
  citation: string;
  /** What the step found, in French and English. */
  text: Localized;
  /** The values the step read or computed, by name. */
  values?: Record<string, TraceValue>;
}

/** Why a norm said no: a stable code, the rule and its source, and a FR/EN message. */
export interface Reason {
  /**
   * Stable refusal code, e.g. `PREMATURE`, `FERIES`; each function lists its codes. A norm file that adds
   * its own rules may add codes of its own: those are not in this union.
   */
  code: ReasonCode;
  /** Id of the rule that refused, e.g. "lp.procedure.premature". */
  rule: string;
  /** Formatted legal source, e.g. "LP 88 al. 1". */
  citation: string;
  message: Localized;
}
