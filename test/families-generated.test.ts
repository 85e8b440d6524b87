import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GENERATED_DIR, generateFamilies } from '../scripts/gen-families.mjs';
import { computeMinimumVital, getRuleSet, loadNorms, ruleSets, validatePayment } from '../src/index.js';
import { PAYMENT_OCP } from '../src/rules/families/payment-ocp.js';
import { SEIZURE_MINIMUM_VITAL } from '../src/rules/families/seizure-minimum-vital.js';
import { textsOf, withoutTexts, withTexts } from '../src/rules/norm-texts.js';
import type { RuleSetDefinition } from '../src/schemas/rule-set.js';

const RULES = join(__dirname, '../src/rules');
const normFiles = readdirSync(RULES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.rules.json'));
const read = (file: string): RuleSetDefinition => JSON.parse(readFileSync(join(RULES, file), 'utf8')) as RuleSetDefinition;

describe('the families as calculators read them (src/rules/families/generated)', () => {
  it('are the norm files as they are now: no stale and no stray file (npm run gen:families)', async () => {
    const expected = await generateFamilies();
    expect(readdirSync(GENERATED_DIR).sort()).toEqual([...expected.keys()].map((p) => p.slice(GENERATED_DIR.length + 1)).sort());
    for (const [path, content] of expected) expect(readFileSync(path, 'utf8'), path).toBe(content);
    expect(expected.size).toBe(2 * normFiles.length + 1);
  });

  it('hold no quote and no note of a rule or a value, and every other word of the norm file', () => {
    for (const file of normFiles) {
      const source = read(file);
      const generated = JSON.parse(readFileSync(join(GENERATED_DIR, `${source.id}.json`), 'utf8')) as RuleSetDefinition;
      // An edition's note stays: provenance names editions, and a note is a few words per edition.
      expect(JSON.stringify([generated.rules, generated.parameters]), file).not.toMatch(/"(quote|note)":/);
      // Only quotes and notes are left out: with them put back, the norm file itself.
      const texts = JSON.parse(readFileSync(join(GENERATED_DIR, `${source.id}.texts.json`), 'utf8'));
      expect(withTexts(generated, texts), file).toEqual(source);
    }
  });

  it('reach readers of norms whole: ruleSets and getRuleSet give each norm file with its quotes and notes', () => {
    for (const file of normFiles) {
      const source = read(file);
      const { changeDates: _dates, ...set } = getRuleSet(source.id);
      expect(set, file).toEqual(source);
    }
    expect(ruleSets).toHaveLength(normFiles.length);
    // The CG OCP ch. 3 limit, with its words (Thursday 1 January 2024 onwards).
    expect(getRuleSet('payment.ocp').parameters.onlineLimit!.values[0]!.citation.quote).toMatch(/inférieur ou égal à CHF 1'000\.00/);
    expect(PAYMENT_OCP.load().parameters.onlineLimit!.values[0]!.citation).toEqual({ document: 'CG OCP', article: 'ch. 3' });
  });

  it('split and join back any family: withTexts(withoutTexts(s), textsOf(s)) is s', () => {
    const sources = normFiles.map(read);
    const text = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(fc.tuple(fc.nat(), fc.option(text), fc.boolean()), { maxLength: 8 }), (source, edits) => {
        // Quotes and notes added or removed at random places, so every mix of present and absent is met.
        const s = structuredClone(source);
        const values = Object.values(s.parameters).flatMap((p) => p.values);
        for (const [k, quote, onRule] of edits) {
          const target = onRule ? s.rules[k % s.rules.length]!.citation : values[k % values.length]!.citation;
          if (quote === null) delete target.quote;
          else target.quote = quote;
          if (!onRule) {
            const v = values[k % values.length]!;
            if (quote === null) delete v.note;
            else v.note = { fr: quote, en: quote };
          }
        }
        expect(withTexts(withoutTexts(s), textsOf(s))).toEqual(s);
        const bare = withoutTexts(s);
        expect(JSON.stringify([bare.rules, bare.parameters])).not.toMatch(/"(quote|note)":/);
      }),
    );
  });
});

describe('the fingerprint of what the norms say', () => {
  const file = 'seizure/minimum-vital.rules.json';
  const household = { asOf: '2026-06-01', household: { type: 'single' } } as const; // Monday 1 June 2026

  it('is the same whether the family comes whole (a loaded file) or as calculators read it', () => {
    const whole = loadNorms([{ name: 'copie.rules.json', content: read(file) }]);
    expect(whole.family(SEIZURE_MINIMUM_VITAL.id)!.parameters.baseSingle!.values.some((v) => v.citation.quote !== undefined)).toBe(true);
    expect(computeMinimumVital(household, { norms: whole }).provenance.fingerprint).toBe(computeMinimumVital(household).provenance.fingerprint);
  });

  it('keeps through a corrected quote or note, changes with a value', () => {
    const edited = (edit: (s: RuleSetDefinition) => void) => {
      const s = read(file);
      edit(s);
      return computeMinimumVital(household, { norms: loadNorms([{ name: 'NI.rules.json', content: s }]) }).provenance.fingerprint;
    };
    const builtIn = computeMinimumVital(household).provenance.fingerprint;
    const in2026 = (s: RuleSetDefinition) => s.parameters.baseSingle!.values.find((v) => v.validFrom <= '2026-06-01' && (v.validTo ?? '9999') >= '2026-06-01')!;
    expect(edited((s) => (in2026(s).citation.quote = 'Texte corrigé.'))).toBe(builtIn);
    expect(edited((s) => (in2026(s).note = { fr: 'Note.', en: 'Note.' }))).toBe(builtIn);
    expect(edited((s) => (in2026(s).value = '1201.00'))).not.toBe(builtIn);
    expect(edited((s) => (in2026(s).citation.article = '99'))).not.toBe(builtIn);
  });

  it('is what validatePayment reports with the package’s own norms', () => {
    const r = validatePayment({ at: '2026-05-04T10:00:00+02:00', amount: '250.00', method: { type: 'twint' } }); // Monday 4 May 2026
    const whole = loadNorms([{ name: 'ocp.rules.json', content: read('payment/ocp-online-payment.rules.json') }]);
    const again = validatePayment({ at: '2026-05-04T10:00:00+02:00', amount: '250.00', method: { type: 'twint' } }, { norms: whole });
    expect(again.provenance.fingerprint).toBe(r.provenance.fingerprint);
    expect(again.reasons).toEqual(r.reasons);
    expect(again.trace.map((s) => s.text)).toEqual(r.trace.map((s) => s.text));
  });
});
