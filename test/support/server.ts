import Ajv from 'ajv';
import type { LightMyRequestResponse } from 'fastify';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTTP_FUNCTIONS } from '../../src/server/functions.js';

// The contract as the server publishes it (GET /openapi.json), and a checker of any response against it.

export type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>; components: { schemas: Record<string, unknown> } };

/** Checks responses against the document: status and content type documented, body valid for its schema. */
export function contractChecker(doc: Doc) {
  // ajv reads OpenAPI 3.0's `nullable`; component references go through one schema holding them all.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema({ $id: 'oas', components: doc.components });
  const compiled = new Map<string, ReturnType<Ajv['compile']>>();
  const seen = new Set<string>();
  const validatorOf = (schema: unknown): ReturnType<Ajv['compile']> => {
    const text = JSON.stringify(schema).replace(/"#\/components\//g, '"oas#/components/');
    let v = compiled.get(text);
    if (!v) compiled.set(text, (v = ajv.compile(JSON.parse(text) as object)));
    return v;
  };
  return {
    seen,
    /** The problems of a response of `method path` (the path as written in the document), [] when it fits. */
    check(method: string, path: string, res: LightMyRequestResponse): string[] {
      const op = doc.paths[path]?.[method.toLowerCase()];
      if (!op) return [`${method} ${path} is not in the document`];
      const status = String(res.statusCode);
      const response = op.responses[status];
      if (!response) return [`${method} ${path} ${status} is not documented`];
      seen.add(`${method.toUpperCase()} ${path} ${status}`);
      const type = String(res.headers['content-type'] ?? '').split(';')[0]!.trim();
      const content = response.content?.[type];
      if (!content) return [`${method} ${path} ${status}: content type ${type} is not documented`];
      const bodies = type === 'application/x-ndjson' ? res.body.split('\n').filter((l) => l !== '') : type === 'text/plain' ? [] : [res.body];
      const v = validatorOf(content.schema);
      return bodies.flatMap((b) => (v(JSON.parse(b)) ? [] : [`${method} ${path} ${status}: ${ajv.errorsText(v.errors)}`]));
    },
    /** Every documented `METHOD path status`. */
    documented(): string[] {
      return Object.entries(doc.paths).flatMap(([p, ops]) => Object.entries(ops).flatMap(([m, op]) => Object.keys(op.responses).map((s) => `${m.toUpperCase()} ${p} ${s}`)));
    },
  };
}

const calculators = join(__dirname, '../../src/calculators');
const camel = (s: string) => s.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** Every served function's worked examples: the calculators' examples.json, then the table's own. [function, name, input]. */
export function workedExamples(): [string, string, unknown][] {
  const own = HTTP_FUNCTIONS.flatMap((f) => (f.examples ?? []).map((e) => [f.name, e.name, e.input] as [string, string, unknown]));
  return [...calculatorExamples(), ...own];
}

function calculatorExamples(): [string, string, unknown][] {
  return readdirSync(calculators).flatMap((d) => {
    let text: string;
    try {
      text = readFileSync(join(calculators, d, 'examples.json'), 'utf8');
    } catch {
      return [];
    }
    return (JSON.parse(text) as { name: string; input: unknown }[]).map((e) => [camel(d), e.name, e.input] as [string, string, unknown]);
  });
}
