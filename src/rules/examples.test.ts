import { describe, expect, it } from 'vitest';
import { evaluate } from '../reference.js';
import { writtenDates } from '../../test/support/weekdays.js';
import examples from './examples.json';

// Rule-level worked examples: norms shown on their own, through `evaluate`, where no calculator reaches them.
describe('rule-level worked examples', () => {
  it.each(examples.map((e) => [e.name, e] as const))('%s', async (_name, e) => {
    for (const d of writtenDates(e.name)) expect(d, d.text).toMatchObject({ correct: true });
    const compiled = evaluate(e.ruleSet, e.facts, { asOf: e.asOf });
    const reference = await evaluate(e.ruleSet, e.facts, { asOf: e.asOf, engine: 'reference' });
    expect(compiled.fired.map((f) => f.event.type)).toEqual(e.expected.fired);
    expect(reference.fired.map((f) => f.event.type)).toEqual(e.expected.fired);
  });
});
