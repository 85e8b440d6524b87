import type { Localized } from '../core/localized.js';

/**
 * What a schema node expects, as scripts/schemas.mjs writes it beside each generated validator: a format
 * name, the allowed values (`v`, with the tag of a tagged union), words for a pattern (`w`), or the JSON
 * types (`t`) with an object's fields (`f`), a pattern (`re`), bounds; a union's branches (`b`).
 */
export type Hint =
  | 'date'
  | 'datetime'
  | 'month'
  | 'money'
  | {
      v?: unknown[];
      tag?: string;
      w?: Localized;
      t?: string[];
      f?: string[];
      re?: string;
      minimum?: number;
      maximum?: number;
      minItems?: number;
      maxItems?: number;
      b?: Hint[];
    };

/** The key of a node's hint from an ajv schema path (as scripts/schemas.mjs `hintKey`). */
export const hintKey = (schemaPath: string): string => schemaPath.slice(1).replace(/\/properties\//g, '.');

const FORMATS: Record<string, Localized> = {
  date: { fr: 'une date AAAA-MM-JJ, p. ex. 2026-12-31', en: 'a YYYY-MM-DD date, e.g. 2026-12-31' },
  datetime: {
    fr: 'une date et heure ISO 8601, p. ex. 2026-03-18T14:30 (heure de Zurich) ou 2026-03-18T13:30:00Z',
    en: 'an ISO 8601 date-time, e.g. 2026-03-18T14:30 (Zurich time) or 2026-03-18T13:30:00Z',
  },
  month: { fr: 'un mois AAAA-MM, p. ex. 2027-03', en: 'a YYYY-MM month, e.g. 2027-03' },
  money: { fr: 'un montant à deux décimales, p. ex. 1850.00 (texte ou nombre)', en: 'an amount with two decimals, e.g. 1850.00 (string or number)' },
};

const TYPES: Record<string, Localized> = {
  string: { fr: 'un texte', en: 'a string' },
  number: { fr: 'un nombre', en: 'a number' },
  integer: { fr: 'un nombre entier', en: 'a whole number' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  object: { fr: 'un objet', en: 'an object' },
  array: { fr: 'une liste', en: 'an array' },
  null: { fr: 'null', en: 'null' },
};

const both = (f: (lang: 'fr' | 'en') => string): Localized => ({ fr: f('fr'), en: f('en') });

/** The expected form of a node, in words, e.g. `attendu : card, twint` → `{ fr: 'card, twint', … }`. */
export function expectedOf(hint: Hint | undefined): Localized | undefined {
  if (hint === undefined) return undefined;
  if (typeof hint === 'string') return FORMATS[hint];
  if (hint.v) {
    const values = hint.v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ');
    return hint.tag ? both((l) => (l === 'fr' ? `un objet dont « ${hint.tag} » vaut ${values}` : `an object whose "${hint.tag}" is ${values}`)) : { fr: values, en: values };
  }
  if (hint.w) return hint.w;
  if (hint.b) {
    const parts = hint.b.map(expectedOf).filter((x): x is Localized => x !== undefined);
    return both((l) => parts.map((p) => p[l]).join(l === 'fr' ? ' ou ' : ' or '));
  }
  const types = (hint.t ?? []).map((t) => TYPES[t]).filter((x): x is Localized => x !== undefined);
  if (types.length === 0) return undefined;
  return both((l) => {
    let s = types.map((t) => t[l]).join(l === 'fr' ? ' ou ' : ' or ');
    if (hint.re !== undefined) s += l === 'fr' ? ` de la forme /${hint.re}/` : ` of the form /${hint.re}/`;
    if (hint.minimum !== undefined && hint.maximum !== undefined) s += l === 'fr' ? ` de ${hint.minimum} à ${hint.maximum}` : ` from ${hint.minimum} to ${hint.maximum}`;
    else if (hint.minimum !== undefined) s += l === 'fr' ? ` d'au moins ${hint.minimum}` : ` of at least ${hint.minimum}`;
    else if (hint.maximum !== undefined) s += l === 'fr' ? ` d'au plus ${hint.maximum}` : ` of at most ${hint.maximum}`;
    if (hint.minItems !== undefined) s += l === 'fr' ? ` d'au moins ${hint.minItems} élément(s)` : ` of at least ${hint.minItems} item(s)`;
    if (hint.maxItems !== undefined) s += l === 'fr' ? ` d'au plus ${hint.maxItems} éléments` : ` of at most ${hint.maxItems} items`;
    if (hint.f !== undefined) s += l === 'fr' ? ` avec les champs : ${hint.f.join(', ')}` : ` with the fields: ${hint.f.join(', ')}`;
    return s;
  });
}
