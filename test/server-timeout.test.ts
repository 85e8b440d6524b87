import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type LpServer } from '../src/server/app.js';
import { compareQuotasCall } from '../src/server/sdk-calls.js';
import { createLpRules, loadNorms } from '../src/index.js';
import { ServerRefusal } from '../src/server/problem.js';

// The per-request time limit, made deterministic: a request held by a test-only hook (or a worker that
// never answers) can only be answered by the limit; no assertion reads a clock.

interface Gate {
  promise: Promise<void>;
  release: () => void;
}
const gate = (): Gate => {
  let release!: () => void;
  const promise = new Promise<void>((r) => (release = r));
  return { promise, release };
};

const body = JSON.stringify({ notifiedOn: '2026-05-04' });
const post = (app: LpServer, url: string, headers: Record<string, string> = {}, payload = body) =>
  app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json', ...headers } });

function expectTimeout(res: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  expect(res.statusCode, res.body).toBe(503);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(res.body).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
  return JSON.parse(res.body) as { code: string; detail: string; title: string; status: number; requestId: string };
}

describe('a function whose handler runs past --timeout', () => {
  let app: LpServer;
  let held: Gate;
  let reached = 0;
  beforeAll(async () => {
    app = await buildServer({ logger: false, handlerTimeout: 20 });
    // Test-only: a request with this header waits for the gate, inside its route's lifecycle.
    app.addHook('preHandler', async (request) => {
      if (request.headers['x-test-hold'] !== undefined) await held.promise;
      reached++;
    });
  });
  afterAll(() => app.close());

  it('answers 503 PROCESSING_TIMEOUT in the caller’s language, without a stack; the others are served meanwhile and after', async () => {
    held = gate();
    const fr = expectTimeout(await post(app, '/v1/oppositionDeadline', { 'x-test-hold': '1', 'accept-language': 'fr-CH' }));
    expect(fr).toMatchObject({ code: 'PROCESSING_TIMEOUT', status: 503, title: 'Service indisponible' });
    expect(fr.detail).toMatch(/^Le calcul n'a pas abouti dans le temps imparti/);
    const en = expectTimeout(await post(app, '/v1/evaluate', { 'x-test-hold': '1' }, '{}'));
    expect(en.code).toBe('PROCESSING_TIMEOUT');
    expect(en.detail).toMatch(/^The computation did not finish within the time limit/);

    // Both still held: another request is answered.
    const meanwhile = await post(app, '/v1/oppositionDeadline');
    expect(meanwhile.statusCode).toBe(200);
    // Monday 4 May 2026 + 10 days = Thursday 14 May, Ascension: the time limit ends Friday 15 May.
    expect(JSON.parse(meanwhile.body).lastDay).toBe('2026-05-15');

    // Released: the abandoned handlers run on and answer nobody; the server is unharmed.
    const before = reached;
    held.release();
    await new Promise((r) => setImmediate(r));
    expect(reached).toBe(before + 2);
    expect((await post(app, '/v1/oppositionDeadline')).statusCode).toBe(200);
    const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/lp_rules_errors_total\{code="PROCESSING_TIMEOUT"\} 2/);
    expect(metrics).toMatch(/lp_rules_http_requests_total\{route="\/v1\/oppositionDeadline",method="POST",status="503"\} 1/);
  });

  it('a long call stops at its next slice once the time is up (compareQuotas)', async () => {
    const lp = createLpRules({ norms: loadNorms([]) });
    const records = Array.from({ length: 300 }, (_, k) => ({ id: `R${k}`, asOf: '2026-06-01', household: { type: 'single' }, netIncome: '4000.00' }));
    const sides = { base: { asOf: '2026-06-01' }, compare: { asOf: '2024-06-03' } };
    const done = new AbortController();
    done.abort();
    await expect(compareQuotasCall(lp, { records, sides }, done.signal)).rejects.toEqual(new ServerRefusal('PROCESSING_TIMEOUT'));
    const going = await compareQuotasCall(lp, { records, sides }, new AbortController().signal);
    expect((going as { comparisons: unknown[] }).comparisons).toHaveLength(300);
  });
});

describe('/v1/recalculate: the limit is per batch of records, not the whole stream', () => {
  let app: LpServer;
  beforeAll(async () => {
    // A worker that never answers a batch starting with a "stall" line.
    // Generous: a batch the worker answers must never hit it, even on a loaded machine (a stalled one always does).
    app = await buildServer({ logger: false, handlerTimeout: 3000, workers: 1, workerUrl: new URL('./support/slow-worker.mjs', import.meta.url) });
  });
  afterAll(() => app.close());

  const ndjson = (n: number, id = (k: number) => `R${k}`) =>
    Array.from({ length: n }, (_, k) => `{"id":"${id(k)}","asOf":"2026-06-01","household":{"type":"single"},"netIncome":"4000"}\n`).join('');
  const recalc = (payload: string) => app.inject({ method: 'POST', url: '/v1/recalculate', payload, headers: { 'content-type': 'application/x-ndjson', 'accept-language': 'en' } });

  it('batches that come in time: the whole answer, line for line', async () => {
    const res = await recalc(ndjson(600));
    expect(res.statusCode).toBe(200);
    expect(res.body.trim().split('\n').map((l) => (JSON.parse(l) as { line: number }).line)).toEqual(Array.from({ length: 600 }, (_, k) => k + 1));
  });

  it('the first batch answered, the second never: the response (already 200) is cut, never completed as if whole', async () => {
    // 3 batches of 256: the first answered, the second stuck. The client sees an incomplete response
    // (HTTP/1.1 chunked encoding without its last chunk), never a stream that looks whole.
    await expect(recalc(ndjson(3 * 256, (k) => (k === 256 ? 'stall' : `R${k}`)))).rejects.toThrow(/destroyed before completion/);
    const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/lp_rules_errors_total\{code="PROCESSING_TIMEOUT"\} 1/);
  });

  it('a first batch that does not come: 503 PROCESSING_TIMEOUT problem; the server goes on', async () => {
    const p = expectTimeout(await recalc(ndjson(3, () => 'stall')));
    expect(p.code).toBe('PROCESSING_TIMEOUT');
    expect((await post(app, '/v1/oppositionDeadline')).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});

describe('receiving a body', () => {
  let app: LpServer;
  let base: URL;
  beforeAll(async () => {
    // The route's clock short; the socket's silence long, so that only the route's clock can answer.
    app = await buildServer({ logger: false, requestTimeout: 5000, handlerTimeout: 50 });
    app.addHook('preHandler', async (request) => (request.headers['x-test-hold'] !== undefined ? held.promise : undefined));
    base = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
  });
  const held = gate();
  afterAll(async () => {
    held.release();
    await app.close();
  });

  it('over a real socket too: a held call is a 503 once its body is in; a call in time, its result', async () => {
    const call = (headers: Record<string, string> = {}) => fetch(new URL('/v1/oppositionDeadline', base), { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    const late = await call({ 'x-test-hold': '1' });
    expect(late.status).toBe(503);
    expect(((await late.json()) as { code: string }).code).toBe('PROCESSING_TIMEOUT');
    const ok = await call();
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { lastDay: string }).lastDay).toBe('2026-05-15');
  });

  it('a JSON body still incomplete at the limit: 408 REQUEST_TIMEOUT problem (the body never finishes: no clock is read)', async () => {
    const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: base.hostname, port: base.port, method: 'POST', path: '/v1/oppositionDeadline', headers: { 'content-type': 'application/json', 'content-length': '100', 'accept-language': 'fr' } }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: text });
        });
      });
      req.on('error', reject);
      req.write('{"notifiedOn":');
    });
    expect(answer.status).toBe(408);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'REQUEST_TIMEOUT', status: 408, title: 'Délai de requête dépassé' });
    expect((await fetch(new URL('/v1/oppositionDeadline', base), { method: 'POST', body, headers: { 'content-type': 'application/json' } })).status).toBe(200);
  });

  it("Node's whole-request clock is off (it would cut a long NDJSON upload while records flow); a silent connection is closed", () => {
    expect(app.server.requestTimeout).toBe(0);
    expect(app.server.timeout).toBe(5000);
  });
});
