import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type LpServer } from '../src/server/app.js';
import { HTTP_FUNCTIONS } from '../src/server/functions.js';

// Hostile bodies: each gets a 4xx problem document, never a 5xx or a crash; a card number anywhere in a
// request is refused and never reaches a log line.

const logs: string[] = [];
let app: LpServer;
beforeAll(async () => {
  app = await buildServer({ bodyLimit: 256 * 1024, logger: { level: 'info', stream: { write: (line: string) => void logs.push(line) } } });
});
afterAll(() => app.close());

const names = HTTP_FUNCTIONS.map((f) => f.name);
type Body = string | Buffer;
const post = (fn: string, payload: Body, type = 'application/json', headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `/v1/${fn}`, payload, headers: { 'content-type': type, ...headers } });

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status?: number): Record<string, unknown> {
  expect(res.statusCode, res.body.slice(0, 200)).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body.slice(0, 200)).toBeLessThan(500);
  if (status !== undefined) expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const p = JSON.parse(res.body) as Record<string, unknown>;
  expect(p).toMatchObject({ status: res.statusCode, type: expect.stringMatching(/^urn:lp-rules:problem:[A-Z0-9_]+$/) });
  expect(res.body).not.toMatch(/\n\s+at /);
  return p;
}

describe('fuzzed bodies', () => {
  it('any JSON value, to any function: a 200 result or a 4xx problem, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.jsonValue({ maxDepth: 4 }), async (fn, value) => {
        const res = await post(fn, JSON.stringify(value));
        if (res.statusCode !== 200) expectProblem(res);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary bytes: a 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.uint8Array({ maxLength: 200 }), async (fn, bytes) => {
        const res = await post(fn, Buffer.from(bytes));
        if (res.statusCode !== 200) expectProblem(res);
      }),
      { numRuns: 100 },
    );
  });

  it('invalid UTF-8 → 400 INVALID_UTF8', async () => {
    expect(expectProblem(await post('dayStatus', Buffer.from([0x7b, 0x22, 0x64, 0xff, 0xfe, 0x22, 0x7d])), 400).code).toBe('INVALID_UTF8');
  });

  it('a body above the limit → 413', async () => {
    expect(expectProblem(await post('dayStatus', `{"date":"${'9'.repeat(300 * 1024)}"}`), 413).code).toBe('BODY_TOO_LARGE');
  });

  it('deeply nested arrays and objects → 400', async () => {
    const depth = 40_000;
    expectProblem(await post('dayStatus', `${'['.repeat(depth)}${']'.repeat(depth)}`), 400);
    expectProblem(await post('dayStatus', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`), 400);
    expectProblem(await post('caseTimeline', JSON.stringify({ notifiedOn: '2026-05-04', x: JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`) })), 400);
  });

  it('__proto__ and constructor keys are refused as unknown properties, and pollute nothing', async () => {
    for (const body of ['{"__proto__":{"polluted":1},"date":"2026-05-04"}', '{"constructor":{"prototype":{"polluted":1}},"date":"2026-05-04"}']) {
      const p = expectProblem(await post('dayStatus', body), 400);
      expect(p.code).toBe('INVALID_INPUT');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('wrong types of field → 400 with the JSON pointer of each', async () => {
    const p = expectProblem(await post('oppositionDeadline', JSON.stringify({ notifiedOn: 20260504, canton: ['GE'] })), 400);
    expect((p.issues as { path: string }[]).map((i) => i.path).sort()).toEqual(['/canton', '/notifiedOn']);
  });

  it('an empty body, or none → 400', async () => {
    expectProblem(await post('dayStatus', ''), 400);
    expectProblem(await app.inject({ method: 'POST', url: '/v1/dayStatus' }), 400);
  });

  it('NDJSON to a JSON function, JSON to /v1/recalculate → 415', async () => {
    expectProblem(await post('dayStatus', '{}\n', 'application/x-ndjson'), 415);
    expectProblem(await app.inject({ method: 'POST', url: '/v1/recalculate', payload: '{}', headers: { 'content-type': 'application/json' } }), 415);
  });
});

describe('languages', () => {
  it('Accept-Language picks French or English texts, English by default', async () => {
    const body = JSON.stringify({ date: '2026-02-30' });
    const fr = expectProblem(await post('dayStatus', body, 'application/json', { 'accept-language': 'de-CH, fr;q=0.8, en;q=0.5' }));
    const en = expectProblem(await post('dayStatus', body));
    expect((fr.issues as { message: string }[])[0]!.message).toMatch(/^Date invalide/);
    expect((en.issues as { message: string }[])[0]!.message).toMatch(/^Invalid date/);
  });
});

describe('card numbers', () => {
  const card = '4111111111111111';
  const spaced = '4111 1111 1111 1111';
  const leaked = () => logs.filter((l) => l.includes(card) || l.includes(spaced) || l.includes('4111%201111'));

  it('anywhere in a request: refused with 400, never echoed, never logged', async () => {
    const before = logs.length;
    const answers = [
      await post('dayStatus', JSON.stringify({ date: '2026-05-04', note: spaced })),
      await post('dayStatus', JSON.stringify({ date: '2026-05-04', [card]: 1 })),
      await post('dayStatus', `{"date": "${spaced}`),
      await app.inject({ method: 'GET', url: `/v1/parameters/${card}` }),
      await app.inject({ method: 'GET', url: `/v1/norms?at=${encodeURIComponent(spaced)}` }),
      await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': card, 'x-note': spaced } }),
    ];
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.body).not.toContain(card);
      expect(res.body).not.toContain(spaced);
      expect(String(res.headers['x-request-id'])).not.toContain(card);
    }
    expect(logs.length).toBeGreaterThan(before);
    expect(leaked()).toEqual([]);
  });

  it('in an NDJSON line: that line is an error record naming no number; the others are answered', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/recalculate',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `{"id":"${card}","asOf":"2026-06-01","household":{"type":"single"},"netIncome":"4000"}\n{"id":"B","asOf":"2026-06-01","household":{"type":"single"},"netIncome":"4000"}\n`,
    });
    expect(res.statusCode).toBe(200);
    const lines = res.body.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; error?: { issues?: { code: string }[] } });
    expect(lines.map((l) => [l.line, l.ok])).toEqual([[1, false], [2, true]]);
    expect(lines[0]!.error!.issues!.map((i) => i.code)).toContain('SENSITIVE_DATA');
    expect(res.body).not.toContain(card);
    expect(leaked()).toEqual([]);
  });

  it('logs are JSON lines with the request id', async () => {
    await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'case-42' } });
    const mine = logs.map((l) => JSON.parse(l) as { reqId?: string }).filter((l) => l.reqId === 'case-42');
    expect(mine.length).toBeGreaterThan(0);
  });
});
