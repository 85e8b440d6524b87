import type { Citation, ParameterValue, RuleDefinition, RuleSetDefinition } from '../schemas/rule-set.js';

/**
 * The words beside a norm: the source's own words (`citation.quote`) and the implementers' notes on a
 * value (`note`). Both stay in the norm file, next to the rule they explain (Catala's law text beside the
 * code), and every reader of norms gets them (`getRuleSet`, `ruleSets`, the rule site, loaded editions).
 * No calculation reads them, so the package's own families reach calculators without them
 * (src/rules/families/generated, `npm run gen:families`): a browser bundle of `validatePayment` does not
 * carry the law's text, only its citation.
 */
export interface NormTexts {
  /** Per rule, in the file's order: the quote of its citation, or `null`. */
  rules: (string | null)[];
  /** Per parameter, per value in the file's order: its citation's quote and its note, or `null`. */
  parameters: Record<string, (ValueTexts | null)[]>;
}

/** The words beside one parameter value. */
export interface ValueTexts {
  quote?: string;
  note?: ParameterValue['note'];
}

const bareCitation = ({ quote: _quote, ...citation }: Citation): Citation => citation;

/** The rule as a calculation reads it: its citation without the quote. */
export const ruleWithoutTexts = (r: RuleDefinition): RuleDefinition => ({ ...r, citation: bareCitation(r.citation) });

/** The value as a calculation reads it: without its note, its citation without the quote. */
export function valueWithoutTexts(v: ParameterValue): ParameterValue {
  const { note: _note, ...value } = v;
  return { ...value, citation: bareCitation(v.citation) };
}

/** The family without the words beside its norms (what `npm run gen:families` writes for calculators). */
export function withoutTexts(set: RuleSetDefinition): RuleSetDefinition {
  const parameters: RuleSetDefinition['parameters'] = {};
  for (const [name, p] of Object.entries(set.parameters)) parameters[name] = { ...p, values: p.values.map(valueWithoutTexts) };
  return { ...set, parameters, rules: set.rules.map(ruleWithoutTexts) };
}

/** The words beside the family's norms, in the shape `withTexts` puts them back. */
export function textsOf(set: RuleSetDefinition): NormTexts {
  const parameters: NormTexts['parameters'] = {};
  for (const [name, p] of Object.entries(set.parameters)) {
    const texts = p.values.map(({ citation, note }): ValueTexts | null =>
      citation.quote === undefined && note === undefined ? null : { ...(citation.quote !== undefined ? { quote: citation.quote } : {}), ...(note !== undefined ? { note } : {}) },
    );
    if (texts.some((t) => t !== null)) parameters[name] = texts;
  }
  return { rules: set.rules.map((r) => r.citation.quote ?? null), parameters };
}

/** The family with the words beside its norms put back: `withTexts(withoutTexts(s), textsOf(s))` equals `s`. */
export function withTexts(set: RuleSetDefinition, texts: NormTexts): RuleSetDefinition {
  const quoted = (c: Citation, quote: string | null | undefined): Citation => (quote == null ? c : { ...c, quote });
  const parameters: RuleSetDefinition['parameters'] = {};
  for (const [name, p] of Object.entries(set.parameters)) {
    const values = texts.parameters[name];
    parameters[name] =
      values === undefined
        ? p
        : {
            ...p,
            values: p.values.map((v, k) => {
              const t = values[k];
              return t == null ? v : { ...v, citation: quoted(v.citation, t.quote), ...(t.note !== undefined ? { note: t.note } : {}) };
            }),
          };
  }
  return { ...set, parameters, rules: set.rules.map((r, k) => ({ ...r, citation: quoted(r.citation, texts.rules[k]) })) };
}
