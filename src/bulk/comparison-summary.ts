import { formatCentimes } from '../core/money.js';

/** Totals of a what-if comparison for one group of records (all, or one household type). */
export interface ComparisonTotals {
  /** Records compared (computed on both sides). */
  records: number;
  /** Records whose minimum vital or seizable amount differs. */
  changed: number;
  /** Records whose seizable amount rises / falls. */
  up: number;
  down: number;
  /** Total seizable per month, CHF, before (base) and after (compare). */
  seizableBefore: string;
  seizableAfter: string;
}

/** The summary of `compareQuotas`: overall, by household type, and the distribution of changes. */
export interface ComparisonSummary extends ComparisonTotals {
  /** Records with an error on either side (reported, not compared). */
  errors: number;
  byHouseholdType: Record<string, ComparisonTotals>;
  /** How many records changed their seizable amount by how much (CHF per month), in bins. */
  distribution: { from: string; to: string; records: number }[];
}

interface Group {
  records: number;
  changed: number;
  up: number;
  down: number;
  before: number;
  after: number;
}

const group = (): Group => ({ records: 0, changed: 0, up: 0, down: 0, before: 0, after: 0 });

// Bin edges of the seizable change, in centimes: fine near zero, where most changes of a new edition fall.
const EDGES = [-Infinity, -50000, -20000, -10000, -5000, -2000, -1, 1, 2000, 5000, 10000, 20000, 50000, Infinity];

/** Accumulates compared records in constant memory (integer centimes), whatever the number of records. */
export class ComparisonAccumulator {
  private readonly all = group();
  private readonly types = new Map<string, Group>();
  private readonly bins = new Array<number>(EDGES.length - 1).fill(0);
  private errors = 0;

  /** One record: its household type and the centimes of both sides (`null` for a side in error). */
  add(householdType: string, before: { minimum: number; seizable: number } | null, after: { minimum: number; seizable: number } | null): void {
    if (before === null || after === null) {
      this.errors++;
      return;
    }
    let g = this.types.get(householdType);
    if (g === undefined) this.types.set(householdType, (g = group()));
    const delta = after.seizable - before.seizable;
    const changed = delta !== 0 || after.minimum !== before.minimum;
    for (const x of [this.all, g]) {
      x.records++;
      if (changed) x.changed++;
      if (delta > 0) x.up++;
      if (delta < 0) x.down++;
      x.before += before.seizable;
      x.after += after.seizable;
    }
    if (changed) this.bins[EDGES.findIndex((e, k) => delta >= e && delta < EDGES[k + 1]!)]!++;
  }

  summary(): ComparisonSummary {
    const totals = (g: Group): ComparisonTotals => ({
      records: g.records,
      changed: g.changed,
      up: g.up,
      down: g.down,
      seizableBefore: formatCentimes(g.before),
      seizableAfter: formatCentimes(g.after),
    });
    const edge = (c: number): string => (Number.isFinite(c) ? formatCentimes(c) : c > 0 ? '+∞' : '-∞');
    return {
      ...totals(this.all),
      errors: this.errors,
      byHouseholdType: Object.fromEntries([...this.types].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, g]) => [t, totals(g)])),
      distribution: this.bins.map((records, k) => ({ from: edge(EDGES[k]!), to: edge(EDGES[k + 1]!), records })),
    };
  }
}
