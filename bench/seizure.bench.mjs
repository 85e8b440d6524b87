// Benchmark of the seizure hot path (minimum vital, LP 93 al. 1, Geneva norms; seizable quota with the
// spouse split of ATF 114 III 12), in records/s, against two hand-written baselines of the same formula:
// integer centimes (the ceiling) and decimal.js (the cost the design avoids), as ratios within one run.
//
//   npm run bench:seizure                  # build, then the full run
//   node bench/seizure.bench.mjs           # full run on the current dist/
//   node bench/seizure.bench.mjs --smoke   # same correctness gate, a few small passes (CI: not speed)
//
// It measures the BUILT package (dist/index.js), as integrators get it. One task iteration is one pass
// over a fixed, seeded set of seizure records; records/s = records per pass / mean pass time. The bench
// is single-threaded: one core. Absolute figures depend on the machine; compare the ratios of one run.
// Before any timing, seizurePlan, the public API (computeMinimumVital + seizableQuota) and both baselines
// must agree on the minimum, the debtor's share and the seizable amount of every record, or it throws.

import os from 'node:os';
import { createRequire } from 'node:module';
import { Bench } from 'tinybench';
import Decimal from 'decimal.js';
import { mulberry32, taskRates } from './support.mjs';

import { ADULT_AGE, CHF, CHILD_AGE_THRESHOLD, checkBaselineAmounts, integerMinimum, integerQuota } from './integer-baseline.mjs';

const DECIMAL_VERSION = createRequire(import.meta.url)('decimal.js/package.json').version;

const SMOKE = process.argv.includes('--smoke');
const RECORDS = 10_000; // all checked by the gate, smoke or not
const TIMED = SMOKE ? 1_000 : RECORDS; // records per timed pass (the first ones)
const SEED = 20260601;
const AS_OF = '2026-06-01';
const NORMS_VERSION = 'NI-2026';

/** The markdown table header; test/bench-smoke.test.ts looks for it. */
const TABLE_HEADER = '| Task | Records/s | ± RME | Mean ms / pass | Median ms / pass | Passes |';

let lib;
try {
  lib = await import('../dist/index.js');
} catch (error) {
  console.error('Cannot load ../dist/index.js: build first (`npx tsup` or `npm run build`).');
  throw error;
}
const { seizurePlan, computeMinimumVital, seizableQuota, getRuleSet } = lib;

// ---------------------------------------------------------------------------------------------------
// Baseline (a): integer centimes, written by hand (bench/integer-baseline.mjs, shared with the bulk bench),
// with the 2026 Geneva amounts as its constants, checked against the SDK's rule file first, so that the
// comparison is about the arithmetic, not about the data.

const minimumVitalSet = getRuleSet('seizure.minimum-vital');
checkBaselineAmounts(minimumVitalSet, [AS_OF]);

// ---------------------------------------------------------------------------------------------------
// Baseline (b): the same formula with decimal.js on CHF amounts. Not shipped code. Its own constructor
// (never the global Decimal's settings). The records' amounts are Decimal instances built before timing,
// so the timed part is decimal.js arithmetic alone: no parsing, no formatting. precision 20 is enough:
// the products are exact (≤ 12 significant digits), and M × D / (D + S) has a fraction of a centime that
// is a multiple of 1/(D + S) (D + S < 10^7 centimes), so its distance to a half centime, when not zero,
// is far above the 20th significant digit; the half-up rounding to the centime is therefore exact.

const Dec = Decimal.clone({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
const DEC_ZERO = new Dec(0);
const DEC_TWO = new Dec(2);
const DEC_COUPLE = new Dec(CHF.baseCouple);
const DEC_BASE = {
  single: new Dec(CHF.baseSingle),
  'flat-share': new Dec(CHF.baseSingle),
  'single-parent': new Dec(CHF.baseSingleParent),
  couple: DEC_COUPLE,
  'cohabiting-partner': DEC_COUPLE.times(CHF.cohabitingShareOfCoupleBase).toDecimalPlaces(2),
};
const DEC_CHILD_YOUNGER = new Dec(CHF.childYounger);
const DEC_CHILD_OLDER = new Dec(CHF.childOlder);

function decimalMinimum(r) {
  const ages = r.childAges;
  let sum = r.type === 'cohabiting-partner' && ages.some((age) => age < ADULT_AGE) ? DEC_COUPLE : DEC_BASE[r.type]; // cohabiting parents: the couple base
  for (let k = 0; k < ages.length; k++) {
    const age = ages[k];
    if (age < ADULT_AGE) sum = sum.plus(age >= CHILD_AGE_THRESHOLD ? DEC_CHILD_OLDER : DEC_CHILD_YOUNGER);
  }
  const expenses = r.expenses;
  for (let k = 0; k < expenses.length; k++) if (expenses[k].proven) sum = sum.plus(expenses[k].amount);
  if (r.rent !== null && r.rent.proven) sum = sum.plus(r.rentShare === null ? r.rent.amount : r.rent.amount.times(r.rentShare));
  return sum.toDecimalPlaces(2); // half up (the constructor's rounding), once, at the end
}

function decimalQuota(netIncome, minimum, spouse) {
  let share = minimum;
  if (spouse !== null) {
    const total = netIncome.plus(spouse);
    share = (total.isZero() ? minimum.div(DEC_TWO) : minimum.times(netIncome).div(total)).toDecimalPlaces(2);
  }
  const rest = netIncome.minus(share);
  return { share, seizable: rest.isNegative() ? DEC_ZERO : rest };
}

// ---------------------------------------------------------------------------------------------------
// Deterministic records: mulberry32, a tiny seeded PRNG.


const random = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)); // inclusive
const chance = (p) => random() < p;
function weighted(pairs) {
  let r = random() * pairs.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of pairs) {
    r -= w;
    if (r < 0) return value;
  }
  return pairs[pairs.length - 1][0];
}
const pad2 = (n) => String(n).padStart(2, '0');
const chf = (centimes) => `${Math.trunc(centimes / 100)}.${pad2(centimes % 100)}`; // centimes ≥ 0
/** A decimal string for the public API: "1792.50", sometimes "1792" for whole francs. */
const moneyText = (centimes) => (centimes % 100 === 0 && chance(0.3) ? String(centimes / 100) : chf(centimes));
/** An amount in centimes: often whole or half francs, as on real bills. */
const amount = (loChf, hiChf) => {
  const francs = int(loChf, hiChf);
  return francs * 100 + weighted([[0, 40], [50, 10], [int(1, 99), 50]]);
};

const AS_OF_MD = AS_OF.slice(5); // '06-01'
const AS_OF_YEAR = Number(AS_OF.slice(0, 4));
/** A birth date that gives `age` completed years on AS_OF; birthdays on, the day before, the day after. */
function birthDateFor(age) {
  const md = weighted([
    [`${pad2(int(1, 12))}-${pad2(int(1, 28))}`, 85],
    [AS_OF_MD, 5], // birthday on the reference date: already that age
    ['06-02', 5], // birthday the day after: one year less, hence age + 1 birth year before
    ['05-31', 5],
  ]);
  return `${AS_OF_YEAR - age - (md > AS_OF_MD ? 1 : 0)}-${md}`;
}

const HOUSEHOLD_TYPES = ['single', 'single-parent', 'couple', 'cohabiting-partner', 'flat-share'];
const RENT_SHARES = [
  [null, 55], // the whole rent: no rentShare in the input, 1/1 in the Household
  ['0.5', 20],
  ['0.3333', 10],
  ['0.25', 5],
  ['0.6667', 5],
  ['1', 5],
];
const EXPENSE_RANGES = { healthInsurance: [150, 750], professional: [20, 450], alimony: [300, 2500], childcare: [200, 1800], education: [50, 600] };

/**
 * One seizure case, in three forms: the Household (centimes) with the incomes for seizurePlan and
 * baseline (a); the public-API inputs (decimal strings, children as birth dates); and the same amounts
 * as Decimal instances for baseline (b).
 */
function scenario() {
  const drawn = HOUSEHOLD_TYPES[int(0, 4)];
  const childAges = Array.from({ length: weighted([[0, 40], [1, 25], [2, 20], [3, 10], [4, 5]]) }, () => int(0, 20));
  // Households the norms accept (norms §3.8): "single" has no minor child, "single-parent" has one.
  const minor = childAges.some((age) => age < ADULT_AGE);
  const type = drawn === 'single' && minor ? 'single-parent' : drawn === 'single-parent' && !minor ? 'single' : drawn;

  const items = []; // { item, centimes, proven }
  const rentPresent = chance(0.85);
  const rent = rentPresent ? { centimes: amount(400, 3500), proven: chance(0.85) } : null;
  const rentShareText = rentPresent ? weighted(RENT_SHARES) : weighted([[null, 90], ['0.5', 10]]); // a share without rent is harmless
  for (let k = int(0, 3); k > 0; k--) items.push({ item: 'healthInsurance', centimes: amount(...EXPENSE_RANGES.healthInsurance), proven: chance(0.85) });
  for (let k = int(0, 2); k > 0; k--) items.push({ item: 'professional', centimes: amount(...EXPENSE_RANGES.professional), proven: chance(0.85) });
  for (const item of ['alimony', 'childcare', 'education']) {
    const p = item === 'alimony' ? 0.15 : childAges.length > 0 ? 0.25 : 0.03;
    if (chance(p)) items.push({ item, centimes: amount(...EXPENSE_RANGES[item]), proven: chance(0.8) });
  }
  const taxes = chance(0.3) ? amount(50, 2500) : null;

  const rentShare = rentShareText === null ? { num: 1, den: 1 } : rentShareOf(rentShareText);
  const household = { type, childAges, rent, rentShare, expenses: items, taxes };

  // Incomes: ordinary, near the minimum, zero; a spouse income for some couples (ATF 114 III 12).
  const minimum = integerMinimum(household);
  const spouse = type === 'couple' && chance(0.6) ? (chance(0.06) ? 0 : amount(0, 9000)) : null;
  const netIncome = weighted([
    [spouse === 0 && chance(0.3) ? 0 : amount(0, 12_000), 75],
    [Math.max(0, minimum + int(-30_000, 30_000)), 20],
    [0, 3],
    [minimum, 2],
  ]);

  // The public-API form: decimal strings, expenses as a string (proven) or { amount, proven }.
  const expenseInput = ({ centimes, proven }) => (proven ? (chance(0.75) ? moneyText(centimes) : { amount: moneyText(centimes), proven: true }) : { amount: moneyText(centimes), proven: false });
  const expenses = {};
  if (rent !== null) expenses.rent = expenseInput(rent);
  if (rentShareText !== null) expenses.rentShare = rentShareText;
  for (const e of items) {
    if (e.item === 'healthInsurance' || e.item === 'professional') (expenses[e.item] ??= []).push(expenseInput(e));
    else expenses[e.item] = expenseInput(e);
  }
  if (taxes !== null) expenses.taxes = moneyText(taxes);
  const minimumInput = {
    asOf: AS_OF,
    household: { type, ...(childAges.length > 0 || chance(0.1) ? { children: childAges.map((age) => ({ birthDate: birthDateFor(age) })) } : {}) },
    ...(Object.keys(expenses).length > 0 || chance(0.5) ? { expenses } : {}),
  };
  const quotaInput = { netIncome: moneyText(netIncome), ...(spouse !== null ? { spouseNetIncome: moneyText(spouse) } : {}), asOf: AS_OF };

  // The decimal.js form: the same amounts as Decimal instances, in CHF.
  const dec = (centimes) => new Dec(chf(centimes));
  const decimalRecord = {
    type,
    childAges,
    rent: rent === null ? null : { amount: dec(rent.centimes), proven: rent.proven },
    rentShare: rentShareText === null ? null : new Dec(rentShareText),
    expenses: items.map((e) => ({ amount: dec(e.centimes), proven: e.proven })),
    netIncome: dec(netIncome),
    spouse: spouse === null ? null : dec(spouse),
  };

  return { household, netIncome, spouse, minimumInput, quotaInput, decimalRecord };
}

/** "0.3333" → 3333/10000, as the public API reads a rent share (den a power of 10). */
function rentShareOf(text) {
  const [i, f = ''] = text.split('.');
  return { num: Number(`${i}${f}`), den: 10 ** f.length };
}

const scenarios = Array.from({ length: RECORDS }, scenario);
const households = scenarios.map((s) => s.household);
const incomes = scenarios.map((s) => s.netIncome);
const spouses = scenarios.map((s) => s.spouse);
const minimumInputs = scenarios.map((s) => s.minimumInput);
const quotaInputs = scenarios.map((s) => s.quotaInput);
const decimalRecords = scenarios.map((s) => s.decimalRecord);

// ---------------------------------------------------------------------------------------------------
// Correctness first: a bench of wrong code is worthless.

const plan = seizurePlan({ asOf: AS_OF });
if (plan.normsVersion !== NORMS_VERSION) throw new Error(`seizurePlan applies ${plan.normsVersion}, not ${NORMS_VERSION}.`);

const stats = {
  children: 0,
  childYounger: 0,
  childOlder: 0,
  childAdult: 0,
  childOnThreshold: 0,
  rent: 0,
  rentUnproven: 0,
  rentShared: 0,
  fractionalRentShare: 0,
  expensesUnproven: 0,
  taxes: 0,
  spouse: 0,
  spouseBothZero: 0,
  seizableZero: 0,
};
const byType = Object.fromEntries(HOUSEHOLD_TYPES.map((t) => [t, 0]));

for (let i = 0; i < RECORDS; i++) {
  const h = households[i];
  const D = incomes[i];
  const S = spouses[i];
  const fail = (message) => {
    throw new Error(`Record ${i}: ${message}\n  household: ${JSON.stringify(h)}\n  netIncome: ${D}, spouse: ${S}\n  API input: ${JSON.stringify(minimumInputs[i])} ${JSON.stringify(quotaInputs[i])}`);
  };

  const expected = integerMinimum(h);
  const expectedQuota = integerQuota(D, expected, S);
  // The baseline's precondition: exact integers on doubles.
  if (!Number.isSafeInteger(2 * (h.rent?.centimes ?? 0) * h.rentShare.num + 2 * h.rentShare.den) || !Number.isSafeInteger(2 * expected * D + 2 * (D + (S ?? 0)))) {
    fail('out of the integer baseline’s exact range');
  }

  const seen = {};
  const planMinimum = plan.minimumVital(h);
  seen.seizurePlan = { minimum: planMinimum, ...plan.quota(D, planMinimum, S) };

  const mv = computeMinimumVital(minimumInputs[i]);
  if (mv.normsVersion !== NORMS_VERSION) fail(`computeMinimumVital applies ${mv.normsVersion}`);
  const q = seizableQuota({ ...quotaInputs[i], minimumVital: mv.total });
  if ((S !== null) !== (q.spouseShareOfMinimum !== undefined)) fail('seizableQuota: spouse share present/absent mismatch');
  seen['computeMinimumVital + seizableQuota'] = { minimum: mv.total, share: q.debtorShareOfMinimum, seizable: q.seizable };

  const r = decimalRecords[i];
  const dm = decimalMinimum(r);
  const dq = decimalQuota(r.netIncome, dm, r.spouse);
  seen['decimal.js baseline'] = { minimum: dm.toFixed(2), share: dq.share.toFixed(2), seizable: dq.seizable.toFixed(2) };

  const want = { minimum: expected, ...expectedQuota };
  const wantText = { minimum: chf(want.minimum), share: chf(want.share), seizable: chf(want.seizable) };
  for (const [who, got] of Object.entries(seen)) {
    const asText = who === 'seizurePlan' ? { minimum: chf(got.minimum), share: chf(got.share), seizable: chf(got.seizable) } : got;
    for (const key of ['minimum', 'share', 'seizable']) {
      if (asText[key] !== wantText[key]) fail(`${who} gives ${key} ${asText[key]}, the integer baseline ${wantText[key]}.`);
    }
  }

  byType[h.type]++;
  for (const age of h.childAges) {
    stats.children++;
    if (age >= ADULT_AGE) stats.childAdult++;
    else if (age >= CHILD_AGE_THRESHOLD) stats.childOlder++;
    else stats.childYounger++;
  }
  const children = minimumInputs[i].household.children ?? [];
  stats.childOnThreshold += children.filter((c, k) => [CHILD_AGE_THRESHOLD, ADULT_AGE].includes(h.childAges[k]) && ['06-01', '06-02', '05-31'].includes(c.birthDate.slice(5))).length;
  if (h.rent !== null) {
    stats.rent++;
    if (!h.rent.proven) stats.rentUnproven++;
    if (h.rentShare.den !== 1 || h.rentShare.num !== 1) stats.rentShared++;
    if (h.rent.proven && (h.rent.centimes * h.rentShare.num) % h.rentShare.den !== 0) stats.fractionalRentShare++;
  }
  stats.expensesUnproven += h.expenses.filter((e) => !e.proven).length;
  if (h.taxes !== null) stats.taxes++;
  if (S !== null) stats.spouse++;
  if (S === 0 && D === 0) stats.spouseBothZero++;
  if (want.seizable === 0) stats.seizableZero++;
}

// ---------------------------------------------------------------------------------------------------
// Timing: the same records for every task, each in its natural input form. Per record: the minimum, then
// the share and the seizable amount.

let sink = 0;
const bench = new Bench({
  name: 'lp-rules seizure, Geneva NI-2026',
  throws: true,
  ...(SMOKE
    ? { time: 50, iterations: 2, warmupTime: 10, warmupIterations: 1 }
    : { time: 3000, iterations: 10, warmupTime: 1000, warmupIterations: 3 }),
});

const TASKS = {
  plan: 'SDK seizurePlan (minimumVital + quota, centimes)',
  integer: 'integer-centime baseline (hand-written)',
  decimal: 'decimal.js baseline (same formula)',
  api: 'SDK computeMinimumVital + seizableQuota (validation + trace)',
};

bench
  .add(TASKS.plan, () => {
    let n = 0;
    for (let i = 0; i < TIMED; i++) {
      const minimum = plan.minimumVital(households[i]);
      n += plan.quota(incomes[i], minimum, spouses[i]).seizable + minimum;
    }
    sink += n;
  })
  .add(TASKS.integer, () => {
    let n = 0;
    for (let i = 0; i < TIMED; i++) {
      const minimum = integerMinimum(households[i]);
      n += integerQuota(incomes[i], minimum, spouses[i]).seizable + minimum;
    }
    sink += n;
  })
  .add(TASKS.decimal, () => {
    let n = 0;
    for (let i = 0; i < TIMED; i++) {
      const r = decimalRecords[i];
      const minimum = decimalMinimum(r);
      n += decimalQuota(r.netIncome, minimum, r.spouse).seizable.isZero() ? 1 : 2;
    }
    sink += n;
  })
  .add(TASKS.api, () => {
    let n = 0;
    for (let i = 0; i < TIMED; i++) {
      const mv = computeMinimumVital(minimumInputs[i]);
      n += seizableQuota({ ...quotaInputs[i], minimumVital: mv.total }).trace.length + mv.trace.length;
    }
    sink += n;
  });

await bench.run();

// ---------------------------------------------------------------------------------------------------
// Report.

const { rate, rows } = taskRates(bench, TIMED);
const ratio = (a, b) => `${(rate[a] / rate[b]).toFixed(1)}×`;
const percent = (a, b) => `${((100 * rate[a]) / rate[b]).toFixed(1)} %`;
const count = (n) => n.toLocaleString('en-US');

const cpus = os.cpus();
const lines = [
  `## lp-rules seizure benchmark${SMOKE ? ' (smoke: timings not meaningful)' : ''}`,
  '',
  `- Node ${process.version} on ${process.platform}/${process.arch}; ${os.availableParallelism()} CPUs available (${cpus[0]?.model?.trim() ?? 'unknown CPU'}); the bench uses one`,
  `- tinybench: time ${bench.opts.time} ms, at least ${bench.opts.iterations} passes per task, warm-up ${bench.opts.warmupTime} ms / ${bench.opts.warmupIterations} passes; decimal.js ${DECIMAL_VERSION}`,
  `- ${count(RECORDS)} seizure records (PRNG seed ${SEED}), asOf ${AS_OF}, norms ${NORMS_VERSION}; timed: the first ${count(TIMED)} per pass`,
  `- households: ${HOUSEHOLD_TYPES.map((t) => `${t} ${byType[t]}`).join(', ')}`,
  `- children: ${count(stats.children)} (${stats.childYounger} under 10, ${stats.childOlder} aged 10–17, ${stats.childAdult} adult; ${stats.childOnThreshold} born on or next to the reference day at 10 or 18); rent: ${stats.rent} (${stats.rentUnproven} unproven, ${stats.rentShared} with a share, ${stats.fractionalRentShare} leaving a fraction of a centime); ${stats.expensesUnproven} unproven supplements; taxes given: ${stats.taxes}`,
  `- spouse income: ${stats.spouse} (both incomes zero: ${stats.spouseBothZero}); nothing seizable: ${stats.seizableZero}`,
  '- all agree on every record (minimum, share, seizable): seizurePlan, computeMinimumVital + seizableQuota, the integer-centime baseline and the decimal.js baseline',
  '',
  TABLE_HEADER,
  '|---|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  '| Ratio | Value |',
  '|---|---:|',
  `| seizurePlan / integer baseline | ${percent(TASKS.plan, TASKS.integer)} |`,
  `| seizurePlan / decimal.js baseline | ${ratio(TASKS.plan, TASKS.decimal)} |`,
  `| public API / decimal.js baseline | ${ratio(TASKS.api, TASKS.decimal)} |`,
  `| integer baseline / decimal.js baseline | ${ratio(TASKS.integer, TASKS.decimal)} |`,
  `| seizurePlan / public API | ${ratio(TASKS.plan, TASKS.api)} |`,
];
if (sink <= 0) throw new Error('No work was measured.');
console.log(lines.join('\n'));
