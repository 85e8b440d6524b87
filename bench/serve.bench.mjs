// Benchmark of `lp-rules serve` (issue 21) on loopback, with autocannon, against the built CLI:
//
//   A. start-up: spawn `node dist/cli.js serve --port 0` → the "listening" line (median of 5).
//   B. requests/s and latency p50/p99 of POST /v1/oppositionDeadline and POST /v1/validatePayment (a worked
//      example each), 10 connections, 10 s each; GET /health beside them as the framework's own floor.
//   C. /v1/recalculate records/s (fixtures/seizure-files.jsonl, 10,004 lines, --workers 1) against
//      `node dist/cli.js recalc` on the same file (--workers 1, --out /dev/null), both whole runs, in the same run.
//
//   npm run build && node bench/serve.bench.mjs           # full run (~1 min)
//   node bench/serve.bench.mjs --smoke                    # 1 s per load test (checks it works, not speed)
//
// Gates before timing: every answer of a load test must be 200 (autocannon counts non-2xx), and the
// recalculation's output must have one line per input line.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'dist/cli.js');
const FIXTURE = join(root, 'fixtures/seizure-files.jsonl');
const smoke = process.argv.includes('--smoke');
const duration = smoke ? 1 : 10;

function start(args = []) {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--log-level', 'warn', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exit = new Promise((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) resolve({ child, url: m[1], exit, ms: Number(process.hrtime.bigint() - t0) / 1e6 });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}
const stop = async (s) => {
  s.child.kill('SIGTERM');
  const code = await s.exit;
  if (code !== 0) throw new Error(`serve exited ${code} on SIGTERM`);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const example = (dir) => JSON.parse(readFileSync(join(root, 'src/calculators', dir, 'examples.json'), 'utf8'))[0].input;

// A. start-up
const starts = [];
for (let k = 0; k < (smoke ? 1 : 5); k++) {
  const s = await start();
  starts.push(s.ms);
  await stop(s);
}
console.log(`\n## A. start-up (spawn → listening), ms\n\nmedian ${median(starts).toFixed(0)} (runs: ${starts.map((x) => x.toFixed(0)).join(', ')})`);

// B. load
const server = await start(['--workers', '1']);
const load = async (title, path, body) => {
  const r = await autocannon({
    url: `${server.url}${path}`,
    connections: 10,
    duration,
    ...(body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${title}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return `| ${title} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.requests.total} |`;
};
const rows = [
  await load('GET /health (floor)', '/health'),
  await load('POST /v1/oppositionDeadline', '/v1/oppositionDeadline', example('opposition-deadline')),
  await load('POST /v1/validatePayment', '/v1/validatePayment', example('validate-payment')),
];
console.log(`\n## B. loopback, 10 connections, ${duration} s each\n\n| Route | req/s (mean) | p50 ms | p99 ms | requests |\n|---|---:|---:|---:|---:|\n${rows.join('\n')}`);

// C. recalculate vs the CLI, whole runs on the same file
const lines = readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l !== '').length;
const passes = smoke ? 1 : 3;
const timed = (cmd, args) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`);
  return { s, out: r.stdout };
};
const http = [];
const cli = [];
for (let k = 0; k < passes; k++) {
  const h = timed('curl', ['-sS', '-H', 'Expect:', '-X', 'POST', '-H', 'content-type: application/x-ndjson', '--data-binary', `@${FIXTURE}`, `${server.url}/v1/recalculate`]);
  if (h.out.split('\n').filter((l) => l !== '').length !== lines) throw new Error('recalculate: not one output line per input line');
  http.push(lines / h.s);
  cli.push(lines / timed(process.execPath, [CLI, 'recalc', FIXTURE, '--workers', '1', '--out', '/dev/null']).s);
}
await stop(server);
const h = median(http);
const c = median(cli);
console.log(
  `\n## C. records/s, ${lines} lines, --workers 1, median of ${passes}\n\n| Path | records/s | vs CLI |\n|---|---:|---:|\n| POST /v1/recalculate (curl) | ${Math.round(h)} | ${(h / c).toFixed(2)}× |\n| lp-rules recalc (whole process) | ${Math.round(c)} | 1.00× |`,
);
