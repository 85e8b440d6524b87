import { issue, pointer, type Issue } from './errors.js';
import { containsCardNumber, mayHoldCardNumber, numberMayBeCard } from './card-number.js';

export { containsCardNumber, luhnValid } from './card-number.js';

const MAX_DEPTH = 64;

/**
 * Walks any input and reports, by JSON pointer only, every value (or key) that carries a card number.
 * The SDK never needs a card number (CG OCP ch. 6: card data is not stored by the State), so such
 * input is refused before anything else, and the value is never echoed. Input nested deeper than
 * any SDK input could be, or that cannot be read, is refused too, rather than left unscanned.
 *
 * It reads what the SDK may read: an array's items; an object's own properties, enumerable or not (a
 * getter is read); for an instance of a class, also the properties of its prototypes (their getters,
 * read on the instance). Symbol keys are not read (the SDK never reads them).
 */
export function findSensitiveValues(value: unknown, path = '', out: Issue[] = []): Issue[] {
  if (mayHoldSensitive(value, 0)) walk(value, [], out, path);
  return out;
}

/** `holdsSensitive`, true when reading the input throws (a getter, a proxy): `walk` then says where. */
function mayHoldSensitive(value: unknown, depth: number): boolean {
  try {
    return holdsSensitive(value, depth);
  } catch {
    return true;
  }
}

/** The names the SDK may read on an object: its own, then those of its prototypes below the root one. */
function namesOf(o: object): string[] {
  const names = Object.getOwnPropertyNames(o);
  let proto = Object.getPrototypeOf(o) as object | null;
  // A plain object's prototype (in any realm) is a root: its prototype is null.
  if (proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null) return names;
  const seen = new Set(names);
  for (; proto !== null && Object.getPrototypeOf(proto) !== null; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || name === '__proto__' || seen.has(name)) continue;
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}

const UNREADABLE = Symbol('unreadable');

// Keys repeat from record to record (`household`, `healthInsurance`…): each is checked once. Bounded:
// at most 4096 keys of at most 64 characters are kept.
const cleanKeys = new Set<string>();
function keyHoldsCard(key: string): boolean {
  if (cleanKeys.has(key)) return false;
  if (containsCardNumber(key)) return true;
  if (key.length <= 64) {
    if (cleanKeys.size >= 4096) cleanKeys.clear();
    cleanKeys.add(key);
  }
  return false;
}

/**
 * The walk without its paths: true when some value or key holds a card number, or the input is nested
 * too deep or cannot be read — only then does `walk` run again to say where. Nearly every input is
 * clean, and this pass builds no path segment.
 */
function holdsSensitive(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return mayHoldCardNumber(value) && containsCardNumber(value);
  if (typeof value === 'number') return numberMayBeCard(value);
  if (value === null || typeof value !== 'object') return false;
  if (depth >= MAX_DEPTH) return true;
  if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) if (holdsSensitive(value[k], depth + 1)) return true;
    return false;
  }
  const names = namesOf(value);
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    if (keyHoldsCard(name) || holdsSensitive((value as Record<string, unknown>)[name], depth + 1)) return true;
  }
  return false;
}

// Paths are built only for a hit: the walk itself allocates nothing per key (it runs on every record).
function at(base: string, segments: readonly (string | number)[]): string {
  return segments.reduce<string>((p, s) => pointer(p, s), base);
}

function read(o: object, name: string | number): unknown {
  try {
    return (o as Record<string | number, unknown>)[name];
  } catch {
    return UNREADABLE;
  }
}

function walk(value: unknown, segments: (string | number)[], out: Issue[], base: string): void {
  if (value === UNREADABLE) {
    out.push(issue(at(base, segments), 'INVALID_TYPE'));
  } else if (typeof value === 'string') {
    if (containsCardNumber(value)) out.push(issue(at(base, segments), 'SENSITIVE_DATA'));
  } else if (typeof value === 'number') {
    if (numberMayBeCard(value)) out.push(issue(at(base, segments), 'SENSITIVE_DATA'));
  } else if (value !== null && typeof value === 'object') {
    if (segments.length >= MAX_DEPTH) {
      out.push(issue(at(base, segments), 'OUT_OF_RANGE'));
      return;
    }
    let names: readonly (string | number)[];
    try {
      names = Array.isArray(value) ? Array.from({ length: value.length }, (_, k) => k) : namesOf(value);
    } catch {
      out.push(issue(at(base, segments), 'INVALID_TYPE'));
      return;
    }
    for (const name of names) {
      if (typeof name === 'string' && containsCardNumber(name)) {
        segments.push('*');
        out.push(issue(at(base, segments), 'SENSITIVE_DATA'));
      } else {
        segments.push(name);
        walk(read(value, name), segments, out, base);
      }
      segments.pop();
    }
  }
}
