import { formatIsoDate, parseIsoDate } from '../core/dates.js';
import { decimalText, parseDecimal } from '../core/decimal.js';
import type { Localized } from '../core/localized.js';
import type { NormEdition } from '../schemas/edition.js';
import type { EditionInfo, Parameter, ParameterValue, RuleSetDefinition } from '../schemas/rule-set.js';
import { valueFitsKind } from './check-rule-set.js';

/** One problem of a norm file: where (JSON pointer into the file) and what, in French and English. */
export interface NormProblem {
  path: string;
  message: Localized;
}

type Value = ParameterValue['value'];

const isObjectValue = (v: NormEdition['values'][string]): v is Extract<NormEdition['values'][string], { value: unknown }> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value an edition gives a parameter, written as the parameter's kind stores it (decimals as text). */
function editionValue(p: Parameter, raw: NormEdition['values'][string]): Value {
  const v = isObjectValue(raw) ? raw.value : raw;
  // A lawyer may write 1250 for "1250.00": a decimal parameter keeps the exact decimal text.
  if (p.kind === 'decimal' && typeof v === 'number') {
    const parts = parseDecimal(v);
    return parts === null ? v : decimalText(parts);
  }
  return v;
}

const overlaps = (v: { validFrom: string; validTo?: string | undefined }, from: string, to: string | undefined): boolean =>
  (to === undefined || v.validFrom <= to) && (v.validTo === undefined || v.validTo >= from);

const dayBefore = (d: string): string => formatIsoDate(parseIsoDate(d)! - 1);
const dayAfter = (d: string): string => formatIsoDate(parseIsoDate(d)! + 1);

/** The parameters an edition restates: those it lists, and those whose history is kept by edition. */
function restated(family: RuleSetDefinition, edition: NormEdition): string[] {
  return Object.entries(family.parameters)
    .filter(([name, p]) => Object.prototype.hasOwnProperty.call(edition.values, name) || p.values.some((v) => v.version !== undefined))
    .map(([name]) => name);
}

/** The value in force the day before the edition starts (or the latest before it): what an unlisted parameter carries over. */
function carriedFrom(p: Parameter, from: string): ParameterValue | undefined {
  const before = p.values.filter((v) => v.validFrom < from);
  return before[before.length - 1];
}

/**
 * What is wrong with an edition for a family, every problem at once: unknown parameters, values of the
 * wrong kind, dates, and overlaps with another edition's versions that `supersedes` does not name.
 */
export function editionProblems(edition: NormEdition, family: RuleSetDefinition | undefined): NormProblem[] {
  const problems: NormProblem[] = [];
  const add = (path: string, fr: string, en: string): void => {
    problems.push({ path, message: { fr, en } });
  };
  for (const [key, d] of [['validFrom', edition.validFrom], ['validTo', edition.validTo], ['verifiedOn', edition.verifiedOn], ['source/adoptedOn', edition.source.adoptedOn]] as const) {
    if (d !== undefined && parseIsoDate(d) === null) add(`/${key}`, `${d} n'est pas une date du calendrier.`, `${d} is not a calendar date.`);
  }
  if (edition.validTo !== undefined && edition.validTo < edition.validFrom) add('/validTo', 'validTo est antérieur à validFrom.', 'validTo is before validFrom.');
  if (family === undefined) {
    add('/family', `Famille de normes inconnue : ${edition.family}.`, `Unknown norm family: ${edition.family}.`);
    return problems;
  }
  if (problems.length > 0) return problems;
  for (const [name, raw] of Object.entries(edition.values)) {
    const p = family.parameters[name];
    if (p === undefined) {
      const known = Object.keys(family.parameters).join(', ');
      add(`/values/${name}`, `Paramètre inconnu dans ${family.id} (connus : ${known}).`, `Unknown parameter of ${family.id} (known: ${known}).`);
      continue;
    }
    const value = editionValue(p, raw);
    const decimalOk = p.kind !== 'decimal' || (typeof value === 'string' && parseDecimal(value) !== null);
    if (!valueFitsKind(p.kind, value) || !decimalOk) {
      add(`/values/${name}`, `La valeur ne correspond pas au type ${p.kind} du paramètre${p.kind === 'decimal' ? ' (un montant, p. ex. "1250.00")' : ''}.`, `The value does not fit the parameter's kind ${p.kind}${p.kind === 'decimal' ? ' (an amount, e.g. "1250.00")' : ''}.`);
    }
  }
  const versions = new Set(Object.values(family.parameters).flatMap((p) => p.values.flatMap((v) => (v.version ? [v.version] : []))));
  if (edition.supersedes !== undefined && !versions.has(edition.supersedes)) {
    add('/supersedes', `${family.id} n'a pas d'édition ${edition.supersedes} à remplacer (éditions : ${[...versions].join(', ') || 'aucune'}).`, `${family.id} has no edition ${edition.supersedes} to replace (editions: ${[...versions].join(', ') || 'none'}).`);
  }
  if (versions.has(edition.edition) && edition.supersedes !== edition.edition) {
    add('/edition', `L'édition ${edition.edition} existe déjà dans ${family.id} : donnez un autre nom, ou "supersedes": "${edition.edition}" pour la remplacer.`, `Edition ${edition.edition} already exists in ${family.id}: give another name, or "supersedes": "${edition.edition}" to replace it.`);
  }
  const clashes = new Map<string, string[]>();
  for (const name of restated(family, edition)) {
    const p = family.parameters[name]!;
    if (!Object.prototype.hasOwnProperty.call(edition.values, name) && carriedFrom(p, edition.validFrom) === undefined) {
      add(`/values/${name}`, `Aucune valeur antérieure à reprendre pour ${name} : indiquez-la dans values.`, `No earlier value of ${name} to carry over: give it in values.`);
    }
    for (const v of p.values) {
      if (v.version !== undefined && v.version !== edition.supersedes && overlaps(v, edition.validFrom, edition.validTo)) {
        const span = `${v.version} (${v.validFrom} – ${v.validTo ?? '…'})`;
        clashes.set(span, [...(clashes.get(span) ?? []), name]);
      }
    }
  }
  for (const [span, names] of clashes) {
    const version = span.split(' (')[0]!;
    add(
      '/validFrom',
      `La période chevauche l'édition ${span} pour ${names.join(', ')} : ajoutez "supersedes": "${version}" pour la remplacer sur cette période, ou corrigez validFrom/validTo.`,
      `The period overlaps edition ${span} for ${names.join(', ')}: add "supersedes": "${version}" to replace it over this period, or correct validFrom/validTo.`,
    );
  }
  return problems;
}

/** A history without the span [from, to]: versions inside it dropped, those across its ends cut. */
function without(values: readonly ParameterValue[], from: string, to: string | undefined): ParameterValue[] {
  const out: ParameterValue[] = [];
  for (const v of values) {
    if (!overlaps(v, from, to)) {
      out.push(v);
      continue;
    }
    if (v.validFrom < from) out.push({ ...v, validTo: dayBefore(from) });
    if (to !== undefined && (v.validTo === undefined || v.validTo > to)) out.push({ ...v, validFrom: dayAfter(to) });
  }
  return out;
}

/**
 * The family with the edition in force over its period: each listed parameter gets the new value, each
 * parameter kept by edition carries its latest value over under the edition's name, and the versions the
 * edition supersedes (or unversioned values it restates) give way over that period. The edition's status,
 * source and origin are recorded in `editions`. Call `editionProblems` first: this assumes none.
 */
export function applyEdition(family: RuleSetDefinition, edition: NormEdition, origin: string): RuleSetDefinition {
  const { validFrom, validTo } = edition;
  const citation = { document: edition.source.document, article: edition.edition };
  const parameters: Record<string, Parameter> = { ...family.parameters };
  for (const name of restated(family, edition)) {
    const p = family.parameters[name]!;
    const raw = edition.values[name];
    const listed = Object.prototype.hasOwnProperty.call(edition.values, name) && raw !== undefined;
    let entry: ParameterValue;
    if (listed) {
      entry = {
        validFrom,
        ...(validTo !== undefined ? { validTo } : {}),
        value: editionValue(p, raw),
        citation: isObjectValue(raw) && raw.citation !== undefined ? raw.citation : citation,
        version: edition.edition,
        ...(isObjectValue(raw) && raw.note !== undefined ? { note: raw.note } : {}),
      };
    } else {
      const previous = carriedFrom(p, validFrom)!;
      const was = previous.version ?? previous.validFrom;
      entry = {
        validFrom,
        ...(validTo !== undefined ? { validTo } : {}),
        value: previous.value,
        citation: previous.citation,
        version: edition.edition,
        note: {
          fr: `Valeur de ${was} reprise : l'édition ${edition.edition} ne la modifie pas.`,
          en: `Value of ${was} carried over: edition ${edition.edition} does not change it.`,
        },
      };
    }
    const values = [...without(p.values, validFrom, validTo), entry].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
    parameters[name] = { ...p, values };
  }
  const info: EditionInfo = {
    edition: edition.edition,
    status: edition.status,
    validFrom,
    ...(validTo !== undefined ? { validTo } : {}),
    verifiedOn: edition.verifiedOn,
    source: edition.source,
    origin,
    ...(edition.supersedes !== undefined ? { supersedes: edition.supersedes } : {}),
    ...(edition.note !== undefined ? { note: edition.note } : {}),
  };
  const editions = (family.editions ?? []).filter((e) => e.edition !== edition.edition || edition.supersedes !== edition.edition);
  return { ...family, parameters, editions: [...editions, info] };
}
