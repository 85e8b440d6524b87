// Benchmark of the two evaluators on the OCP payment rule set ('payment.ocp'), as ratios within one run.
//
//   npm run bench                             # build, then the full run
//   node bench/evaluators.bench.mjs           # full run on the current dist/
//   node bench/evaluators.bench.mjs --smoke   # a few iterations only (CI: checks the bench runs, not speed)
//
// It measures the BUILT package (dist/index.js), as integrators get it. One task iteration is one pass
// over a fixed, seeded set of fact records; records/s = records per pass / mean pass time. Absolute
// figures depend on the machine; only the ratios between tasks of the same run are meant to be compared.
// Before any timing, both evaluators (and validatePayment) must agree on every record, or the bench throws.

import os from 'node:os';
import { Bench } from 'tinybench';
import { mulberry32, taskRates } from './support.mjs';

const SMOKE = process.argv.includes('--smoke');
const RECORDS = 1000;
const SEED = 20260504;
const AS_OF = '2026-05-04';
const AT = '2026-05-04T10:00:00+02:00'; // Zurich date 2026-05-04: validatePayment applies the same parameters.
const RULE_SET = 'payment.ocp';

/** The markdown table header; test/bench-smoke.test.ts looks for it. */
const TABLE_HEADER = '| Task | Records/s | ± RME | Mean ms / pass | Median ms / pass | Passes |';

let lib;
try {
  lib = await import('../dist/index.js');
} catch (error) {
  console.error('Cannot load ../dist/index.js: build first (`npx tsup` or `npm run build`).');
  throw error;
}
const { validatePayment, getRuleSet } = lib;
// The reference evaluator is published apart (lp-rules/reference); its `evaluate` takes both engines.
const { evaluate } = await import('../dist/reference.js');

// ---------------------------------------------------------------------------------------------------
// Deterministic records: mulberry32, a tiny seeded PRNG.


const random = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)); // inclusive
const pick = (xs) => xs[Math.floor(random() * xs.length)];
function weighted(pairs) {
  let r = random() * pairs.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of pairs) {
    r -= w;
    if (r < 0) return value;
  }
  return pairs[pairs.length - 1][0];
}
const money = (centimes) => `${centimes < 0 ? '-' : ''}${Math.trunc(Math.abs(centimes) / 100)}.${String(Math.abs(centimes) % 100).padStart(2, '0')}`;

const INVALID_AMOUNTS = ['abc', '', '12,50', '1e3', '-', ' 100.00', 'NaN', "1'000.00", 'CHF 100', '10.5.0', '+', '.50'];
const EDGE_AMOUNTS = ['0', '0.00', '-5.00', '-0.01', '1000.001', '0.005', '999.999', '1000', '1000.0', '1000.00', '1000.01', '999.99'];
const NUMBER_AMOUNTS = [250.5, 1000, 1000.01, 999.99, 0.1, 12, 0, -3, 100.005];

function amountOf() {
  switch (weighted([['nearLimit', 35], ['ordinary', 30], ['number', 8], ['invalid', 12], ['edge', 15]])) {
    case 'nearLimit':
      return money(100000 + int(-500, 500)); // 995.00 … 1005.00
    case 'ordinary':
      return money(int(1, 150000));
    case 'number':
      return pick(NUMBER_AMOUNTS);
    case 'invalid':
      return pick(INVALID_AMOUNTS);
    default:
      return pick(EDGE_AMOUNTS);
  }
}

/** One payment scenario, then the same scenario as rule facts and as a validatePayment input. */
function scenario() {
  const amount = amountOf();
  const hasTarget = random() >= 0.1; // no target: balance and targetKind are null
  let target;
  if (hasTarget) {
    const fullPayment = typeof amount === 'string' && /^\d+\.\d{2}$/.test(amount) && random() < 0.2;
    const balance = fullPayment ? amount : money(int(0, 250000));
    const kind = weighted([['poursuite', 47], ['adb', 47], ['amende', 6]]);
    target = { kind, balance };
  }
  const method =
    random() < 0.35
      ? { type: 'twint' }
      : {
          type: 'card',
          brand: weighted([['visa', 40], ['mastercard', 40], ['maestro', 5], ['postfinance', 5], ['amex', 5], ['other', 5]]),
          funding: weighted([['debit', 70], ['credit', 15], ['prepaid', 15]]),
        };
  const issuerResponse = weighted([[null, 40], ['approved', 45], ['declined', 15]]);

  const facts = {
    amount,
    balance: target?.balance ?? null,
    targetKind: target?.kind ?? null,
    methodType: method.type,
    cardBrand: method.brand ?? null,
    cardFunding: method.funding ?? null,
    issuerResponse,
  };
  const input = {
    at: AT,
    amount,
    ...(target ? { target } : {}),
    method,
    ...(issuerResponse !== null ? { issuerResponse } : {}),
  };
  return { facts, input };
}

const scenarios = Array.from({ length: RECORDS }, scenario);
const factRecords = scenarios.map((s) => s.facts);
const paymentInputs = scenarios.map((s) => s.input);

// ---------------------------------------------------------------------------------------------------
// Correctness first: a bench of wrong code is worthless.

const ids = (evaluation) => evaluation.fired.map((f) => f.rule.id);
const firedCount = new Map(getRuleSet(RULE_SET).rules.map((r) => [r.id, 0])); // file order
let accepted = 0;
for (let i = 0; i < RECORDS; i++) {
  const facts = factRecords[i];
  const on = evaluate(RULE_SET, facts, { asOf: AS_OF });
  const off = evaluate(RULE_SET, facts, { asOf: AS_OF, trace: false });
  const ref = await evaluate(RULE_SET, facts, { asOf: AS_OF, engine: 'reference' });
  const pay = validatePayment(paymentInputs[i]);
  const expected = JSON.stringify(ids(ref));
  const seen = {
    'compiled (trace on)': JSON.stringify(ids(on)),
    'compiled (trace off)': JSON.stringify(ids(off)),
    validatePayment: JSON.stringify(pay.reasons.map((r) => r.rule)),
  };
  for (const [who, got] of Object.entries(seen)) {
    if (got !== expected) {
      throw new Error(`Record ${i} ${JSON.stringify(facts)}: ${who} fired ${got}, the reference evaluator ${expected}.`);
    }
  }
  if (JSON.stringify(on.trace) !== JSON.stringify(ref.trace)) {
    throw new Error(`Record ${i} ${JSON.stringify(facts)}: the compiled and reference traces differ.`);
  }
  if (off.trace.length !== 0) throw new Error(`Record ${i}: trace: false still returned a trace.`);
  if (pay.accepted !== (ref.fired.length === 0)) throw new Error(`Record ${i}: validatePayment.accepted disagrees.`);
  if (pay.accepted) accepted++;
  for (const id of ids(ref)) firedCount.set(id, (firedCount.get(id) ?? 0) + 1);
}

// ---------------------------------------------------------------------------------------------------
// Timing. Each task returns a value derived from the results so the work cannot be optimised away.

let sink = 0;
const bench = new Bench({
  name: 'lp-rules evaluators, payment.ocp',
  throws: true,
  ...(SMOKE
    ? { time: 50, iterations: 2, warmupTime: 10, warmupIterations: 1 }
    : { time: 3000, iterations: 20, warmupTime: 1000, warmupIterations: 5 }),
});

const TASKS = {
  compiledOff: 'compiled, trace off',
  compiledOn: 'compiled, trace on',
  reference: 'reference (json-rules-engine)',
  validatePayment: 'validatePayment (end to end)',
};

bench
  .add(TASKS.compiledOff, () => {
    let n = 0;
    for (const facts of factRecords) n += evaluate(RULE_SET, facts, { asOf: AS_OF, trace: false }).fired.length;
    sink += n;
  })
  .add(TASKS.compiledOn, () => {
    let n = 0;
    for (const facts of factRecords) n += evaluate(RULE_SET, facts, { asOf: AS_OF, trace: true }).trace.length;
    sink += n;
  })
  .add(TASKS.reference, async () => {
    let n = 0;
    for (const facts of factRecords) n += (await evaluate(RULE_SET, facts, { asOf: AS_OF, engine: 'reference' })).trace.length;
    sink += n;
  })
  .add(TASKS.validatePayment, () => {
    let n = 0;
    for (const input of paymentInputs) n += validatePayment(input).trace.length;
    sink += n;
  });

await bench.run();

// ---------------------------------------------------------------------------------------------------
// Report.

const { rate, rows } = taskRates(bench, RECORDS);
const ratio = (a, b) => `${(rate[a] / rate[b]).toFixed(1)}×`;

const cpus = os.cpus();
const lines = [
  `## lp-rules evaluator benchmark${SMOKE ? ' (smoke: timings not meaningful)' : ''}`,
  '',
  `- Node ${process.version} on ${process.platform}/${process.arch}; ${os.availableParallelism()} CPUs available (${cpus[0]?.model?.trim() ?? 'unknown CPU'})`,
  `- tinybench: time ${bench.opts.time} ms, at least ${bench.opts.iterations} passes per task, warm-up ${bench.opts.warmupTime} ms / ${bench.opts.warmupIterations} passes`,
  `- ${RECORDS} records for '${RULE_SET}' (PRNG seed ${SEED}), asOf ${AS_OF}: ${accepted} accepted, ${RECORDS - accepted} refused; all evaluators agree on every record`,
  `- times each rule fired (file order): ${[...firedCount].map(([id, n]) => `${id.replace('payment.ocp.', '')} ${n}`).join(', ')}`,
  '',
  TABLE_HEADER,
  '|---|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  '| Ratio | Value |',
  '|---|---:|',
  `| compiled (trace off) / reference | ${ratio(TASKS.compiledOff, TASKS.reference)} |`,
  `| compiled (trace on) / reference | ${ratio(TASKS.compiledOn, TASKS.reference)} |`,
  `| compiled (trace off) / compiled (trace on) | ${ratio(TASKS.compiledOff, TASKS.compiledOn)} |`,
  `| validatePayment / reference | ${ratio(TASKS.validatePayment, TASKS.reference)} |`,
];
if (sink <= 0) throw new Error('No work was measured.');
console.log(lines.join('\n'));
