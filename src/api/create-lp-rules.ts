import { issue, LpInputError } from '../core/errors.js';
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
import { seizurePlan } from '../engines/seizure/plan.js';
import { compareQuotas, type ComparisonSide } from '../bulk/compare.js';
import { recalculateQuotas, type RecalculationOptions } from '../bulk/recalculate.js';
import type { Norms } from '../rules/norms.js';
import { inNormScope, normsOption } from '../rules/scope.js';

const CALCULATORS = {
  validatePayment,
  dayStatus,
  computeDeadline,
  oppositionDeadline,
  paymentDeadline,
  enforcementActAllowed,
  deemedDelivery,
  computeMinimumVital,
  seizableQuota,
  canContinue,
  saleWindow,
  adbStatus,
  extractVisibility,
  hideRequestEarliest,
  hideRequestDecision,
  mainleveeRoute,
  caseTimeline,
  authorizeCardPayment,
  cardDeadlines,
  ocpmOrder,
};

/** A public function with its norms bound: the same input and result, without the `options` argument. */
export type WithNorms<F> = F extends (input: infer I, options?: infer _O) => infer R ? (input: I) => R : never;

/** The package's functions bound to one set of norms (see `createLpRules`). */
export interface LpRules {
  /** `validatePayment`, with these norms. */
  readonly validatePayment: WithNorms<typeof validatePayment>;
  /** `dayStatus`, with these norms. */
  readonly dayStatus: WithNorms<typeof dayStatus>;
  /** `computeDeadline`, with these norms. */
  readonly computeDeadline: WithNorms<typeof computeDeadline>;
  /** `oppositionDeadline`, with these norms. */
  readonly oppositionDeadline: WithNorms<typeof oppositionDeadline>;
  /** `paymentDeadline`, with these norms. */
  readonly paymentDeadline: WithNorms<typeof paymentDeadline>;
  /** `enforcementActAllowed`, with these norms. */
  readonly enforcementActAllowed: WithNorms<typeof enforcementActAllowed>;
  /** `deemedDelivery`, with these norms. */
  readonly deemedDelivery: WithNorms<typeof deemedDelivery>;
  /** `computeMinimumVital`, with these norms. */
  readonly computeMinimumVital: WithNorms<typeof computeMinimumVital>;
  /** `seizableQuota`, with these norms. */
  readonly seizableQuota: WithNorms<typeof seizableQuota>;
  /** `canContinue`, with these norms. */
  readonly canContinue: WithNorms<typeof canContinue>;
  /** `saleWindow`, with these norms. */
  readonly saleWindow: WithNorms<typeof saleWindow>;
  /** `adbStatus`, with these norms. */
  readonly adbStatus: WithNorms<typeof adbStatus>;
  /** `extractVisibility`, with these norms. */
  readonly extractVisibility: WithNorms<typeof extractVisibility>;
  /** `hideRequestEarliest`, with these norms. */
  readonly hideRequestEarliest: WithNorms<typeof hideRequestEarliest>;
  /** `hideRequestDecision`, with these norms. */
  readonly hideRequestDecision: WithNorms<typeof hideRequestDecision>;
  /** `mainleveeRoute`, with these norms. */
  readonly mainleveeRoute: WithNorms<typeof mainleveeRoute>;
  /** `caseTimeline`, with these norms. */
  readonly caseTimeline: WithNorms<typeof caseTimeline>;
  /** `authorizeCardPayment`, with these norms. */
  readonly authorizeCardPayment: WithNorms<typeof authorizeCardPayment>;
  /** `cardDeadlines`, with these norms. */
  readonly cardDeadlines: WithNorms<typeof cardDeadlines>;
  /** `ocpmOrder`, with these norms. */
  readonly ocpmOrder: WithNorms<typeof ocpmOrder>;

  /** The norms every function of this instance applies. */
  readonly norms: Norms;
  /** `evaluate` with these norms' version of a family named by id. */
  readonly evaluate: typeof evaluate;
  /** `seizurePlan`, with these norms. */
  readonly seizurePlan: (options: Parameters<typeof seizurePlan>[0]) => ReturnType<typeof seizurePlan>;
  /** `deadlineComputer`, with these norms. */
  readonly deadlineComputer: WithNorms<typeof deadlineComputer>;
  /** `recalculateQuotas`, with these norms. */
  readonly recalculateQuotas: (records: Parameters<typeof recalculateQuotas>[0], options?: Omit<RecalculationOptions, 'norms'>) => ReturnType<typeof recalculateQuotas>;
  /** `compareQuotas` whose sides default to these norms (a side may name its own). */
  readonly compareQuotas: typeof compareQuotas;
}

/**
 * The package's functions bound to a set of norms loaded at run time (`loadNorms`: a new edition, a
 * draft, a norm file of one's own): each takes its input as the package's function does and applies
 * these norms — the same checks, the same trace, and every result's `provenance` names the editions
 * and files applied. Nothing global changes: instances with different norms run side by side, and the
 * package's own functions keep the built-in norms.
 *
 * @example
 * const norms = loadNorms([{ name: 'NI-2027.json', content: {
 *   family: 'seizure.minimum-vital', edition: 'NI-2027', status: 'provisional', validFrom: '2027-01-01', validTo: '2027-12-31',
 *   verifiedOn: '2026-12-05', source: { document: 'NI (rsGE E 3 60.04)', title: "Normes d'insaisissabilité pour l'année 2027 (projet)" },
 *   values: { baseSingle: '1250.00' } } }]);
 * const lp = createLpRules({ norms });
 * lp.computeMinimumVital({ asOf: '2027-01-04', household: { type: 'single' } }).provenance.norms[0].editions;
 * // → [{ edition: 'NI-2027', status: 'provisional', origin: 'NI-2027.json' }]
 */
export function createLpRules(options: { norms: Norms }): LpRules {
  const norms = normsOption(options) as Norms | undefined;
  if (norms === undefined) throw new LpInputError([issue('/options/norms', 'REQUIRED')]);
  const bound: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(CALCULATORS)) bound[name] = (input: never) => (fn as (i: never, o: { norms: Norms }) => unknown)(input, { norms });
  const scoped = <A extends unknown[], R>(fn: (...a: A) => R) => (...a: A): R => inNormScope(norms, () => fn(...a), (r) => r);
  return Object.freeze({
    ...(bound as unknown as Pick<LpRules, keyof typeof CALCULATORS>),
    norms,
    evaluate: scoped(evaluate) as typeof evaluate,
    seizurePlan: (o: Parameters<typeof seizurePlan>[0]) => seizurePlan(o, { norms }),
    deadlineComputer: (o: Parameters<typeof deadlineComputer>[0]) => deadlineComputer(o, { norms }),
    recalculateQuotas: (records: Parameters<typeof recalculateQuotas>[0], o: Omit<RecalculationOptions, 'norms'> = {}) => recalculateQuotas(records, { ...o, norms }),
    compareQuotas: (records: Parameters<typeof compareQuotas>[0], sides: { base: ComparisonSide; compare: ComparisonSide }) =>
      compareQuotas(records, { base: { norms, ...sides.base }, compare: { norms, ...sides.compare } }),
  });
}
