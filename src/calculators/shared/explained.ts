import type { CompiledRuleSet } from '../../engines/evaluator/compiled.js';
import { provenanceOf, tracedProvenance, type Provenance } from '../../engines/evaluator/provenance.js';
import type { TraceStep } from '../../core/trace.js';
import type { Norms } from '../../rules/norms.js';
import { inNormScope, normsOption } from '../../rules/scope.js';

/** The second argument of every public function. */
export interface CallOptions {
  /** Norms loaded by `loadNorms` (editions and norm files of one's own); the package's own otherwise. */
  norms?: Norms | undefined;
}

/** A result with its provenance: the package, the editions applied and their status, a fingerprint. */
export type Explained<R> = R & { provenance: Provenance };

/**
 * Runs a calculator with the norms asked for and gives its result its provenance: the plans it applied,
 * a trace step when one of them is provisional or applied past its period (never silent).
 */
export function explained<R extends { trace?: TraceStep[] | undefined }>(options: CallOptions | undefined, run: () => R): Explained<R> {
  return inNormScope(normsOption(options) as Norms | undefined, run, (result, used) => {
    const provenance = provenanceOf(used.plans as CompiledRuleSet[], used.latest as ReadonlySet<CompiledRuleSet>);
    return { ...result, ...(result.trace ? { trace: tracedProvenance(result.trace, provenance) } : {}), provenance };
  });
}
