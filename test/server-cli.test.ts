import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, FIXTURE } from './support/cli.js';

// The built CLI as an operator runs it (`lp-rules serve`), called with curl as a Java system's shell
// scripts would: JSON functions, problems, NDJSON recalculation on a worker thread equal to `lp-rules
// recalc`, and SIGTERM with a request in flight (it finishes, then the process exits 0).

interface Running {
  child: ChildProcess;
  url: string;
  exit: Promise<number | null>;
}

function start(args: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--log-level', 'warn', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) resolve({ child, url: m[1]!, exit });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

const curl = (args: string[], input?: string) => {
  const r = spawnSync('curl', ['-sS', '-H', 'Expect:', ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, out: r.stdout, err: r.stderr };
};

let server: Running;
beforeAll(async () => {
  server = await start(['--workers', '1']);
}, 30_000);
afterAll(async () => {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  await server.exit;
});

describe('lp-rules serve, called with curl', () => {
  it('answers a function, and a problem document for a bad input', () => {
    const ok = curl(['-X', 'POST', '-H', 'content-type: application/json', '-d', '{"notifiedOn":"2026-05-04"}', `${server.url}/v1/oppositionDeadline`]);
    // Monday 4 May 2026 + 10 days = Thursday 14 May, Ascension: the time limit ends Friday 15 May.
    expect(JSON.parse(ok.out)).toMatchObject({ lastDay: '2026-05-15' });
    const bad = curl(['-i', '-X', 'POST', '-H', 'content-type: application/json', '-H', 'accept-language: fr', '-d', '{"notifiedOn":"2026-02-30"}', `${server.url}/v1/oppositionDeadline`]);
    expect(bad.out).toMatch(/^HTTP\/1\.1 400/);
    expect(bad.out).toMatch(/content-type: application\/problem\+json/i);
    expect(bad.out).toMatch(/x-request-id: \S+/i);
    expect(bad.out).toContain('"path":"/notifiedOn"');
  });

  it('recalculates an NDJSON stream on a worker thread, line for line as lp-rules recalc does', () => {
    const viaHttp = curl(['-X', 'POST', '-H', 'content-type: application/x-ndjson', '--data-binary', `@${FIXTURE}`, `${server.url}/v1/recalculate`]);
    const viaCli = spawnSync(process.execPath, [CLI, 'recalc', FIXTURE], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const lines = viaHttp.out.split('\n').filter((l) => l !== '');
    expect(lines.length).toBe(viaCli.stdout.split('\n').filter((l) => l !== '').length);
    expect(viaHttp.out).toBe(viaCli.stdout);
  }, 60_000);

  it('serves Swagger UI from the package and counts what it did in /metrics', () => {
    const ui = curl(['-L', `${server.url}/docs`]);
    expect(ui.out).toContain('swagger-ui');
    expect(ui.out).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[a-z0-9.-]+\/[^"']*\.(js|css)/i);
    const metrics = curl([`${server.url}/metrics`]).out;
    expect(metrics).toMatch(/lp_rules_http_requests_total\{route="\/v1\/oppositionDeadline",method="POST",status="400"\} 1/);
    expect(metrics).toMatch(/lp_rules_records_recalculated_total\{outcome="ok"\} [1-9]\d*/);
    expect(metrics).toMatch(/lp_rules_errors_total\{code="INVALID_INPUT"\} 1/);
  });
});

describe('SIGTERM', () => {
  it('finishes the request in flight, then exits 0', async () => {
    const s = await start();
    const line = '{"id":"A","asOf":"2026-06-01","household":{"type":"single"},"netIncome":"4000"}\n';
    const c = spawn('curl', ['-sS', '-H', 'Expect:', '-X', 'POST', '-H', 'content-type: application/x-ndjson', '-T', '-', `${s.url}/v1/recalculate`]);
    let out = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const curlExit = new Promise<number | null>((resolve) => c.on('exit', (code) => resolve(code)));
    c.stdin.write(line);
    await new Promise((r) => setTimeout(r, 800));
    s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(s.child.exitCode, 'still finishing the request in flight').toBeNull();
    c.stdin.end(line.replace('"A"', '"B"'));
    expect(await curlExit).toBe(0);
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string; ok: boolean }).id)).toEqual(['A', 'B']);
    expect(await s.exit).toBe(0);
  }, 30_000);
});
