import fc from 'fast-check';
import { leavesOf, parameterRef } from '../../src/rules/check-rule-set.js';
import type { FactDeclaration, RuleSetDefinition } from '../../src/schemas/rule-set.js';

/** Every constant a rule set compares a fact with (literals and list-parameter items): the interesting values. */
export function constantsFor(set: RuleSetDefinition, fact: string): unknown[] {
  const out: unknown[] = [];
  for (const rule of set.rules) {
    for (const leaf of leavesOf(rule.conditions)) {
      if (leaf.fact !== fact) continue;
      const v = leaf.value;
      const param = parameterRef(v);
      if (param !== null) set.parameters[param]!.values.forEach((pv) => out.push(...(Array.isArray(pv.value) ? pv.value : [pv.value])));
      else if (Array.isArray(v)) out.push(...v);
      else if (v === null || typeof v !== 'object') out.push(v);
    }
  }
  return out;
}

const decimalText = fc
  .tuple(fc.boolean(), fc.nat({ max: 100_000 }), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);
const garbage = fc.oneof(fc.string(), fc.constantFrom('', ' 1', '1,5', "1'000.00", 'NaN', '1e3', '.5', '1.', '--1'));
const isoDate = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Values of every kind a fact may be given — valid, boundary and garbage — for differential testing. */
export function factValue(decl: FactDeclaration, constants: unknown[]): fc.Arbitrary<unknown> {
  const known = constants.length > 0 ? [fc.constantFrom(...constants)] : [];
  const byKind: Record<FactDeclaration['kind'], fc.Arbitrary<unknown>[]> = {
    decimal: [decimalText, fc.double({ noNaN: false }), fc.integer(), garbage],
    date: [isoDate, fc.constantFrom('2026-02-29', '2026-13-01', '2026-1-1'), garbage],
    month: [isoDate.map((d) => d.slice(0, 7)), fc.constantFrom('2026-00', '2026-13'), garbage],
    time: [
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })).map(
        ([h, m, s]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`,
      ),
      fc.constantFrom('20:00', '19:59:59', '07:00', '06:59:59', '24:00', '7:00'),
      garbage,
    ],
    enum: [fc.constantFrom(...(decl.values ?? ['x'])), garbage],
    boolean: [fc.boolean(), fc.constantFrom('true', 0, 1)],
    text: [garbage],
  };
  return fc.oneof(...known, ...byKind[decl.kind], fc.constant(null));
}

/** Complete random facts for a rule set (every declared fact present, as strict evaluation requires). */
export function factsFor(set: RuleSetDefinition): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, decl] of Object.entries(set.facts)) {
    const arb = factValue(decl, constantsFor(set, name));
    shape[name] = decl.nullable ? arb : arb.filter((v) => v !== null);
  }
  return fc.record(shape);
}

/** A reference date: within ±3 years of the rule set's first version, or `undefined` (latest version). */
export function asOfFor(set: RuleSetDefinition): fc.Arbitrary<string | undefined> {
  const first = set.rules.map((r) => r.validFrom).sort()[0]!;
  const start = new Date(`${first}T00:00:00Z`).getTime();
  return fc.option(
    fc.integer({ min: 0, max: 3 * 366 }).map((d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10)),
    { nil: undefined },
  );
}
