import { issue, LpInputError } from '../core/errors.js';
import { checkedCentimes, formatCentimes } from '../core/money.js';
import { ComparisonAccumulator, type ComparisonSummary } from './comparison-summary.js';
import { recalculate, recalculationSetup, sourceKind, type RecalculationOptions, type RecalculationResult } from './recalculate.js';

/** One side of a what-if comparison: the norms, the date and the readings it recalculates with. */
export type ComparisonSide = Omit<RecalculationOptions, 'trace'>;

/** One record compared: both sides' results and, when both computed, the change. */
export interface Comparison {
  line: number;
  id?: string | undefined;
  /** The household type the record declares (summary by type); `undefined` when it has none readable. */
  householdType?: string | undefined;
  base: RecalculationResult;
  compare: RecalculationResult;
  /** compare − base, CHF with two decimals; absent when either side has an error. */
  delta?: { minimumVital: string; seizable: string } | undefined;
}


/**
 * What-if before adopting norms: recalculates every seizure file twice — `base` (e.g. today's edition on
 * 31.12.2026) and `compare` (e.g. the draft NI-2027 on 4.1.2027) — and yields one comparison per record, in
 * input order, with both results and the deltas. A record with an error on either side is still yielded
 * (its error on that side), never dropped. Streaming: memory does not grow with the number of records.
 * `summarizeComparisons` totals them (records changed, up and down, seizable per month before and after,
 * by household type, the distribution of changes).
 *
 * @example
 * const draft = loadNorms([{ name: 'NI-2027.draft.json', content: {
 *   family: 'seizure.minimum-vital', edition: 'NI-2027', status: 'provisional', validFrom: '2027-01-01', validTo: '2027-12-31',
 *   verifiedOn: '2026-12-05', source: { document: 'NI (rsGE E 3 60.04)', title: 'Projet NI 2027' }, values: { baseSingle: '1250.00' } } }]);
 * const files = [{ id: 'A', household: { type: 'single' }, expenses: { rent: '1792.00' }, netIncome: '3551.85' }];
 * const changes = [];
 * for await (const c of compareQuotas(files, { base: { asOf: '2026-12-31' }, compare: { asOf: '2027-01-04', norms: draft } })) changes.push(c.delta);
 * changes; // → [{ minimumVital: '50.00', seizable: '-50.00' }]
 */
export async function* compareQuotas(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  sides: { base: ComparisonSide; compare: ComparisonSide },
): AsyncGenerator<Comparison, void, undefined> {
  const setup = comparisonSetup(sides);
  const sync = sourceKind(records) === 'sync';
  let line = 0;
  const one = (record: unknown): Comparison => compareRecord(record, ++line, setup);
  if (sync) {
    for (const record of records as Iterable<unknown>) yield one(record);
    return;
  }
  for await (const record of records as AsyncIterable<unknown>) yield one(record);
}

/** Both sides' checked options and plan caches (each bound to its own norms). */
export interface ComparisonSetup {
  base: ReturnType<typeof recalculationSetup>;
  compare: ReturnType<typeof recalculationSetup>;
}

/** Checks both sides (issues at `/base/…` and `/compare/…`). */
export function comparisonSetup(sides: { base: ComparisonSide; compare: ComparisonSide }): ComparisonSetup {
  if (sides === null || typeof sides !== 'object') throw new LpInputError([issue('/options', 'INVALID_TYPE')]);
  // Both sides checked, every issue of both thrown at once.
  const attempt = (side: ComparisonSide | undefined, at: string) => {
    try {
      return recalculationSetup({ ...(side ?? {}) }, at);
    } catch (error) {
      if (error instanceof LpInputError) return error;
      throw error;
    }
  };
  const base = attempt(sides.base, '/base');
  const compare = attempt(sides.compare, '/compare');
  const issues = [base, compare].flatMap((x) => (x instanceof LpInputError ? x.issues : []));
  if (issues.length > 0) throw new LpInputError(issues);
  return { base: base as ReturnType<typeof recalculationSetup>, compare: compare as ReturnType<typeof recalculationSetup> };
}

/** One record compared (its line number given): what `compareQuotas` yields for it. */
export function compareRecord(record: unknown, line: number, s: ComparisonSetup): Comparison {
  return compared(line, record, recalculate(record, line, s.base.o, s.base.plans), recalculate(record, line, s.compare.o, s.compare.plans));
}

/** A record that could not be read (not JSON, a fault): the same error on both sides, never dropped. */
export function unreadableComparison(result: RecalculationResult): Comparison {
  return { line: result.line, base: result, compare: result };
}

function compared(line: number, record: unknown, base: RecalculationResult, compare: RecalculationResult): Comparison {
  const id = base.id ?? compare.id;
  const type = (record as { household?: { type?: unknown } } | null)?.household?.type;
  const householdType = typeof type === 'string' && /^[a-z-]{1,32}$/.test(type) ? type : undefined;
  const delta =
    base.ok && compare.ok
      ? {
          minimumVital: formatCentimes(checkedCentimes(compare.result.minimumVital) - checkedCentimes(base.result.minimumVital)),
          seizable: formatCentimes(checkedCentimes(compare.result.seizable) - checkedCentimes(base.result.seizable)),
        }
      : undefined;
  return { line, id, householdType, base, compare, delta };
}

/** Totals of `compareQuotas`' comparisons, in constant memory. */
export interface ComparisonTotalizer {
  /** Counts one comparison. */
  add(c: Comparison): void;
  /** The totals so far: records changed, up and down, seizable per month before and after, by household type. */
  summary(): ComparisonSummary;
}

/**
 * Totals of compared records, in constant memory: feed each comparison, then ask `summary()`.
 *
 * @example
 * const totals = summarizeComparisons();
 * for await (const c of compareQuotas([{ household: { type: 'single' }, netIncome: '3551.85' }], { base: { asOf: '2026-12-31' }, compare: { asOf: '2026-06-01' } })) totals.add(c);
 * totals.summary().changed; // → 0
 */
export function summarizeComparisons(): ComparisonTotalizer {
  const acc = new ComparisonAccumulator();
  const side = (r: RecalculationResult) => (r.ok ? { minimum: checkedCentimes(r.result.minimumVital), seizable: checkedCentimes(r.result.seizable) } : null);
  return {
    add: (c) => acc.add(c.householdType ?? 'unknown', side(c.base), side(c.compare)),
    summary: () => acc.summary(),
  };
}
