import type { Localized } from './localized.js';

/** A value recorded in a trace step: only scalars, so a trace is plain JSON. */
export type TraceValue = string | number | boolean | null;

/** One step of a derivation, in order of application; reading the steps explains the decision. */
export interface TraceStep {
  /** Stable rule id, e.g. "payment.ocp.amount.above-limit". */
  rule: string;
  /** Formatted legal source, e.g. "CG OCP ch. 3" or "LP 74 al. 1". */
  citation: string;
  text: Localized;
  values?: Record<string, TraceValue>;
}

/** Why a norm said no: a stable code, the rule and its source, and a FR/EN message. */
export interface Reason {
  code: string;
  rule: string;
  citation: string;
  message: Localized;
}
