// Benchmark of the card-number check (`findSensitiveValues`, which runs on every input and every bulk
// record) and of its worst cases (issue 15: a 1 MB text field took 11 s through the IBAN exemption's
// backtracking regex):
//
//   A. per record, the check alone on the parsed fixtures: the 10,004 seizure files and the payments;
//   B. 1 MB adversarial texts through `containsCardNumber`, in ms per text.
//
//   node bench/sensitive.bench.mjs                       # full run on the current src/
//   node bench/sensitive.bench.mjs --against main        # the same, and the same tasks on another git ref
//   node bench/sensitive.bench.mjs --smoke               # the correctness gates, tiny passes (CI: not speed)
//
// The check is internal (not exported by the package), so this bench bundles src/core/sensitive.ts with
// esbuild, as tsup does, and measures that bundle; `--against <ref>` bundles the same file from the ref's
// tree (git archive) for a before/after in one run. Absolute figures depend on the machine; compare the
// two columns of one run. Before any timing: the fixtures hold no card number, and each adversarial text
// and a few card numbers give the expected answer, or the bench throws.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Bench } from 'tinybench';

const SMOKE = process.argv.includes('--smoke');
const against = process.argv.includes('--against') ? process.argv[process.argv.indexOf('--against') + 1] : null;
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'lp-rules-sensitive-bench-'));

/** The check, bundled from `src/core/sensitive.ts` of the given tree. */
async function bundle(tree, name) {
  const outfile = join(work, `${name}.mjs`);
  await build({ entryPoints: [join(tree, 'src/core/sensitive.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}

const versions = [['this tree', await bundle(root, 'current')]];
if (against) {
  const tree = join(work, 'ref');
  execFileSync('mkdir', ['-p', tree]);
  execFileSync('sh', ['-c', `git -C "${root}" archive "${against}" src | tar -x -C "${tree}"`]);
  versions.push([against, await bundle(tree, 'ref')]);
}

const jsonl = (file) => readFileSync(join(root, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const seizureFiles = jsonl('fixtures/seizure-files.jsonl');
const payments = jsonl('fixtures/payments.jsonl');

const MB = 1 << 20;
const fill = (unit) => unit.repeat(Math.floor(MB / unit.length));
const ADVERSARIAL = [
  ['an IBAN start before 40 digits, repeated', fill(`AB12${'1'.repeat(40)} `)],
  ['one run of 1 M zeros', '0'.repeat(MB)],
  ['one-digit groups', fill('7 ')],
  ['phone numbers, one after another', fill('079 123 45 67 ')],
  ['Arabic-Indic zeros', fill('٠')],
  ['French prose', fill("Le débiteur a payé 1'234.50 CHF le 18.03.2026 ; ")],
];

// ---------------------------------------------------------------------------------------------------
// Gates, on this tree's check.

const [, current] = versions[0];
for (const [name, records] of [['seizure files', seizureFiles], ['payments', payments]]) {
  const hits = records.filter((r) => current.findSensitiveValues(r).some((i) => i.code === 'SENSITIVE_DATA'));
  if (hits.length > 0) throw new Error(`${name}: ${hits.length} records taken for card numbers`);
}
for (const pan of ['4111 1111 1111 1111', '٤١١١١١١١١١١١١١١١', '5555\u00a05555\u00a05555\u00a04444']) {
  if (!current.containsCardNumber(pan)) throw new Error(`missed ${pan}`);
}
for (const [name, text] of ADVERSARIAL) {
  if (current.containsCardNumber(text)) throw new Error(`${name}: taken for a card number`);
  if (!current.containsCardNumber(`${text}, 4111 1111 1111 1111`)) throw new Error(`${name}: the card number after it is missed`);
}
console.log(`gates passed: no card number in ${seizureFiles.length} seizure files and ${payments.length} payments; card numbers found; each 1 MB text read and answered`);

// ---------------------------------------------------------------------------------------------------
// A. Per record.

const bench = new Bench(SMOKE ? { time: 50, iterations: 3, warmupIterations: 1 } : { time: 3_000, iterations: 20, warmupTime: 500 });
for (const [label, lib] of versions) {
  bench.add(`seizure files (${label})`, () => {
    for (let k = 0; k < seizureFiles.length; k++) lib.findSensitiveValues(seizureFiles[k]);
  });
  bench.add(`payments (${label})`, () => {
    for (let k = 0; k < payments.length; k++) lib.findSensitiveValues(payments[k]);
  });
}
await bench.run();
console.log('\n### A. findSensitiveValues per record\n');
console.log('| Task | µs / record (mean) | µs / record (median) | ± RME | Passes |');
console.log('|---|---:|---:|---:|---:|');
for (const task of bench.tasks) {
  const r = task.result;
  if (!r || r.error) throw new Error(`Task ${task.name} failed: ${r?.error?.message ?? 'no result'}`);
  const n = task.name.startsWith('seizure') ? seizureFiles.length : payments.length;
  console.log(`| ${task.name} | ${((r.latency.mean * 1000) / n).toFixed(3)} | ${((r.latency.p50 * 1000) / n).toFixed(3)} | ${r.latency.rme.toFixed(2)}% | ${r.latency.samples.length} |`);
}

// ---------------------------------------------------------------------------------------------------
// B. 1 MB adversarial texts: median of a few runs (one for another ref, which may take seconds).

console.log('\n### B. containsCardNumber on a 1 MB text (ms)\n');
console.log(`| Text | ${versions.map(([label]) => label).join(' | ')} |`);
console.log(`|---|${versions.map(() => '---:').join('|')}|`);
for (const [name, text] of ADVERSARIAL) {
  const cells = versions.map(([, lib], v) => {
    const runs = SMOKE || v > 0 ? 1 : 7;
    const times = [];
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      lib.containsCardNumber(text);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(1);
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
rmSync(work, { recursive: true, force: true });
