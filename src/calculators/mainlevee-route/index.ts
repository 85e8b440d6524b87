import { explained, type CallOptions, type Explained } from '../shared/explained.js';
import type { TraceStep } from '../../core/trace.js';
import { procedureNorms } from '../../engines/procedure/periods.js';
import { withUnknownFacts } from '../../engines/evaluator/evaluate.js';
import { checkInput } from '../../schemas/check-input.js';
import type { MainleveeInput } from '../../schemas/procedure.js';
import { validateMainleveeInput } from '../../schemas/validators.generated.js';
import { stepsOf } from '../shared/reasons.js';

export type { MainleveeInput } from '../../schemas/procedure.js';

/** The way to lift an opposition, from `mainleveeRoute`. */
export interface MainleveeRoute {
  /** Definitive lifting (LP 80), provisional lifting (LP 82), or an ordinary action (LP 79). */
  route: 'definitive' | 'provisional' | 'ordinary-action';
  trace: TraceStep[];
}

const ROUTES: Record<string, MainleveeRoute['route']> = {
  MAINLEVEE_DEFINITIVE: 'definitive',
  MAINLEVEE_PROVISIONAL: 'provisional',
  ORDINARY_ACTION: 'ordinary-action',
};

/**
 * How a creditor gets an opposition lifted, by the title held: definitive lifting for an enforceable
 * judgment, a Swiss administrative decision or an enforceable authentic deed (LP 80); provisional lifting
 * for an acknowledgment of debt signed by the debtor (LP 82); otherwise an ordinary action (LP 79).
 * The latest version of the norms is applied: the route does not depend on a date.
 *
 * @example
 * mainleveeRoute({ title: 'signed-acknowledgment' }).route; // → 'provisional'
 * @see LP 79–84
 */
export function mainleveeRoute(input: MainleveeInput, options?: CallOptions): Explained<MainleveeRoute> {
  return explained(options, () => {
    const i = checkInput<MainleveeInput>(validateMainleveeInput, input);
    const norms = procedureNorms(null);
    const evaluation = norms.run(
      withUnknownFacts(norms.set, { title: i.title }),
      { trace: true },
    );
    const fired = evaluation.fired.find((f) => f.event.type in ROUTES)!;
    return { route: ROUTES[fired.event.type]!, trace: stepsOf(evaluation, [fired.rule.id]) };
  });
}
