import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/server/openapi.js';

// What a Java or .NET team does with the contract, done with the TypeScript generator: the types
// generated from /openapi.json by openapi-typescript compile under tsc --strict, type a real call, and
// refuse a wrong one.

const dir = mkdtempSync(join(tmpdir(), 'lp-rules-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLIENT = `import type { paths } from './lp-rules';
type Op<P extends keyof paths> = paths[P] extends { post: infer O } ? O : never;
type Body<P extends keyof paths> = Op<P> extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
type Ok<P extends keyof paths> = Op<P> extends { responses: { 200: { content: { 'application/json': infer R } } } } ? R : never;
type Problem = paths['/v1/oppositionDeadline']['post']['responses'][400]['content']['application/problem+json'];

export async function call<P extends keyof paths>(base: string, path: P, body: Body<P>): Promise<Ok<P> | Problem> {
  const res = await fetch(base + String(path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as Ok<P> | Problem;
}

export async function lastDayToOppose(base: string): Promise<string | null> {
  const r = await call(base, '/v1/oppositionDeadline', { notifiedOn: '2026-05-04', canton: 'GE' });
  return 'lastDay' in r ? r.lastDay : null;
}

export async function accepted(base: string): Promise<boolean> {
  const r = await call(base, '/v1/validatePayment', {
    at: '2026-05-04T10:00:00+02:00', amount: '1000.00', target: { kind: 'poursuite', balance: '1500.00' }, method: { type: 'card', brand: 'visa', funding: 'debit' },
  });
  return 'accepted' in r && r.accepted;
}

export async function fired(base: string): Promise<string[]> {
  const facts = { amount: '1000.01', balance: '2000.00', targetKind: 'poursuite', methodType: 'twint', cardBrand: null, cardFunding: null, issuerResponse: null };
  const r = await call(base, '/v1/evaluate', { ruleSet: 'payment.ocp', facts, options: { asOf: '2026-05-04' } });
  return 'fired' in r ? r.fired.map((f) => f.event.type) : [];
}

export async function seizable(base: string): Promise<number | undefined> {
  const r = await call(base, '/v1/seizurePlan', { options: { asOf: '2024-06-03' }, quota: [{ netIncome: 355185, minimum: 325560 }] });
  return 'quota' in r ? r.quota?.[0]?.seizable : undefined;
}

export async function changed(base: string): Promise<number> {
  const r = await call(base, '/v1/compareQuotas', { records: [{ household: { type: 'single' }, netIncome: '3551.85' }], sides: { base: { asOf: '2026-12-31' }, compare: { asOf: '2027-01-04' } } });
  return 'summary' in r ? r.summary.changed : 0;
}

// @ts-expect-error the evaluator is 'compiled' or 'reference'
export const wrongEngine: Body<'/v1/evaluate'> = { ruleSet: 'payment.ocp', facts: {}, options: { engine: 'fast' } };

// @ts-expect-error a date is a string, not a number
export const wrong: Body<'/v1/oppositionDeadline'> = { notifiedOn: 20260504 };
`;

describe('a client generated from openapi.json', () => {
  it('compiles with tsc --strict, and refuses a wrong call', async () => {
    const types = astToString(await openapiTS(openApiDocument() as never));
    expect(types).toContain('"/v1/oppositionDeadline"');
    writeFileSync(join(dir, 'lp-rules.ts'), types);
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    const program = ts.createProgram([join(dir, 'client.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 60_000);
});
