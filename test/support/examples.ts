import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writtenDates } from './weekdays.js';

export interface Example<I = unknown> {
  name: string;
  citation: string;
  input: I;
  expected: Record<string, unknown>;
}

/**
 * Runs worked examples (data beside each calculator, reused by the docs): every weekday written in a
 * name must be the date's real weekday, and every expected field must match — `reasons` by code and in
 * order, objects (and arrays of them, same length) as a subset, anything else exactly. The input must come back unchanged.
 */
export function runExamples<I>(examples: readonly Example<I>[], fn: (input: I) => object): void {
  it.each(examples.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    for (const d of writtenDates(e.name)) expect(d, d.text).toMatchObject({ correct: true });
    const before = structuredClone(e.input);
    const out = fn(e.input) as Record<string, unknown>;
    expect(e.input, 'does not mutate its input').toEqual(before);
    for (const [key, want] of Object.entries(e.expected)) {
      if (key === 'reasons') expect((out.reasons as { code: string }[]).map((r) => r.code), key).toEqual(want);
      else if (want !== null && typeof want === 'object') expect(out[key], key).toMatchObject(want);
      else expect(out[key], key).toEqual(want);
    }
    expect((out.trace as unknown[]).length, 'has a trace').toBeGreaterThan(0);
  });
}

const calculators = join(__dirname, '../../src/calculators');
const camel = (s: string) => s.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** The inputs of a calculator's worked examples, by the function's name (`oppositionDeadline`). */
export function exampleInputs(fn: string): unknown[] {
  const dir = readdirSync(calculators).find((d) => camel(d) === fn);
  if (dir === undefined) throw new Error(`no calculator folder for ${fn}`);
  return (JSON.parse(readFileSync(join(calculators, dir, 'examples.json'), 'utf8')) as { input: unknown }[]).map((e) => e.input);
}
