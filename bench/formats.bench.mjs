// Throughput of `lp-rules recalc` by input format (issue 18), as ratios to JSONL within one run:
// the same N seizure files as JSONL, as strict CSV, as an Excel fr-CH CSV (`;`, CRLF, Swiss amounts and
// dates, read with --locale fr-CH) and as an xlsx sheet (built with exceljs), each recalculated by the
// built CLI to JSONL (`--out`, one worker), whole-process wall time, median of the runs. A last row writes
// the JSONL input's results as xlsx (`--format xlsx`). Gate before any timing: every input gives the same
// results (minimum vital and seizable amount of each record, in order).
//
//   npx tsup && node bench/formats.bench.mjs            # 20 000 records, 3 runs each
//   node bench/formats.bench.mjs --smoke                # 300 records, 1 run (correctness only)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const smoke = process.argv.includes('--smoke');
const N = smoke ? 300 : 20_000;
const RUNS = smoke ? 1 : 3;
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'lp-formats-'));

// Deterministic files: household, rent and incomes vary with k; amounts have centimes.
const TYPES = ['single', 'single-parent', 'couple', 'flat-share'];
const files = Array.from({ length: N }, (_, k) => ({
  id: `GE-${k}`,
  type: TYPES[k % 4],
  child: k % 4 === 1 ? '2016-03-02' : '',
  rent: `${900 + (k % 1300)}.${String(k % 100).padStart(2, '0')}`,
  health: `${300 + (k % 200)}.50`,
  income: `${3000 + ((k * 37) % 4000)}.05`,
}));
const swissAmount = (a) => {
  const [int, frac] = a.split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, "'")},${frac}`;
};

const jsonl = join(dir, 'in.jsonl');
writeFileSync(
  jsonl,
  files
    .map((f) =>
      JSON.stringify({
        id: f.id,
        asOf: '2026-12-31',
        household: { type: f.type, ...(f.child ? { children: [{ birthDate: f.child }] } : {}) },
        expenses: { rent: f.rent, healthInsurance: [f.health] },
        netIncome: f.income,
      }),
    )
    .join('\n') + '\n',
);
const HEAD = ['id', 'asOf', 'householdType', 'childrenBirthDates', 'rent', 'rentProven', 'healthInsurance', 'netIncome'];
const csv = join(dir, 'in.csv');
writeFileSync(csv, [HEAD.join(','), ...files.map((f) => [f.id, '2026-12-31', f.type, f.child, f.rent, 'true', f.health, f.income].join(','))].join('\n') + '\n');
const excelCsv = join(dir, 'in-fr-CH.csv');
writeFileSync(excelCsv, [HEAD.join(';'), ...files.map((f) => [f.id, '31.12.2026', f.type, f.child ? '02.03.2016' : '', swissAmount(f.rent), 'oui', swissAmount(f.health), `CHF ${swissAmount(f.income)}`].join(';'))].join('\r\n') + '\r\n');
const xlsx = join(dir, 'in.xlsx');
{
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx });
  const ws = wb.addWorksheet('Dossiers');
  ws.addRow(HEAD).commit();
  for (const f of files) ws.addRow([f.id, new Date(Date.UTC(2026, 11, 31)), f.type, f.child ? new Date(Date.UTC(2016, 2, 2)) : null, Number(f.rent), true, f.health, Number(f.income)]).commit();
  ws.commit();
  await wb.commit();
}

const CASES = [
  ['JSONL', [jsonl]],
  ['CSV (strict, `,`)', [csv]],
  ['CSV Excel fr-CH (`;`, CRLF, --locale fr-CH)', [excelCsv, '--locale', 'fr-CH']],
  ['xlsx (streamed, first sheet)', [xlsx]],
  ['JSONL → --format xlsx', [jsonl, '--format', 'xlsx'], 'out.xlsx'],
];

function run(args, outName = 'out.jsonl') {
  const out = join(dir, outName);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, 'recalc', ...args, '--out', out, '--workers', '1'], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`recalc ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return { seconds, out };
}

// Gate: the same figures from every input format.
const figures = (path) => readFileSync(path, 'utf8').trim().split('\n').map((l) => {
  const r = JSON.parse(l);
  return `${r.id} ${r.result.minimumVital} ${r.result.seizable}`;
});
const expected = figures(run(CASES[0][1]).out);
if (expected.length !== N) throw new Error(`JSONL gave ${expected.length} results for ${N} records`);
for (const [name, args, outName] of CASES.slice(1)) {
  if (outName) continue;
  const got = figures(run(args).out);
  if (got.join('\n') !== expected.join('\n')) throw new Error(`${name}: results differ from JSONL`);
}

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = CASES.map(([name, args, outName]) => {
  const seconds = median(Array.from({ length: RUNS }, () => run(args, outName).seconds));
  return { name, seconds, perSecond: N / seconds };
});
const base = rows[0].perSecond;
console.log(`${N} records, ${RUNS} run(s) each, median wall time of the whole process (start-up included), --workers 1`);
console.log('| input → output | s | records/s | vs JSONL |\n| --- | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.name} | ${r.seconds.toFixed(2)} | ${Math.round(r.perSecond)} | ${(r.perSecond / base).toFixed(2)} |`);
rmSync(dir, { recursive: true, force: true });
