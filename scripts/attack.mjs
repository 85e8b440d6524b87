#!/usr/bin/env node
// The attacks of issue 15, rerun by one command: `npm run attack [-- --runs N] [-- --write]`.
// Runs the test files that carry them (fast-check with N runs per property, the card matrix, the CLI
// under faults and signals), counts what each tried (generated inputs, assertions) and prints the table
// of docs/quality.md; --write puts it there. Exit 1 if any attack succeeds (a test fails).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 0) || 1000;
const write = args.includes('--write');

/** Each attack class of issue 15, the tests that carry it (a file, or the tests of a file whose name matches). */
const ATTACKS = [
  { attack: 'Card numbers in every value and key of every function, every form; every channel searched', files: [['test/sensitive-forms.test.ts', /every written form/], 'test/sensitive-channels.test.ts', 'test/sensitive-redaction.test.ts', 'test/card-properties.test.ts'] },
  { attack: 'Card numbers through the CLI (records, CSV header, arguments; stdout, stderr, --out, --errors)', files: ['test/sensitive-cli.test.ts'] },
  { attack: 'Legitimate AVS, IBAN, QR reference and phone numbers are not taken for cards', files: [['test/sensitive-forms.test.ts', /own check|own data/]] },
  { attack: 'An explicit `undefined` in every optional field of every input and option', files: ['test/undefined-fields.test.ts', ['test/fuzz.test.ts', /explicit undefined/]] },
  { attack: 'Values JSON cannot hold (BigInt, Symbol, Proxy, getters, class instances, cycles, depth) at every entry point', files: ['test/non-json-input.test.ts', ['test/fuzz.test.ts', /JSON cannot hold/]] },
  { attack: 'Random and mutated inputs to every public function: a result or an LpError, nothing else', files: [['test/fuzz.test.ts', /every public function/]] },
  { attack: 'Stateful sequences: call A then B equals B alone (fresh module instances)', files: [['test/fuzz.test.ts', /sequences/], 'test/lazy-reference.test.ts'] },
  { attack: 'Hangs: deadlineComputer options, 1 MB fields, linear card scan', files: ['test/deadline-computer.test.ts', 'test/sensitive-linear.test.ts', ['test/fuzz.test.ts', /1 MB/]] },
  { attack: 'CLI input: long lines (64 MB), lone CR, invalid UTF-8, hostile CSV headers, formula cells', files: ['test/cli-input.test.ts', 'src/cli/lines.test.ts'] },
  { attack: 'CLI faults: /dev/full, read-only directory, input = output, closed pipes, --workers 64', files: ['test/cli-faults.test.ts'] },
  { attack: 'CLI signals: SIGINT/SIGTERM on file, pipe and FIFO input; SIGKILL then --resume', files: ['test/cli-signals.test.ts', 'test/cli-resume.test.ts'] },
];

const root = join(import.meta.dirname, '..');
if (!args.includes('--no-build')) run('npm', ['run', 'build', '--silent']);
const dir = mkdtempSync(join(tmpdir(), 'lp-rules-attack-'));
const log = join(dir, 'counts.jsonl');
const report = join(dir, 'vitest.json');
const files = [...new Set(ATTACKS.flatMap((a) => a.files.map((f) => (Array.isArray(f) ? f[0] : f))))];
const started = Date.now();
const vitest = spawnSync('npx', ['vitest', 'run', ...files, '--reporter=json', `--outputFile=${report}`], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, CI: '1', ATTACK_LOG: log, FUZZ_RUNS: String(runs) },
});
const seconds = Math.round((Date.now() - started) / 1000);
const results = JSON.parse(readFileSync(report, 'utf8')).testResults.flatMap((f) =>
  f.assertionResults.map((t) => ({ file: relative(root, f.name), name: [...t.ancestorTitles, t.title].join(' > '), status: t.status })),
);
let counts = [];
try {
  counts = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
} catch {
  // No property ran: the counts stay empty and the table says 0.
}
const belongs = (spec, file, name) => (Array.isArray(spec) ? spec[0] === file && spec[1].test(name) : spec === file);

const rows = ATTACKS.map(({ attack, files: specs }) => {
  const tests = results.filter((t) => specs.some((s) => belongs(s, t.file, t.name)));
  const mine = counts.filter((c) => specs.some((s) => belongs(s, relative(root, c.file), c.test)));
  const inputs = mine.reduce((n, c) => n + (c.inputs ?? 0), 0);
  const assertions = mine.reduce((n, c) => n + (c.assertions ?? 0), 0);
  const failed = tests.filter((t) => t.status === 'failed').length;
  const passed = tests.filter((t) => t.status === 'passed').length;
  return { attack, tests: tests.length, passed, failed, inputs, assertions };
});
const fmt = (n) => n.toLocaleString('en-US').replace(/,/g, '\u2019');
const total = rows.reduce((t, r) => ({ tests: t.tests + r.tests, failed: t.failed + r.failed, inputs: t.inputs + r.inputs, assertions: t.assertions + r.assertions }), { tests: 0, failed: 0, inputs: 0, assertions: 0 });
const table = [
  `Rerun: \`npm run attack -- --runs ${runs}\` (${seconds} s on this machine; fast-check ${runs} runs per property, fixed seed).`,
  '',
  '| Attack (issue 15) | Tests | Generated inputs | Assertions | Result |',
  '|---|--:|--:|--:|---|',
  ...rows.map((r) => `| ${r.attack} | ${r.tests} | ${fmt(r.inputs)} | ${fmt(r.assertions)} | ${r.failed === 0 && r.tests > 0 ? 'held' : `**${r.failed} failed**`} |`),
  `| **All** | ${total.tests} | ${fmt(total.inputs)} | ${fmt(total.assertions)} | ${total.failed === 0 ? 'held' : `**${total.failed} failed**`} |`,
].join('\n');
process.stdout.write(`${table}\n`);
if (write) {
  const path = join(root, 'docs/quality.md');
  const doc = readFileSync(path, 'utf8');
  const [begin, end] = ['<!-- attack:begin -->', '<!-- attack:end -->'];
  const at = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (at < 0 || to < 0) throw new Error(`docs/quality.md lacks the ${begin} … ${end} markers`);
  writeFileSync(path, `${doc.slice(0, at + begin.length)}\n${table}\n${doc.slice(to)}`);
}
const empty = rows.filter((r) => r.tests === 0).map((r) => r.attack);
if (empty.length > 0) process.stderr.write(`attack: no test ran for: ${empty.join('; ')}\n`);
process.exit(vitest.status === 0 && total.failed === 0 && empty.length === 0 ? 0 : 1);

function run(command, argv) {
  const r = spawnSync(command, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
