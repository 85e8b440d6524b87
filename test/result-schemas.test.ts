import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { RESULT_SCHEMAS, type ResultFunction } from '../src/schemas/results.js';

// Every public result fits its published output schema: checked on every worked example.

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = Object.fromEntries(Object.entries(RESULT_SCHEMAS).map(([fn, s]) => [fn, ajv.compile(JSON.parse(JSON.stringify(s)))]));
export function resultProblems(fn: ResultFunction, value: unknown): string | null {
  const v = validators[fn]!;
  return v(value) ? null : ajv.errorsText(v.errors);
}

const calculators = join(__dirname, '../src/calculators');
const camel = (s: string) => s.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

describe('output schemas', () => {
  const cases = readdirSync(calculators)
    .filter((d) => camel(d) in RESULT_SCHEMAS)
    .flatMap((d) => (JSON.parse(readFileSync(join(calculators, d, 'examples.json'), 'utf8')) as { name: string; input: unknown }[]).map((e) => [camel(d), e.name, e.input] as const));

  it('cover every calculator with worked examples', () => {
    expect(new Set(cases.map((c) => c[0])).size).toBe(Object.keys(RESULT_SCHEMAS).length);
  });

  it.each(cases)('%s: %s', (fn, _name, input) => {
    const out = (lib as unknown as Record<string, (i: unknown) => unknown>)[fn]!(input);
    expect(resultProblems(fn as ResultFunction, out)).toBeNull();
  });
});
