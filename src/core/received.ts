import { containsCardNumber } from './card-number.js';
import type { Localized } from './localized.js';

/** A value's kind in words; the schemas' expected types use the same words (src/schemas/expected.ts). */
export const KIND_WORDS = {
  string: { fr: 'un texte', en: 'a string' },
  number: { fr: 'un nombre', en: 'a number' },
  object: { fr: 'un objet', en: 'an object' },
  array: { fr: 'une liste', en: 'an array' },
  null: { fr: 'null', en: 'null' },
} as const satisfies Record<string, Localized>;

/**
 * What was received, in words, for an issue message. A text or number is quoted only when it cannot be
 * sensitive: at most 32 characters and 8 digits (a card number has 12 to 19) and no card number;
 * anything else is named by its kind only ("un texte", "a number").
 */
export function received(value: unknown): Localized {
  try {
    return describe(value);
  } catch {
    return RECEIVED_NOT_JSON.unreadable; // a Proxy whose trap throws
  }
}

function describe(value: unknown): Localized {
  switch (typeof value) {
    case 'string':
      return quotable(value) ? { fr: `« ${value} »`, en: `"${value}"` } : KIND_WORDS.string;
    case 'number':
      if (Number.isNaN(value)) return { fr: 'NaN', en: 'NaN' };
      if (!Number.isFinite(value)) return { fr: 'un nombre infini', en: 'an infinite number' };
      return quotable(String(value)) ? { fr: `le nombre ${value}`, en: `the number ${value}` } : KIND_WORDS.number;
    case 'boolean':
      return { fr: String(value), en: String(value) };
    case 'bigint':
      return { fr: 'un BigInt', en: 'a BigInt' };
    case 'function':
      return { fr: 'une fonction', en: 'a function' };
    case 'symbol':
      return { fr: 'un Symbol', en: 'a Symbol' };
    case 'undefined':
      return { fr: 'undefined', en: 'undefined' };
    default:
      return objectKind(value as object | null);
  }
}

function quotable(text: string): boolean {
  return text.length <= 32 && (text.match(/\d/g)?.length ?? 0) <= 8 && !/[\u0000-\u001f"«»]/.test(text) && !containsCardNumber(text);
}

function objectKind(value: object | null): Localized {
  if (value === null) return KIND_WORDS.null;
  if (Array.isArray(value)) return KIND_WORDS.array;
  if (value instanceof Date) return { fr: 'un objet Date', en: 'a Date object' };
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return KIND_WORDS.object;
  // A class's own name (Map, Set, a caller's class) says what was sent; one with digits is not repeated.
  const name = typeof proto === 'object' && proto !== null ? (proto as { constructor?: { name?: unknown } }).constructor?.name : undefined;
  return typeof name === 'string' && /^[A-Za-z_$][A-Za-z_$]{0,31}$/.test(name) ? { fr: `un objet ${name}`, en: `a ${name} object` } : { fr: "un objet d'une classe", en: 'a class instance' };
}

/** Received values that JSON cannot hold, by what the copy met. */
export const RECEIVED_NOT_JSON = {
  getter: { fr: 'un accesseur (getter)', en: 'a getter' },
  cycle: { fr: 'une référence circulaire', en: 'a circular reference' },
  unreadable: { fr: 'une valeur illisible', en: 'an unreadable value' },
} as const satisfies Record<string, Localized>;
