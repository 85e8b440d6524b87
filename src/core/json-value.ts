import { issue, pointer, type Issue } from './errors.js';
import type { Localized } from './localized.js';
import { received, RECEIVED_NOT_JSON } from './received.js';
import { containsCardNumber } from './sensitive.js';

/** How deep an input may nest: deeper than any SDK input could be (a norm file's conditions included). */
export const MAX_JSON_DEPTH = 64;
/** How many values an input may hold: a shared sub-object is counted each time it is reached, as JSON repeats it. */
export const MAX_JSON_VALUES = 2_000_000;

/** The input as JSON would carry it, or where it is not JSON. */
/**
 * On failure, `value` is the copy with `null` where JSON could not hold the value (so the rest can still be
 * checked), and `received[k]` says what `issues[k]` met.
 */
export type JsonCheck = { ok: true; value: unknown } | { ok: false; issues: Issue[]; value: unknown; received: Localized[] };

interface Walk {
  issues: Issue[];
  received: Localized[];
  segments: (string | number)[];
  ancestors: object[];
  values: number;
}

const describe = Object.getOwnPropertyDescriptor;
const hasOwn = Object.prototype.hasOwnProperty;
const protoOf = Object.getPrototypeOf;

// A path is built only for an issue. A key that holds a card number is never echoed (as sensitive.ts).
function fail(w: Walk, code: 'INVALID_TYPE' | 'OUT_OF_RANGE', what: Localized): void {
  const path = w.segments.reduce<string>((p, s) => pointer(p, typeof s === 'string' && containsCardNumber(s) ? '*' : s), '');
  const expected = code === 'INVALID_TYPE' ? JSON_EXPECTED : DEPTH_EXPECTED;
  w.issues.push(issue(path, code, { expected, received: what }));
  w.received.push(what);
}
const JSON_EXPECTED = { fr: 'une valeur JSON (texte, nombre fini, booléen, null, liste ou objet simple)', en: 'a JSON value (string, finite number, boolean, null, array or plain object)' };
const DEPTH_EXPECTED = { fr: 'au plus 64 niveaux et 2 000 000 valeurs', en: 'at most 64 levels and 2,000,000 values' };
const TOO_BIG = { fr: 'une entrée trop grande ou trop profonde', en: 'an input too large or too deep' };

/**
 * A copy of `value` made of plain JSON only: strings, finite numbers, booleans, `null`, arrays without
 * holes, and objects whose prototype is `Object.prototype` or `null`. Each own enumerable property is read
 * once, by its descriptor, so no getter runs (a getter is refused); each array element once, by value.
 * An object property whose value is `undefined` is left out, as JSON leaves it out: `undefined` means "not
 * given". Anything else JSON cannot hold — BigInt, Symbol, function, `undefined` in an array or at the
 * root, NaN, ±Infinity, a getter, a class instance (Date, Map, boxed values…), a cycle — is `INVALID_TYPE`
 * at its path; nesting deeper than MAX_JSON_DEPTH, or more than MAX_JSON_VALUES values, is `OUT_OF_RANGE`.
 * A Proxy is read like any object, through its traps, once: the SDK then works on the copy, never on the
 * caller's object again.
 */
export function jsonValue(value: unknown): JsonCheck {
  // Nearly every input is plain JSON: one lean pass copies it. Only when that pass meets something
  // else does the careful pass run again, to say where (with paths) and what (a cycle, too deep…).
  const outer = values; // a Proxy trap may call the SDK again: its count is its own
  values = 0;
  try {
    const copy = fastCopy(value, 0);
    if (copy !== NOT_JSON) return { ok: true, value: copy };
  } catch {
    // A trap that throws: the careful pass reports it at its path.
  } finally {
    values = outer;
  }
  const w: Walk = { issues: [], received: [], segments: [], ancestors: [], values: 0 };
  let copy: unknown;
  try {
    copy = copyOf(value, w);
  } catch {
    // A trap or an exotic object that throws when read: not JSON, at the path being read.
    fail(w, 'INVALID_TYPE', RECEIVED_NOT_JSON.unreadable);
    copy = null;
  }
  return w.issues.length === 0 ? { ok: true, value: copy } : { ok: false, issues: w.issues, value: copy, received: w.received };
}

const NOT_JSON = Symbol('not JSON');
// Values met by the lean pass of the current call (a module variable: no state object per call).
let values = 0;

/** The copy, or NOT_JSON at the first value that is not plain JSON (no paths, no cycle check: depth bounds it). */
function fastCopy(v: unknown, depth: number): unknown {
  if (++values > MAX_JSON_VALUES) return NOT_JSON;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return v - v === 0 ? v : NOT_JSON;
    case 'object':
      if (v === null) return v;
      break;
    default:
      return NOT_JSON;
  }
  if (depth >= MAX_JSON_DEPTH) return NOT_JSON;
  if (Array.isArray(v)) {
    if (protoOf(v) !== Array.prototype) return NOT_JSON;
    const n = v.length;
    const out = new Array<unknown>(n);
    for (let k = 0; k < n; k++) {
      const y = v[k];
      if (y === undefined) return NOT_JSON;
      const x = fastCopy(y, depth + 1);
      if (x === NOT_JSON) return NOT_JSON;
      out[k] = x;
    }
    return out;
  }
  const proto = protoOf(v);
  if ((proto !== Object.prototype && proto !== null) || hasOwn.call(v, '__proto__')) return NOT_JSON;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(v);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const d = describe(v, key);
    if (d === undefined) continue;
    if (d.get !== undefined || d.set !== undefined) return NOT_JSON;
    if (d.value === undefined) continue;
    const x = fastCopy(d.value, depth + 1);
    if (x === NOT_JSON) return NOT_JSON;
    out[key] = x;
  }
  return out;
}

function copyOf(v: unknown, w: Walk): unknown {
  if (++w.values > MAX_JSON_VALUES) {
    if (w.values === MAX_JSON_VALUES + 1) {
      w.segments.length = 0;
      fail(w, 'OUT_OF_RANGE', TOO_BIG);
    }
    return null;
  }
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      if (v - v === 0) return v;
      fail(w, 'INVALID_TYPE', received(v)); // NaN and ±Infinity
      return null;
    case 'object':
      if (v === null) return v;
      break;
    default:
      fail(w, 'INVALID_TYPE', received(v));
      return null;
  }
  const o = v as object;
  if (w.ancestors.length >= MAX_JSON_DEPTH) {
    fail(w, 'OUT_OF_RANGE', TOO_BIG);
    return null;
  }
  if (w.ancestors.includes(o)) {
    fail(w, 'INVALID_TYPE', RECEIVED_NOT_JSON.cycle);
    return null;
  }
  w.ancestors.push(o);
  const out = Array.isArray(o) ? arrayCopy(o, w) : objectCopy(o, w);
  w.ancestors.pop();
  return out;
}

function arrayCopy(a: unknown[], w: Walk): unknown[] | null {
  if (protoOf(a) !== Array.prototype) {
    fail(w, 'INVALID_TYPE', received(a));
    return null;
  }
  const n = a.length;
  const out = new Array<unknown>(n);
  for (let k = 0; k < n; k++) {
    w.segments.push(k);
    const x = a[k];
    // A hole or an explicit `undefined`: JSON has no such array element.
    if (x === undefined) {
      fail(w, 'INVALID_TYPE', received(x));
      out[k] = null;
    } else out[k] = copyOf(x, w);
    w.segments.pop();
  }
  return out;
}

function objectCopy(o: object, w: Walk): Record<string, unknown> | null {
  const proto = protoOf(o);
  if (proto !== Object.prototype && proto !== null) {
    fail(w, 'INVALID_TYPE', received(o));
    return null;
  }
  const out: Record<string, unknown> = {};
  const keys = Object.keys(o);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    w.segments.push(key);
    const d = describe(o, key);
    if (d === undefined) {
      w.segments.pop();
      continue;
    }
    if (!('value' in d)) {
      fail(w, 'INVALID_TYPE', RECEIVED_NOT_JSON.getter);
      out[key] = null;
    } else if (d.value !== undefined) {
      const x = copyOf(d.value, w);
      // An own "__proto__" key (JSON.parse makes one) stays a plain key, never a prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value: x, enumerable: true, configurable: true, writable: true });
      else out[key] = x;
    }
    w.segments.pop();
  }
  return out;
}
