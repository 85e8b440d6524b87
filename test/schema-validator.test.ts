import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactSchema, loadSchemas } from '../scripts/schemas.mjs';
import { KEYWORDS, schemaValidator, type Schema } from '../src/schemas/schema-validator.js';
import { schemaFindings } from '../src/schemas/validate.js';

// The SDK validates inputs with its own small interpreter (src/schemas/schema-validator.ts) instead of ajv's
// generated code. ajv stays the oracle: on every schema, for random inputs built from the schema (valid ones
// and near misses) and for every worked example, both give the same verdict and the same errors — path,
// keyword and params, in the same order — so the issues the SDK reports are unchanged. The generated
// validators also write a union of string constants as one enum (smaller bundles): ajv's errors then differ
// in form only, so for those the verdict and the issues the SDK derives (code, path, expected, received)
// are compared with the literal form's, itself compared with ajv.

type Err = { instancePath: string; keyword: string; params: unknown };
const strip = (errors: Err[] | null | undefined) => (errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));

let schemas: Record<string, Schema> = {};
beforeAll(async () => {
  schemas = (await loadSchemas()) as Record<string, Schema>;
}, 60_000);

const junk = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e21, '', 'x', '2026-02-30', '12:60', [], {}, { a: 1 }, ['a']),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

/** Values shaped by a schema, each part sometimes replaced by junk, some properties left out or added. */
function shaped(schema: Schema | boolean, root: Schema, depth: number): fc.Arbitrary<unknown> {
  if (typeof schema === 'boolean' || depth > 6) return junk;
  let arb: fc.Arbitrary<unknown>;
  if (schema.$ref !== undefined) {
    const defs = root.$defs as Record<string, Schema>;
    const target = defs[schema.$ref] ?? Object.values(defs).find((d) => d.$id === schema.$ref)!;
    return fc.constant(null).chain(() => shaped(target, root, depth + 1));
  }
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])] as Schema[];
  if (schema.const !== undefined) arb = fc.constant(schema.const);
  else if (schema.enum !== undefined) arb = fc.constantFrom(...(schema.enum as unknown[]));
  else if (alternatives.length > 0 && schema.type !== 'object') arb = fc.oneof(...alternatives.map((s) => shaped(s, root, depth + 1)));
  else if (schema.type === 'object') {
    const props = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
    const branches = alternatives.length > 0 ? alternatives.map((s) => ({ ...s, properties: { ...schema.properties, ...s.properties } })) : [schema];
    arb = fc.oneof(
      ...branches.map((b) =>
        fc
          .tuple(
            fc.record(Object.fromEntries(Object.entries((b.properties ?? Object.fromEntries(props)) as Record<string, Schema>).map(([k, s]) => [k, shaped(s, root, depth + 1)])), { requiredKeys: [] }),
            fc.option(fc.tuple(fc.constantFrom('extra', 'a/b~c', 'constructor', 'Zz'), junk), { freq: 4 }),
          )
          .map(([o, extra]) => (extra ? { ...o, [extra[0]]: extra[1] } : o)),
      ),
    );
  } else if (schema.type === 'array') {
    const item = shaped(schema.items ?? true, root, depth + 1);
    const max = (schema.maxItems as number | undefined) ?? 4;
    arb = fc.oneof({ weight: 5, arbitrary: fc.array(item, { maxLength: Math.min(max, 4) }) }, { weight: 1, arbitrary: fc.array(item, { minLength: max + 1, maxLength: max + 1 }) });
  } else if (schema.type === 'string' && schema.pattern !== undefined) arb = fc.stringMatching(new RegExp(schema.pattern, 'u'));
  else if (schema.type === 'integer' || schema.type === 'number') {
    const lo = (schema.minimum as number | undefined) ?? -5;
    const hi = (schema.maximum as number | undefined) ?? 5;
    arb = fc.oneof(fc.integer({ min: lo - 1, max: hi + 1 }), fc.double({ min: lo - 1, max: hi + 1, noNaN: true }));
  } else if (schema.type === 'boolean') arb = fc.boolean();
  else if (schema.type === 'null') arb = fc.constant(null);
  else arb = fc.string({ maxLength: 5 });
  return fc.oneof({ weight: 8, arbitrary: arb }, { weight: 1, arbitrary: junk });
}

const oracle = (schema: Schema) => new Ajv({ allErrors: true, discriminator: true, strict: true }).compile(schema);
const interpreted = (schema: Schema) => schemaValidator(compactSchema(schema, KEYWORDS, '', false) as Schema);
const generated = (schema: Schema) => schemaValidator(compactSchema(schema, KEYWORDS, '') as Schema);
const issuesOf = (validate: ReturnType<typeof schemaValidator>, data: unknown) => JSON.parse(JSON.stringify(schemaFindings(validate, data))) as unknown;

describe('the schema interpreter reports what ajv reports', () => {
  it('on random inputs shaped by every schema (valid ones and near misses)', () => {
    let valid = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      const ajv = oracle(schema);
      const ours = interpreted(schema);
      const shipped = generated(schema);
      fc.assert(
        fc.property(shaped(schema, schema, 0), (data) => {
          const expected = ajv(data);
          expect(ours(data), name).toBe(expected);
          expect(strip(ours.errors), name).toEqual(strip(ajv.errors));
          expect(shipped(data), name).toBe(expected);
          expect(issuesOf(shipped, data), name).toEqual(issuesOf(ours, data));
          if (expected) valid++;
        }),
        { numRuns: 400 },
      );
    }
    expect(valid).toBeGreaterThan(100); // the inputs are not all refused: valid paths are compared too
  });

  it('on every worked example, against every schema', () => {
    const dir = join(__dirname, '../src/calculators');
    const inputs = readdirSync(dir).flatMap((d) => {
      try {
        return (JSON.parse(readFileSync(join(dir, d, 'examples.json'), 'utf8')) as { input: unknown }[]).map((e) => e.input);
      } catch {
        return [];
      }
    });
    expect(inputs.length).toBeGreaterThan(50);
    for (const [name, schema] of Object.entries(schemas)) {
      const ajv = oracle(schema);
      const ours = interpreted(schema);
      for (const input of inputs) {
        expect(ours(input), name).toBe(ajv(input));
        expect(strip(ours.errors), name).toEqual(strip(ajv.errors));
      }
    }
  });

  it('refuses to generate a validator for a keyword it does not interpret', () => {
    expect(() => compactSchema({ type: 'string', format: 'email' }, KEYWORDS, 'X')).toThrow(/format/);
    expect(() => compactSchema({ oneOf: [{ type: 'string' }] }, KEYWORDS, 'X')).toThrow(/discriminator/);
    expect(compactSchema({ title: 'T', description: 'D', type: 'object', properties: { title: { type: 'string', description: 'd' } } }, KEYWORDS)).toEqual({
      type: 'object',
      properties: { title: { type: 'string' } },
    });
  });
});
