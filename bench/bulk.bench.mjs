// Benchmark of bulk recalculation (issue 7), as ratios within one run:
//
//   A. per record, without I/O, on the SAME parsed seizure files (fixtures/seizure-files.jsonl): the SDK
//      (`recalculateQuotas`, trace off and on; `seizurePlan`), json-rules-engine evaluating the same rule
//      JSON (src/rules/seizure/minimum-vital.rules.json), and a hand-written integer-centime baseline.
//      Issue 7's targets, as it words them ("compiled plan vs json-rules-engine evaluating the same rule
//      JSON vs a hand-written integer-centime baseline of the same formula"): the compiled plan ≥ 25 % of
//      the baseline and ≥ 300× json-rules-engine, like for like (all three fed by the same hand-written
//      reader, which validates nothing); with the trace on — only `recalculateQuotas` has one — ≥ 5 %,
//      validation included. `recalculateQuotas` trace off (the plan plus card-number scan, ajv, money and
//      date checks, result objects) is reported beside them.
//   B. end to end: `node dist/cli.js recalc big.jsonl --out /dev/null --workers 1|2` against a bare
//      script that only parses and re-serialises every line of the same file, as whole-process runs.
//   C. memory (full run only): peak RSS of the CLI for 100 k, 1 M and 10 M records streamed through stdin.
//
//   npm run bench:bulk                  # build, then the full run (2.5 min on an Intel host, 4 min on an AMD one, 2 cores)
//   node bench/bulk.bench.mjs           # full run on the current dist/
//   node bench/bulk.bench.mjs --smoke   # same correctness gates, tiny passes, no section C (CI: not speed)
//
// It measures the BUILT package (dist/index.js, dist/cli.js), as integrators get it. Absolute figures
// depend on the machine; compare the ratios of one run. Every gate runs before any timing and throws on
// a mismatch: in A, all tasks must agree on the minimum, the debtor's share and the seizable amount of
// every record; in B, the CLI must write one line per input line, identical with 1 and 2 workers.
//
// Two helper modes of this same file are run as child processes (no SDK is loaded in them):
//   node bench/bulk.bench.mjs --bare-io <in.jsonl> <out>   the bare JSONL parse + serialise of section B
//   node bench/bulk.bench.mjs --generate <n>               n seizure files on stdout, for section C

import { createReadStream, createWriteStream, readFileSync, writeFileSync, rmSync, mkdtempSync, mkdirSync, cpSync, statSync, existsSync } from 'node:fs';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkBaselineAmounts, divHalfUp, integerMinimum, integerQuota } from './integer-baseline.mjs';

const FIXTURE = new URL('../fixtures/seizure-files.jsonl', import.meta.url);
const BATCH = 512; // lines per write, as the CLI (src/cli/recalc.ts)

// ---------------------------------------------------------------------------------------------------
// Helper mode: the bare I/O of section B. Reads the file as the CLI does (utf8 chunks, split on '\n',
// no promise per line), JSON.parse + JSON.stringify of each line, one write per 512 lines with
// backpressure. Nothing else: this is the I/O ceiling the CLI is compared with.

if (process.argv[2] === '--bare-io') {
  const input = createReadStream(process.argv[3]);
  const out = createWriteStream(process.argv[4]);
  input.setEncoding('utf8');
  let rest = '';
  let text = '';
  let inBatch = 0;
  let lines = 0;
  const flush = async () => {
    if (text !== '' && !out.write(text)) await once(out, 'drain');
    text = '';
    inBatch = 0;
  };
  for await (const chunk of input) {
    const data = rest + chunk;
    let start = 0;
    for (let end = data.indexOf('\n'); end !== -1; end = data.indexOf('\n', start)) {
      if (end > start) {
        text += `${JSON.stringify(JSON.parse(data.slice(start, end)))}\n`;
        lines++;
        if (++inBatch === BATCH) await flush();
      }
      start = end + 1;
    }
    rest = data.slice(start);
  }
  if (rest.trim() !== '') {
    text += `${JSON.stringify(JSON.parse(rest))}\n`;
    lines++;
  }
  await flush();
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
  process.stderr.write(`bare-io: ${lines} lines\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------
// Helper mode: n seizure files on stdout (the fixture's lines, cycled), with backpressure, never held
// in memory beyond one copy of the fixture. Section C pipes this into the CLI.

if (process.argv[2] === '--generate') {
  let n = Number(process.argv[3]);
  const lines = readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l !== '');
  const whole = `${lines.join('\n')}\n`;
  const out = process.stdout;
  const write = async (s) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  while (n >= lines.length) {
    await write(whole);
    n -= lines.length;
  }
  if (n > 0) await write(`${lines.slice(0, n).join('\n')}\n`);
  out.end();
  await once(out, 'finish');
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------
// The bench itself.

const os = await import('node:os');
const path = await import('node:path');
const { spawn, spawnSync } = await import('node:child_process');
const { createRequire } = await import('node:module');
const { fileURLToPath, pathToFileURL } = await import('node:url');
const { Bench } = await import('tinybench');
const { Engine } = await import('json-rules-engine');

const require = createRequire(import.meta.url);
const JRE_VERSION = require('json-rules-engine/package.json').version;

const SMOKE = process.argv.includes('--smoke');
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

const A_RECORDS = SMOKE ? 1_000 : Infinity; // section A: the first ones of the fixture (all of them in full)
const B_COPIES = SMOKE ? 2 : 20; // section B: the fixture repeated (10 004 lines each)
const B_RUNS = SMOKE ? 1 : 7; // timed runs per command (median), after one untimed warm-up in full mode
const C_SIZES = SMOKE ? [] : [100_000, 1_000_000, 10_000_000];
const C_LIMIT_MB = 200;
const TIME_BIN = '/usr/bin/time';

/** The markdown table header of section A; test/bench-smoke.test.ts looks for it. */
const TABLE_HEADER = '| Task | Records/s | ± RME | Mean ms / pass | Median ms / pass | Passes |';
/** The header of section B's table; test/bench-smoke.test.ts looks for it. */
const CLI_HEADER = '| Command (whole process) | Records/s | Median s | Min s | Max s | CPU s | Cores busy | Runs |';

// One build for the whole run: dist/ (index.js, its chunks, cli.js and its worker) is copied once, before anything
// runs, so that a rebuild during the run (`tsup` empties dist/ first) cannot mix builds or break a run.
// The copy sits under node_modules/.cache so that the bundles still resolve their dependencies.
const BUILT = ['index.js', 'cli.js', 'cli-worker.js'];
const missing = BUILT.filter((f) => !existsSync(path.join(ROOT, 'dist', f)));
if (missing.length > 0) throw new Error(`dist/${missing.join(', dist/')} missing: build first (\`npx tsup\` or \`npm run build\`).`);
const SNAPSHOT = path.join(ROOT, 'node_modules', '.cache', `lp-rules-bulk-bench-${process.pid}`);
mkdirSync(SNAPSHOT, { recursive: true });
// The ESM build is split into chunks (issue 19): the whole directory goes, not the entry files alone.
cpSync(path.join(ROOT, 'dist'), SNAPSHOT, { recursive: true });
process.on('exit', () => rmSync(SNAPSHOT, { recursive: true, force: true }));
const CLI = path.join(SNAPSHOT, 'cli.js');
const lib = await import(pathToFileURL(path.join(SNAPSHOT, 'index.js')).href);
const { seizurePlan, recalculateQuotas, getRuleSet } = lib;
// The reference evaluator is published apart (lp-rules/reference); its `evaluate` takes both engines.
const { evaluate } = await import(pathToFileURL(path.join(SNAPSHOT, 'reference.js')).href);

const count = (n) => n.toLocaleString('en-US');
const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
/** Centimes (≥ 0) as the SDK writes CHF amounts: "1792.50". */
const chf = (c) => `${Math.trunc(c / 100)}.${pad2(c % 100)}`;

// ---------------------------------------------------------------------------------------------------
// Section A. The records: the fixture's seizure files, parsed once. Every task starts from these objects
// and ends with the minimum, the debtor's share and the seizable amount as CHF strings.

const fixtureLines = readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l !== '');
const records = fixtureLines.slice(0, Math.min(A_RECORDS, fixtureLines.length)).map((l) => JSON.parse(l));
const N = records.length;

// The integer baseline's amounts (bench/integer-baseline.mjs: NI-2026, the same in NI-2025 and KBKS-2009,
// which the fixture's two older files use), checked against the rule file for every reference date.
const MINIMUM_VITAL = 'seizure.minimum-vital';
const minimumVitalSet = getRuleSet(MINIMUM_VITAL);
const asOfs = [...new Set(records.map((r) => r.asOf))].sort();
checkBaselineAmounts(minimumVitalSet, asOfs);

// ---- The hand-written reader shared by the plan, json-rules-engine and integer tasks. Not shipped code.
// It trusts its input (no validation: the fixture is valid, and recalculateQuotas reports it so below):
// CHF strings to centimes, birth dates to completed years on asOf, the rent share as num/den.

/** "1792.5" / "1792.50" / "1792" → centimes. */
function centimes(text) {
  const dot = text.indexOf('.');
  if (dot === -1) return Number(text) * 100;
  const decimals = text.length - dot - 1;
  if (decimals > 2) throw new Error(`reader: more than 2 decimals in ${text}`);
  const whole = Number(text.slice(0, dot)) * 100;
  return decimals === 2 ? whole + Number(text.slice(dot + 1)) : whole + Number(text.slice(dot + 1)) * 10;
}

/** An expense as written in a seizure file: "412.30" (proven) or { amount, proven }. */
const expenseOf = (item, e) => (typeof e === 'string' ? { item, centimes: centimes(e), proven: true } : { item, centimes: centimes(e.amount), proven: e.proven !== false });

const LISTS = ['healthInsurance', 'professional'];
const SINGLES = ['alimony', 'childcare', 'education'];

/** A seizure file → { asOf, household (the SDK's Household shape), netIncome, spouse } in centimes. */
function read(f) {
  const asOf = f.asOf;
  const asYear = Number(asOf.slice(0, 4));
  const asMonthDay = asOf.slice(5);
  const children = f.household.children;
  const childAges = [];
  if (children !== undefined) {
    for (let k = 0; k < children.length; k++) {
      const b = children[k].birthDate;
      childAges.push(asYear - Number(b.slice(0, 4)) - (asMonthDay < b.slice(5) ? 1 : 0));
    }
  }
  const x = f.expenses;
  let rent = null;
  let rentShare = { num: 1, den: 1 };
  const expenses = [];
  let taxes = null;
  if (x !== undefined) {
    if (x.rent !== undefined) {
      const e = expenseOf('rent', x.rent);
      rent = { centimes: e.centimes, proven: e.proven };
    }
    if (x.rentShare !== undefined) {
      const dot = x.rentShare.indexOf('.');
      rentShare = dot === -1 ? { num: Number(x.rentShare), den: 1 } : { num: Number(x.rentShare.replace('.', '')), den: 10 ** (x.rentShare.length - dot - 1) };
    }
    for (const item of LISTS) {
      const list = x[item];
      if (list !== undefined) for (let k = 0; k < list.length; k++) expenses.push(expenseOf(item, list[k]));
    }
    for (const item of SINGLES) if (x[item] !== undefined) expenses.push(expenseOf(item, x[item]));
    if (x.taxes !== undefined) taxes = centimes(typeof x.taxes === 'string' ? x.taxes : x.taxes.amount);
  }
  return {
    asOf,
    household: { type: f.household.type, childAges, rent, rentShare, expenses, taxes },
    netIncome: centimes(f.netIncome),
    spouse: f.spouseNetIncome === undefined ? null : centimes(f.spouseNetIncome),
  };
}

// ---- (c) The integer-centime baseline of bench/integer-baseline.mjs, on the same reader.

function integerRecord(f) {
  const r = read(f);
  const minimum = integerMinimum(r.household);
  const q = integerQuota(r.netIncome, minimum, r.spouse);
  return { minimumVital: chf(minimum), debtorShareOfMinimum: chf(q.share), seizable: chf(q.seizable) };
}

// ---- The SDK's compiled plan on the same reader: seizurePlan built once per reference date.

const plans = new Map(asOfs.map((asOf) => [asOf, seizurePlan({ asOf })]));
let lastPlanAsOf = null;
let lastPlan = null;
function planRecord(f) {
  const r = read(f);
  if (r.asOf !== lastPlanAsOf) {
    lastPlanAsOf = r.asOf;
    lastPlan = plans.get(r.asOf);
  }
  const minimum = lastPlan.minimumVital(r.household);
  const q = lastPlan.quota(r.netIncome, minimum, r.spouse);
  return { minimumVital: chf(minimum), debtorShareOfMinimum: chf(q.share), seizable: chf(q.seizable) };
}

// ---- (b) json-rules-engine on the rule JSON of seizure.minimum-vital, one Engine per reference date,
// built once, as the SDK's reference evaluator builds it (src/engines/evaluator/reference.ts): the rules in
// force as written (a copy), allowUndefinedFacts false, the `$.a.b` path resolver, and the SDK's custom
// operators registered (the decimal comparisons below have the semantics of src/engines/evaluator/
// operators.ts; the gate also checks every answer against the SDK's own json-rules-engine run). Per
// record it asks the questions the SDK's plan asks (src/engines/seizure/norms.ts): the household's base,
// each child's amount, whether each expense counts (rent, supplements, taxes); then the same arithmetic.

const DECIMAL_TEXT = /^([+-])?(\d+)(?:\.(\d+))?$/;
/** Exact decimal parts of a decimal string or a finite number (shortest round-trip text); null if neither. */
function parseDecimal(input) {
  const text = typeof input === 'number' ? (Number.isFinite(input) && !String(input).includes('e') ? String(input) : null) : typeof input === 'string' ? input : null;
  if (text === null) return null;
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return null;
  const int = m[2].replace(/^0+(?=\d)/, '').replace(/^0$/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  return { negative: m[1] === '-' && (int !== '' || frac !== ''), int, frac };
}
function compareDecimal(a, b) {
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  let m;
  if (a.int.length !== b.int.length) m = a.int.length < b.int.length ? -1 : 1;
  else if (a.int !== b.int) m = a.int < b.int ? -1 : 1;
  else {
    const width = Math.max(a.frac.length, b.frac.length);
    const fa = a.frac.padEnd(width, '0');
    const fb = b.frac.padEnd(width, '0');
    m = fa === fb ? 0 : fa < fb ? -1 : 1;
  }
  return a.negative ? 0 - m : m;
}
const decimalCompare = (test) => (a, b) => {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return x !== null && y !== null && test(compareDecimal(x, y));
};
const CUSTOM_OPERATORS = {
  decimalLessThan: decimalCompare((c) => c < 0),
  decimalLessThanInclusive: decimalCompare((c) => c <= 0),
  decimalGreaterThan: decimalCompare((c) => c > 0),
  decimalGreaterThanInclusive: decimalCompare((c) => c >= 0),
};
function resolvePath(value, p) {
  let current = value;
  for (const key of p.slice(2).split('.')) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** Every operator the rule file uses must be a json-rules-engine built-in the SDK keeps, or one of ours. */
const usedOperators = new Set();
const walk = (c) => {
  const group = c.all ?? c.any ?? (c.not ? [c.not] : null);
  if (group) group.forEach(walk);
  else usedOperators.add(c.operator);
};
for (const rule of minimumVitalSet.rules) walk(rule.conditions);
for (const op of usedOperators) {
  if (!['equal', 'notEqual', 'in', 'notIn'].includes(op) && !(op in CUSTOM_OPERATORS)) throw new Error(`Operator ${op} of ${MINIMUM_VITAL} is not registered in the bench.`);
}

const READINGS = { cohabitingReading: 'half-couple', childAgeReading: 'from-10th-birthday' }; // the primary readings

function engineFor(asOf) {
  const inForce = (v) => v.validFrom <= asOf && (v.validTo === undefined || asOf <= v.validTo);
  const params = {};
  for (const [name, p] of Object.entries(minimumVitalSet.parameters)) params[name] = p.values.find(inForce).value;
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
  minimumVitalSet.rules.filter(inForce).forEach((rule, index) => {
    const { conditions, event } = structuredClone({ conditions: rule.conditions, event: rule.event });
    engine.addRule({ name: `${index}:${rule.id}`, priority: 1, conditions, event });
  });
  engine.addFact('params', params);
  const couple = centimes(params.baseCouple);
  const share = params.cohabitingShareOfCoupleBase; // "0.5"
  const shareDen = 10 ** (share.length - share.indexOf('.') - 1);
  return {
    engine,
    params,
    amounts: {
      BASE_SINGLE: centimes(params.baseSingle),
      BASE_SINGLE_PARENT: centimes(params.baseSingleParent),
      BASE_COUPLE: couple,
      BASE_COHABITING_HALF: divHalfUp(couple * Number(share.replace('.', '')), shareDen),
      CHILD_YOUNGER: centimes(params.childYounger),
      CHILD_OLDER: centimes(params.childOlder),
      CHILD_ADULT: 0,
    },
  };
}
const engines = new Map(asOfs.map((asOf) => [asOf, engineFor(asOf)]));

/** When set (the gate), every question asked is recorded, to be checked against the SDK's evaluators. */
let questions = null;

/** One question to the rules: exactly one rule must fire (as in the SDK); its event type. */
async function decide(e, asOf, householdType, minorChild, ageYears, item, proven) {
  const facts = { householdType, cohabitingReading: READINGS.cohabitingReading, minorChild, ageYears, childAgeReading: READINGS.childAgeReading, item, proven };
  const { events } = await e.engine.run(facts);
  if (events.length !== 1) throw new Error(`json-rules-engine: ${events.length} rules fired for ${JSON.stringify(facts)}`);
  if (questions !== null) questions.set(`${asOf}|${householdType}|${minorChild}|${ageYears}|${item}|${proven}`, { asOf, facts, type: events[0].type });
  return events[0].type;
}

async function jreRecord(f) {
  const r = read(f);
  const h = r.household;
  const e = engines.get(r.asOf);
  // As the SDK: each child first (an adult child is CHILD_ADULT), then the base, which depends on a minor child.
  let whole = 0;
  let minor = false;
  for (const age of h.childAges) {
    const type = await decide(e, r.asOf, null, null, age, null, null);
    if (type !== 'CHILD_ADULT') minor = true;
    whole += e.amounts[type];
  }
  whole += e.amounts[await decide(e, r.asOf, h.type, minor, null, null, null)];
  let rentScaled = 0;
  if (h.rent !== null && (await decide(e, r.asOf, null, null, null, 'rent', h.rent.proven)) === 'EXPENSE_COUNTED') rentScaled = h.rent.centimes * h.rentShare.num;
  for (const x of h.expenses) if ((await decide(e, r.asOf, null, null, null, x.item, x.proven)) === 'EXPENSE_COUNTED') whole += x.centimes;
  if (h.taxes !== null && (await decide(e, r.asOf, null, null, null, 'taxes', null)) === 'EXPENSE_COUNTED') whole += h.taxes;
  const minimum = whole + divHalfUp(rentScaled, h.rentShare.den);
  const q = integerQuota(r.netIncome, minimum, r.spouse);
  return { minimumVital: chf(minimum), debtorShareOfMinimum: chf(q.share), seizable: chf(q.seizable) };
}

// ---------------------------------------------------------------------------------------------------
// Section A, correctness first: a bench of wrong code is worthless.

const EXPECTED_NORMS = (asOf) => (asOf < '2025-01-01' ? 'KBKS-2009' : asOf < '2026-01-01' ? 'NI-2025' : 'NI-2026');
const results = { off: [], on: [] };
for await (const r of recalculateQuotas(records, { trace: false })) results.off.push(r);
for await (const r of recalculateQuotas(records, { trace: true })) results.on.push(r);

questions = new Map();
const stats = { children: 0, expenses: 0, spouse: 0, seizableZero: 0, decisions: 0 };
for (let i = 0; i < N; i++) {
  const f = records[i];
  const fail = (message) => {
    throw new Error(`Record ${i + 1} (${f.id}): ${message}\n  ${JSON.stringify(f)}`);
  };
  const r = read(f);
  const h = r.household;
  const minimum = integerMinimum(h);
  if (!Number.isSafeInteger(2 * (h.rent?.centimes ?? 0) * h.rentShare.num + 2 * h.rentShare.den) || !Number.isSafeInteger(2 * minimum * r.netIncome + 2 * (r.netIncome + (r.spouse ?? 0)))) {
    fail('out of the integer baseline’s exact range');
  }
  const want = integerRecord(f);
  const seen = {
    'recalculateQuotas (trace off)': results.off[i],
    'recalculateQuotas (trace on)': results.on[i],
    seizurePlan: planRecord(f),
    'json-rules-engine': await jreRecord(f),
  };
  for (const [who, got] of Object.entries(seen)) {
    let values = got;
    if (who.startsWith('recalculateQuotas')) {
      if (!got.ok) fail(`${who}: not ok: ${JSON.stringify(got.error)}`);
      if (got.line !== i + 1 || got.id !== f.id) fail(`${who}: line ${got.line}, id ${got.id}`);
      if (got.result.normsVersion !== EXPECTED_NORMS(f.asOf)) fail(`${who}: norms ${got.result.normsVersion}`);
      if (who.endsWith('(trace on)') !== Array.isArray(got.result.trace)) fail(`${who}: trace present/absent mismatch`);
      values = got.result;
    }
    for (const key of ['minimumVital', 'debtorShareOfMinimum', 'seizable']) {
      if (values[key] !== want[key]) fail(`${who} gives ${key} ${values[key]}, the integer baseline ${want[key]}.`);
    }
  }
  stats.children += h.childAges.length;
  stats.expenses += h.expenses.length + (h.rent === null ? 0 : 1) + (h.taxes === null ? 0 : 1);
  stats.decisions += 1 + h.childAges.length + h.expenses.length + (h.rent === null ? 0 : 1) + (h.taxes === null ? 0 : 1);
  if (r.spouse !== null) stats.spouse++;
  if (want.seizable === '0.00') stats.seizableZero++;
}
// Every json-rules-engine answer the bench used must equal the SDK's: its json-rules-engine run (the
// reference evaluator, a new Engine per call) and its compiled evaluator, on the same facts.
for (const { asOf, facts, type } of questions.values()) {
  const reference = await evaluate(MINIMUM_VITAL, facts, { asOf, engine: 'reference', trace: false });
  const compiled = evaluate(MINIMUM_VITAL, facts, { asOf, trace: false });
  const types = [reference, compiled].map((ev) => ev.fired.map((x) => x.event.type).join(','));
  if (types[0] !== type || types[1] !== type) throw new Error(`Question ${JSON.stringify(facts)} on ${asOf}: the bench's engine says ${type}, the SDK's reference ${types[0]}, compiled ${types[1]}.`);
}
const distinctQuestions = questions.size;
questions = null;

// ---------------------------------------------------------------------------------------------------
// Section A, timing: one pass = every record once. The async tasks await once per record (the SDK's
// async generator yields once per record; json-rules-engine's run() is a Promise per question).

/** Median of a list of numbers. */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

let sink = 0;
const bench = new Bench({
  name: 'lp-rules bulk recalculation, per record',
  throws: true,
  ...(SMOKE ? { time: 50, iterations: 2, warmupTime: 10, warmupIterations: 1 } : { time: 3000, iterations: 5, warmupTime: 1000, warmupIterations: 2 }),
});
const TASKS = {
  off: 'SDK recalculateQuotas, trace off',
  on: 'SDK recalculateQuotas, trace on',
  plan: 'SDK seizurePlan + hand-written reader',
  jre: 'json-rules-engine (same rule JSON) + reader',
  integer: 'integer-centime baseline + reader',
};
const traceOff = { trace: false };
const traceOn = { trace: true };
/** One pass of each task: every record once. */
const PASS = {
  off: async () => {
    let n = 0;
    for await (const r of recalculateQuotas(records, traceOff)) n += r.ok ? r.result.seizable.length : 0;
    sink += n;
  },
  on: async () => {
    let n = 0;
    for await (const r of recalculateQuotas(records, traceOn)) n += r.ok ? r.result.trace.length : 0;
    sink += n;
  },
  plan: () => {
    let n = 0;
    for (let i = 0; i < N; i++) n += planRecord(records[i]).seizable.length;
    sink += n;
  },
  jre: async () => {
    let n = 0;
    for (let i = 0; i < N; i++) n += (await jreRecord(records[i])).seizable.length;
    sink += n;
  },
  integer: () => {
    let n = 0;
    for (let i = 0; i < N; i++) n += integerRecord(records[i]).seizable.length;
    sink += n;
  },
};
for (const key of Object.keys(TASKS)) bench.add(TASKS[key], PASS[key]);
await bench.run();

const rate = {};
const rowsA = [];
for (const task of bench.tasks) {
  const r = task.result;
  if (!r || r.error) throw new Error(`Task ${task.name} failed: ${r?.error?.message ?? 'no result'}`);
  rate[task.name] = (N * 1000) / r.latency.mean;
  rowsA.push(`| ${task.name} | ${count(Math.round(rate[task.name]))} | ${r.latency.rme.toFixed(2)}% | ${r.latency.mean.toFixed(3)} | ${r.latency.p50.toFixed(3)} | ${r.latency.samples.length} |`);
}
if (sink <= 0) throw new Error('No work was measured.');

const met = (ok) => (SMOKE ? '(smoke)' : ok ? 'met' : '**not met**');
const pct = (x) => `${(100 * x).toFixed(1)} %`;
const times = (x) => `${x >= 100 ? Math.round(x) : x.toFixed(1)}×`;
const ratioA = {
  offInt: rate[TASKS.off] / rate[TASKS.integer],
  onInt: rate[TASKS.on] / rate[TASKS.integer],
  offJre: rate[TASKS.off] / rate[TASKS.jre],
  onJre: rate[TASKS.on] / rate[TASKS.jre],
  planInt: rate[TASKS.plan] / rate[TASKS.integer],
  planJre: rate[TASKS.plan] / rate[TASKS.jre],
  offOn: rate[TASKS.off] / rate[TASKS.on],
};

// Paired rounds: tinybench times the tasks one after the other, tens of seconds apart (json-rules-engine
// alone takes ~40 s), and this host drifts by more than 15 % over such spans. Here the SDK's tasks and the
// baseline alternate within each round, and each round gives its own ratios: their median is what the
// targets are judged on, their range shows how far one run can fall from it. Within a round each task
// starts from a collected heap (no task pays for another's garbage), runs one untimed pass, then timed
// passes for at least ROUND_MS; its time is the median pass.
const ROUNDS = SMOKE ? 1 : 9;
const ROUND_MS = SMOKE ? 0 : 300;
const collect = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc');
})();
const roundRatios = { offInt: [], onInt: [], planInt: [] };
for (let round = 0; round < ROUNDS; round++) {
  const ms = {};
  for (const key of ['integer', 'off', 'on', 'plan']) {
    collect();
    await PASS[key]();
    const passes = [];
    const start = performance.now();
    do {
      const t = performance.now();
      await PASS[key]();
      passes.push(performance.now() - t);
    } while (passes.length < 3 || performance.now() - start < ROUND_MS);
    ms[key] = median(passes);
  }
  roundRatios.offInt.push(ms.integer / ms.off);
  roundRatios.onInt.push(ms.integer / ms.on);
  roundRatios.planInt.push(ms.integer / ms.plan);
}
const paired = (xs) => `${pct(median(xs))} (${pct(Math.min(...xs))}–${pct(Math.max(...xs))})`;

// ---------------------------------------------------------------------------------------------------
// Section B: end to end, whole processes. The input: the fixture repeated, in a temporary directory.

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lp-rules-bulk-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const big = path.join(tmp, 'big.jsonl');
const fixtureText = `${fixtureLines.join('\n')}\n`;
writeFileSync(big, fixtureText.repeat(B_COPIES));
const bLines = fixtureLines.length * B_COPIES;
const bBytes = statSync(big).size;

/** One whole-process run: wall seconds, and with GNU time the CPU seconds (user + system, all threads). */
function run(args, what) {
  const timed = existsSync(TIME_BIN);
  const [cmd, argv] = timed ? [TIME_BIN, ['-f', 'BENCH_CPU=%U %S', process.execPath, ...args]] : [process.execPath, args];
  const started = process.hrtime.bigint();
  const p = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (p.error) throw p.error;
  if (p.status !== 0) throw new Error(`${what} exited with ${p.status}: ${p.stderr}`);
  const cpu = /BENCH_CPU=([\d.]+) ([\d.]+)/.exec(p.stderr);
  return { seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, stderr: p.stderr };
}
const cliArgs = (workers, out) => [CLI, 'recalc', big, '--out', out, '--workers', String(workers)];

// Gate: one output line per input line, every record ok, byte-identical with 1 and 2 workers, and the
// first copy of the fixture recalculated exactly as recalculateQuotas (trace off) did in section A.
const outs = {};
for (const w of [1, 2]) {
  outs[w] = path.join(tmp, `out-w${w}.jsonl`);
  run(cliArgs(w, outs[w]), `CLI --workers ${w}`);
}
const out1 = readFileSync(outs[1]);
if (!out1.equals(readFileSync(outs[2]))) throw new Error('CLI outputs with 1 and 2 workers differ.');
const outLines = out1.toString('utf8').split('\n');
if (outLines.pop() !== '' || outLines.length !== bLines) throw new Error(`CLI wrote ${outLines.length} lines for ${bLines} input lines.`);
for (let k = 0; k < outLines.length; k++) {
  const o = JSON.parse(outLines[k]);
  if (o.ok !== true || o.line !== k + 1) throw new Error(`CLI output line ${k + 1}: ${outLines[k]}`);
  if (k < N && outLines[k] !== JSON.stringify(results.off[k])) throw new Error(`CLI output line ${k + 1} differs from recalculateQuotas:\n  ${outLines[k]}\n  ${JSON.stringify(results.off[k])}`);
}
const bareOut = path.join(tmp, 'bare.jsonl');
run([SELF, '--bare-io', big, bareOut], 'bare I/O');
const bareLines = readFileSync(bareOut, 'utf8').split('\n');
if (bareLines.pop() !== '' || bareLines.length !== bLines || bareLines[0] !== fixtureLines[0]) throw new Error(`bare I/O wrote ${bareLines.length} lines for ${bLines}.`);
rmSync(outs[1]);
rmSync(outs[2]);
rmSync(bareOut);

// Timing: the three commands round-robin (so that machine drift hits all alike), median of B_RUNS.
const COMMANDS = {
  bare: { label: 'bare JSONL parse + serialise (one thread)', args: [SELF, '--bare-io', big, '/dev/null'] },
  w1: { label: 'CLI recalc --workers 1', args: cliArgs(1, '/dev/null') },
  w2: { label: 'CLI recalc --workers 2', args: cliArgs(2, '/dev/null') },
};
const timings = { bare: [], w1: [], w2: [] };
const cpuTimes = { bare: [], w1: [], w2: [] };
const inProcess = { w1: [], w2: [] };
for (let rep = SMOKE ? 0 : -1; rep < B_RUNS; rep++) {
  for (const [key, c] of Object.entries(COMMANDS)) {
    const { seconds, cpu, stderr } = run(c.args, c.label);
    if (rep < 0) continue; // warm-up: page cache, JIT caches
    timings[key].push(seconds);
    cpuTimes[key].push(cpu);
    const m = /, ([\d.]+) s, (\d+) records\/s/.exec(stderr);
    if (key !== 'bare' && m) inProcess[key].push(Number(m[2]));
  }
}
const rateB = {};
const bestB = {};
const rowsB = [];
for (const [key, c] of Object.entries(COMMANDS)) {
  const t = timings[key];
  rateB[key] = bLines / median(t);
  bestB[key] = bLines / Math.min(...t);
  const cpu = median(cpuTimes[key]);
  const cores = Number.isFinite(cpu) ? (cpu / median(t)).toFixed(2) : '–';
  rowsB.push(`| ${c.label} | ${count(Math.round(rateB[key]))} | ${median(t).toFixed(3)} | ${Math.min(...t).toFixed(3)} | ${Math.max(...t).toFixed(3)} | ${Number.isFinite(cpu) ? cpu.toFixed(2) : '–'} | ${cores} | ${t.length} |`);
}
const ratioB = { w1: rateB.w1 / rateB.bare, w2: rateB.w2 / rateB.bare, scale: rateB.w2 / rateB.w1 };
const ratioBest = { w1: bestB.w1 / bestB.bare, w2: bestB.w2 / bestB.bare, scale: bestB.w2 / bestB.w1 };

// ---------------------------------------------------------------------------------------------------
// Section B2: the CLI's workers alone, 1 vs 2 — the built worker file, the CLI's messages (batches of
// 512 lines, batch k to worker k mod n, at most 3 per worker in flight, results taken in order, output
// buffers handed back), the input split beforehand and the output dropped: no file, no stream, no
// start-up (each worker has done one batch before the clock starts). How the computation itself scales.

const { Worker } = await import('node:worker_threads');
const B2_RUNS = SMOKE ? 1 : 5;
const bigLines = readFileSync(big, 'utf8').split('\n').filter((l) => l !== '');
const batchesB2 = [];
for (let k = 0; k < bigLines.length; k += BATCH) {
  const slice = bigLines.slice(k, k + BATCH);
  batchesB2.push({ lines: slice, numbers: slice.map((_, j) => k + j + 1), input: 'jsonl', output: 'jsonl', options: {} });
}

async function workersOnly(n) {
  const workers = Array.from({ length: n }, () => new Worker(path.join(SNAPSHOT, 'cli-worker.js'), { resourceLimits: { maxYoungGenerationSizeMb: 12 } }));
  const waiting = new Map();
  let id = 0;
  for (const w of workers) w.on('message', ({ id: i, output }) => waiting.get(i)(output));
  const submit = (batch) => {
    const i = id++;
    return new Promise((resolve) => {
      waiting.set(i, resolve);
      workers[i % n].postMessage({ id: i, batch });
    });
  };
  await Promise.all(workers.map(() => submit(batchesB2[0]))); // start-up and plan, off the clock
  const started = process.hrtime.bigint();
  const inflight = [];
  let lines = 0;
  const take = async () => {
    const i = id - inflight.length;
    const output = await inflight.shift();
    waiting.delete(i);
    lines += output.ok + output.failed;
    workers[i % n].postMessage({ spare: output.text.buffer }, [output.text.buffer]);
  };
  for (const batch of batchesB2) {
    inflight.push(submit(batch));
    while (inflight.length >= n * 3) await take();
  }
  while (inflight.length > 0) await take();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await Promise.all(workers.map((w) => w.terminate()));
  if (lines !== bigLines.length) throw new Error(`Section B2: ${lines} results for ${bigLines.length} lines.`);
  return seconds;
}
const timingsB2 = { 1: [], 2: [] };
for (let rep = 0; rep < B2_RUNS; rep++) for (const n of [1, 2]) timingsB2[n].push(await workersOnly(n));
const scaleB2 = median(timingsB2[1]) / median(timingsB2[2]);
const rowsB2 = [1, 2].map((n) => `| ${n} | ${count(Math.round(bigLines.length / median(timingsB2[n])))} | ${median(timingsB2[n]).toFixed(3)} | ${Math.min(...timingsB2[n]).toFixed(3)} | ${Math.max(...timingsB2[n]).toFixed(3)} | ${timingsB2[n].length} |`);

// ---------------------------------------------------------------------------------------------------
// Section C (full run only): peak RSS of the CLI process (worker threads included: they share it) for
// n records generated on the fly by a child process piped into the CLI's stdin; no file of that size is
// ever written. The peak comes from GNU time (%M, the kernel's maximum RSS of the process); VmRSS is also
// sampled every second from /proc, to see whether it still grows late in the run.

const rowsC = [];
const peaks = [];
const lateGrowth = [];

/** The pid of the CLI, the only child of GNU time; null until it has started. */
function childOf(pid) {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return kids === '' ? null : Number(kids.split(' ')[0]);
  } catch {
    return null;
  }
}
function vmRssKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

async function memoryRun(n) {
  const started = process.hrtime.bigint();
  const gen = spawn(process.execPath, [SELF, '--generate', String(n)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const cli = spawn(TIME_BIN, ['-f', 'PEAK_RSS_KB=%M', process.execPath, CLI, 'recalc', '-', '--out', '/dev/null', '--workers', '2'], { cwd: ROOT, stdio: [gen.stdout, 'ignore', 'pipe'] });
  let stderr = '';
  cli.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const samples = []; // [seconds since start, VmRSS kB]
  let cliPid = null;
  const poll = setInterval(() => {
    cliPid ??= childOf(cli.pid);
    if (cliPid === null) return;
    const kb = vmRssKb(cliPid);
    if (Number.isFinite(kb)) samples.push([Number(process.hrtime.bigint() - started) / 1e9, kb]);
  }, 1000);
  const [[genCode], [code]] = await Promise.all([once(gen, 'exit'), once(cli, 'exit')]);
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (genCode !== 0 || code !== 0) throw new Error(`Section C, ${n} records: generator exit ${genCode}, CLI exit ${code}: ${stderr}`);
  const kb = /PEAK_RSS_KB=(\d+)/.exec(stderr);
  const summary = /recalc: (\d+) records, (\d+) ok, (\d+) errors, ([\d.]+) s, (\d+) records\/s/.exec(stderr);
  if (!kb || !summary) throw new Error(`Section C, ${n} records: cannot read the summary:\n${stderr}`);
  if (Number(summary[1]) !== n || Number(summary[2]) !== n) throw new Error(`Section C: ${summary[1]} records (${summary[2]} ok) for ${n}.`);
  return { peakMb: Number(kb[1]) / 1024, seconds, rate: Number(summary[5]), samples };
}

if (C_SIZES.length > 0) {
  if (!existsSync(TIME_BIN)) throw new Error(`Section C needs ${TIME_BIN} (GNU time) for the peak RSS.`);
  for (const n of C_SIZES) {
    const r = await memoryRun(n);
    peaks.push(r.peakMb);
    const half = r.seconds / 2;
    const maxMb = (xs) => (xs.length === 0 ? '–' : (Math.max(...xs.map(([, kb]) => kb)) / 1024).toFixed(1));
    const first = r.samples.filter(([t]) => t < half);
    const second = r.samples.filter(([t]) => t >= half);
    // One entry per size (NaN when a run is too short to have samples in both halves).
    lateGrowth.push(first.length > 0 && second.length > 0 ? Math.max(...second.map(([, kb]) => kb)) / Math.max(...first.map(([, kb]) => kb)) : NaN);
    rowsC.push(`| ${count(n)} | ${r.peakMb.toFixed(1)} | ${maxMb(first)} | ${maxMb(second)} | ${r.samples.length} | ${r.seconds.toFixed(1)} | ${count(r.rate)} |`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Report.

const cpus = os.cpus();
const asOfCount = asOfs.map((a) => `${a} ×${records.filter((r) => r.asOf === a).length}`).join(', ');
const lines = [
  `## lp-rules bulk recalculation benchmark${SMOKE ? ' (smoke: timings not meaningful)' : ''}`,
  '',
  `- Node ${process.version} on ${process.platform}/${process.arch}; ${os.availableParallelism()} CPUs available (${cpus[0]?.model?.trim() ?? 'unknown CPU'}); json-rules-engine ${JRE_VERSION}`,
  '',
  '### A. Per record, no I/O (one thread)',
  '',
  `- tinybench: time ${bench.opts.time} ms, at least ${bench.opts.iterations} passes per task, warm-up ${bench.opts.warmupTime} ms / ${bench.opts.warmupIterations} passes; then ${ROUNDS} paired round(s): baseline, trace off, trace on, plan, each from a collected heap, one untimed pass, then timed passes for ≥ ${ROUND_MS} ms (≥ 3); a ratio per round from the median passes`,
  `- ${count(N)} seizure files of fixtures/seizure-files.jsonl, parsed once (asOf: ${asOfCount}); ${count(stats.children)} children, ${count(stats.expenses)} expenses, ${stats.spouse} spouse incomes, ${stats.seizableZero} with nothing seizable`,
  `- json-rules-engine: ${count(stats.decisions)} questions per pass (${(stats.decisions / N).toFixed(2)} per record), ${distinctQuestions} distinct, each answered as by the SDK's reference and compiled evaluators`,
  '- all agree on every record (minimum, share, seizable): recalculateQuotas (trace off, trace on), seizurePlan, json-rules-engine and the integer-centime baseline',
  '',
  TABLE_HEADER,
  '|---|---:|---:|---:|---:|---:|',
  ...rowsA,
  '',
  '| Ratio | Value (table above) | Paired rounds: median (range) | Target | |',
  '|---|---:|---:|---:|---|',
  `| seizurePlan + reader / integer baseline + reader (the compiled plan, like for like) | ${pct(ratioA.planInt)} | ${paired(roundRatios.planInt)} | ≥ 25 % | ${met(median(roundRatios.planInt) >= 0.25)} |`,
  `| recalculateQuotas (trace on) / integer baseline + reader (the traced path, with validation) | ${pct(ratioA.onInt)} | ${paired(roundRatios.onInt)} | ≥ 5 % | ${met(median(roundRatios.onInt) >= 0.05)} |`,
  `| seizurePlan + reader / json-rules-engine + reader (the compiled plan, like for like) | ${times(ratioA.planJre)} | | ≥ 300× | ${met(ratioA.planJre >= 300)} |`,
  `| recalculateQuotas (trace off) / integer baseline + reader (plus the validation the reader skips) | ${pct(ratioA.offInt)} | ${paired(roundRatios.offInt)} | | |`,
  `| recalculateQuotas (trace off) / json-rules-engine + reader (plus the validation the reader skips) | ${times(ratioA.offJre)} | | | |`,
  `| recalculateQuotas (trace on) / json-rules-engine + reader | ${times(ratioA.onJre)} | | | |`,
  `| recalculateQuotas trace off / trace on | ${times(ratioA.offOn)} | | | |`,
  '',
  '### B. End to end, whole processes',
  '',
  `- input: the fixture ×${B_COPIES} = ${count(bLines)} lines, ${(bBytes / 1e6).toFixed(1)} MB, in ${os.tmpdir()}; output to /dev/null; ${B_RUNS} timed run(s) per command${SMOKE ? '' : ', round-robin, after one warm-up run each'}; wall time of the process, Node start-up included`,
  `- the CLI wrote one line per input line, all ok, byte-identical with 1 and 2 workers, and its first ${count(N)} lines equal recalculateQuotas' results`,
  `- the CLI's own summary (in-process, start-up excluded), median: --workers 1 ${count(Math.round(median(inProcess.w1)))} records/s, --workers 2 ${count(Math.round(median(inProcess.w2)))} records/s`,
  '',
  CLI_HEADER,
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rowsB,
  '',
  '(Records/s from the median wall time; CPU s: user + system of all threads, median; cores busy = CPU s / median s.)',
  '',
  '| Ratio | Value (medians) | Best runs | Target | |',
  '|---|---:|---:|---:|---|',
  `| CLI --workers 1 / bare I/O | ${pct(ratioB.w1)} | ${pct(ratioBest.w1)} | ≥ 50 % | ${met(ratioB.w1 >= 0.5)} |`,
  `| CLI --workers 2 / bare I/O | ${pct(ratioB.w2)} | ${pct(ratioBest.w2)} | ≥ 50 % | ${met(ratioB.w2 >= 0.5)} |`,
  `| CLI --workers 2 / --workers 1 | ${ratioB.scale.toFixed(2)}× | ${ratioBest.scale.toFixed(2)}× | ≈ 2× (linear) | ${met(ratioB.scale >= 1.8)} |`,
  '',
  '### B2. The CLI\'s workers alone (no file, no stream, no start-up)',
  '',
  `- the same ${count(bigLines.length)} lines, split beforehand into batches of ${BATCH}, posted to the built worker (dist/cli-worker.js) as the CLI posts them; ${B2_RUNS} run(s) each, alternating`,
  '',
  '| Workers | Records/s | Median s | Min s | Max s | Runs |',
  '|---:|---:|---:|---:|---:|---:|',
  ...rowsB2,
  '',
  `- 2 workers / 1 worker: **${scaleB2.toFixed(2)}×** (the computation; section B adds the main thread's reading and writing, and start-up, on the same ${os.availableParallelism()} cores)`,
];
if (rowsC.length > 0) {
  // Flat: 10× more records (1 M → 10 M) add less than 10 % to the peak, and the second half of the 10 M
  // run peaks no higher than 10 % above its first half. The shorter runs are shown, not judged: their
  // first half still holds the heaps' growth to their working size (a few seconds, whatever the count).
  const last = peaks.length - 1;
  const growth = peaks[last] / peaks[last - 1];
  const flat = growth < 1.1 && lateGrowth[last] < 1.1; // NaN (no samples) is not flat
  const under = Math.max(...peaks) < C_LIMIT_MB;
  lines.push(
    '',
    '### C. Memory: the CLI fed through stdin (--workers 2, --out /dev/null)',
    '',
    `- records: the fixture cycled by a generator process piped into the CLI; peak RSS: \`${TIME_BIN} -f %M\` on the CLI process (worker threads included); VmRSS sampled every second from /proc`,
    '',
    '| Records | Peak RSS (MB) | VmRSS max, 1st half (MB) | VmRSS max, 2nd half (MB) | Samples | Wall s | Records/s (CLI summary) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rowsC,
    '',
    `- ${count(C_SIZES[last - 1])} → ${count(C_SIZES[last])} records: peak ×${growth.toFixed(2)}; 2nd half / 1st half of each run: ${lateGrowth.map((g) => (Number.isFinite(g) ? `×${g.toFixed(2)}` : '–')).join(', ')} (judged on the last): ${flat ? 'flat' : '**not flat**'}`,
    `- Target flat and < ${C_LIMIT_MB} MB: ${flat ? 'flat' : '**not flat**'}, ${under ? `under ${C_LIMIT_MB} MB (max ${Math.max(...peaks).toFixed(1)} MB): met` : `**above ${C_LIMIT_MB} MB** (max ${Math.max(...peaks).toFixed(1)} MB): **not met**`}`,
  );
}
console.log(lines.join('\n'));
