import type { Localized } from '../core/localized.js';
import { KIND_WORDS } from '../core/received.js';
import { ISO_DATE_PATTERN, ISO_DATETIME_PATTERN, ISO_MONTH_PATTERN } from './formats.js';

/**
 * What a schema node expects, in French and English, read at run time from the validator's own compact
 * schema (its values, format, types, bounds, fields): no per-node tables ride in the bundles.
 */

const FORMATS: Record<string, Localized> = {
  [ISO_DATE_PATTERN]: { fr: 'une date AAAA-MM-JJ, p. ex. 2026-12-31', en: 'a YYYY-MM-DD date, e.g. 2026-12-31' },
  [ISO_DATETIME_PATTERN]: {
    fr: 'une date et heure ISO 8601, p. ex. 2026-03-18T14:30 (heure de Zurich) ou 2026-03-18T13:30:00Z',
    en: 'an ISO 8601 date-time, e.g. 2026-03-18T14:30 (Zurich time) or 2026-03-18T13:30:00Z',
  },
  [ISO_MONTH_PATTERN]: { fr: 'un mois AAAA-MM, p. ex. 2027-03', en: 'a YYYY-MM month, e.g. 2027-03' },
  // Patterns without a format of their own, in words (an issue never says a bare "wrong format").
  '\\S': { fr: 'un texte non vide', en: 'a non-empty text' },
  '^([01]\\d|2[0-3]):[0-5]\\d$': { fr: 'une heure HH:mm (p. ex. 14:30)', en: 'a time HH:mm (e.g. 14:30)' },
  '^(0(\\.\\d{1,4})?|1(\\.0{1,4})?)$': { fr: 'une part de 0 à 1, au plus quatre décimales (p. ex. 0.5)', en: 'a share from 0 to 1, at most four decimals (e.g. 0.5)' },
  '^[A-Z]{2}$': { fr: 'un code de canton de deux lettres majuscules (p. ex. GE)', en: 'a two-letter canton code in capitals (e.g. GE)' },
  '^https://': { fr: 'une adresse https://…', en: 'an https://… address' },
};
/** A compact schema node (as src/schemas/schema-validator.ts reads it; declared here, not imported, to keep the modules acyclic). */
export type Schema = { readonly [keyword: string]: any };

const MONEY: Localized = { fr: 'un montant à deux décimales, p. ex. 1850.00 (texte ou nombre)', en: 'an amount with two decimals, e.g. 1850.00 (string or number)' };

const TYPES: Record<string, Localized> = {
  ...KIND_WORDS,
  integer: { fr: 'un nombre entier', en: 'a whole number' },
  boolean: { fr: 'true ou false', en: 'true or false' },
};

const both = (f: (lang: 'fr' | 'en') => string): Localized => ({ fr: f('fr'), en: f('en') });

/** The node at an ajv schema path (`#/properties/method/oneOf/0`) of a compact schema, its `$ref` followed. */
export function nodeAt(root: Schema | undefined, schemaPath: string): Schema | undefined {
  let node: Schema | undefined = root;
  for (const key of schemaPath.split('/').slice(1)) node = node?.[decodeURIComponent(key)];
  return node?.$ref !== undefined ? root!.$defs[node.$ref] : node;
}

/** A discriminated union's tag name, else undefined. */
export const tagOf = (node: Schema): string | undefined => node.discriminator?.propertyName;

/** The values a node allows (its const or enum, a union of them, a tagged union's tags), else undefined. */
export function valuesOf(node: Schema | undefined): unknown[] | undefined {
  if (node === undefined || node.title === 'Money') return undefined;
  if (node.const !== undefined) return [node.const];
  if (node.enum) return node.enum;
  const tag = tagOf(node);
  if (tag) return (node.oneOf as Schema[]).flatMap((b) => valuesOf(b.properties[tag])!);
  const branches = node.anyOf?.map(valuesOf);
  return branches?.every(Boolean) ? branches.flat() : undefined;
}

/** An object's fields when it admits no others, else undefined. */
export const fieldsOf = (node: Schema | undefined): string[] | undefined =>
  node?.type === 'object' && node.properties && node.additionalProperties === false ? Object.keys(node.properties) : undefined;

/** The expected form of a node, in words, e.g. `attendu : card, twint` → `{ fr: 'card, twint', … }`. */
export function expectedOf(node: Schema | undefined, root?: Schema): Localized | undefined {
  if (node === undefined) return undefined;
  if (node.$ref !== undefined) return expectedOf(root?.$defs[node.$ref], root);
  if (node.title === 'Money') return MONEY;
  if (FORMATS[node.pattern]) return FORMATS[node.pattern];
  const values = valuesOf(node)?.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ');
  const tag = tagOf(node);
  if (values !== undefined) return tag ? both((l) => (l === 'fr' ? `un objet dont « ${tag} » vaut ${values}` : `an object whose "${tag}" is ${values}`)) : { fr: values, en: values };
  if (node.anyOf) {
    const parts = (node.anyOf as Schema[]).map((b) => expectedOf(b, root)).filter((x): x is Localized => x !== undefined);
    return both((l) => parts.map((p) => p[l]).join(l === 'fr' ? ' ou ' : ' or '));
  }
  const types = ([] as string[]).concat(node.type ?? []).map((t) => TYPES[t]).filter((x): x is Localized => x !== undefined);
  if (types.length === 0) return undefined;
  const f = fieldsOf(node);
  const { pattern: re, minimum, maximum, minItems, maxItems } = node;
  return both((l) => {
    const fr = l === 'fr';
    let s = types.map((t) => t[l]).join(fr ? ' ou ' : ' or ');
    if (re !== undefined) s += fr ? ` de la forme /${re}/` : ` of the form /${re}/`;
    if (minimum !== undefined && maximum !== undefined) s += fr ? ` de ${minimum} à ${maximum}` : ` from ${minimum} to ${maximum}`;
    else if (minimum !== undefined) s += fr ? ` d'au moins ${minimum}` : ` of at least ${minimum}`;
    else if (maximum !== undefined) s += fr ? ` d'au plus ${maximum}` : ` of at most ${maximum}`;
    if (minItems !== undefined) s += fr ? ` d'au moins ${minItems} élément(s)` : ` of at least ${minItems} item(s)`;
    if (maxItems !== undefined) s += fr ? ` d'au plus ${maxItems} éléments` : ` of at most ${maxItems} items`;
    if (f !== undefined) s += fr ? ` avec les champs : ${f.join(', ')}` : ` with the fields: ${f.join(', ')}`;
    return s;
  });
}
