const encoder = new TextEncoder();
// Deeper than any SDK result: past this, JSON.stringify takes over (and throws on a cycle as it should).
const MAX_DEPTH = 64;
const hasOwn = Object.prototype.hasOwnProperty;

/** What JSON.stringify writes for a value under `key`: the result of its `toJSON(key)`, when it has one. */
function resolved(x: unknown, key: string): unknown {
  if (x !== null && (typeof x === 'object' || typeof x === 'bigint')) {
    const toJSON = (x as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (k: string) => unknown).call(x, key);
  }
  return x;
}

/** Left out of objects (and `null` in arrays) by JSON.stringify. */
const omitted = (x: unknown): boolean => x === undefined || typeof x === 'function' || typeof x === 'symbol';

/**
 * Output bytes for the CLI's workers: JSON and text written straight to UTF-8, so that a batch leaves
 * its worker as one transferable buffer (no string to concatenate, flatten, copy and re-encode in the
 * main thread). `json(v)` writes exactly the bytes of `JSON.stringify(v)` for data: plain objects and
 * arrays (data properties), strings, numbers, booleans, null; `undefined`, functions and symbols left out
 * (or `null` in arrays); `toJSON(key)` called with the key, as `JSON.stringify` calls it. Objects that are
 * not plain (boxed values, class instances, typed arrays) and anything nested deeper than 64 levels are
 * handed to `JSON.stringify` itself. Property tests hold the two equal.
 */
export class ByteSink {
  private buf: Uint8Array;
  private n = 0;

  /** Writes into `into` (a buffer handed back for reuse) or a new buffer of `capacity` bytes; grows as needed. */
  constructor(capacity = 1 << 16, into?: ArrayBuffer) {
    this.buf = into === undefined ? new Uint8Array(capacity) : new Uint8Array(into);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.n;
  }

  /** Any text, as UTF-8. */
  text(s: string): void {
    this.room(s.length * 3);
    this.n += encoder.encodeInto(s, this.buf.subarray(this.n)).written;
  }

  /** `JSON.stringify(v)`'s text, as UTF-8 (see the class); nothing where it gives `undefined`. */
  json(v: object): void {
    const x = resolved(v, '');
    if (!omitted(x)) this.value(x, 0);
  }

  /** Appends what `from` holds from byte `start` on (an error record, again for `--errors`). */
  copyFrom(from: ByteSink, start: number): void {
    const part = from.buf.subarray(start, from.n);
    this.room(part.length);
    this.buf.set(part, this.n);
    this.n += part.length;
  }

  /** The bytes written so far, over the sink's own buffer (transferable once the sink is done). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }

  byte(c: number): void {
    if (this.n === this.buf.length) this.room(1);
    this.buf[this.n++] = c;
  }

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    bigger.set(this.buf.subarray(0, this.n));
    this.buf = bigger;
  }

  private ascii(s: string): void {
    this.room(s.length);
    const b = this.buf;
    let n = this.n;
    for (let k = 0; k < s.length; k++) b[n++] = s.charCodeAt(k);
    this.n = n;
  }

  private string(s: string): void {
    this.room(s.length + 2);
    const b = this.buf;
    let n = this.n;
    b[n++] = 34;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      // Controls, quote, backslash, DEL and beyond ASCII (escapes, surrogates, UTF-8): JSON.stringify's text.
      if (c < 32 || c === 34 || c === 92 || c > 126) return this.text(JSON.stringify(s));
      b[n++] = c;
    }
    b[n++] = 34;
    this.n = n;
  }

  private value(v: unknown, depth: number): void {
    switch (typeof v) {
      case 'string':
        return this.string(v);
      case 'number':
        return this.ascii(Number.isFinite(v) ? String(v) : 'null');
      case 'boolean':
        return this.ascii(v ? 'true' : 'false');
      case 'object': {
        if (v === null) return this.ascii('null');
        if (depth < MAX_DEPTH) {
          if (Array.isArray(v)) return this.array(v, depth + 1);
          const proto = Object.getPrototypeOf(v) as unknown;
          if (proto === Object.prototype || proto === null) return this.object(v as Record<string, unknown>, depth + 1);
        }
        return this.text(JSON.stringify(v) ?? 'null');
      }
      default:
        // A bigint throws, as in JSON.stringify; the containers leave out undefined, functions and symbols.
        return this.text(JSON.stringify(v) ?? 'null');
    }
  }

  private array(a: readonly unknown[], depth: number): void {
    this.byte(91);
    for (let k = 0; k < a.length; k++) {
      if (k > 0) this.byte(44);
      const x = resolved(a[k], String(k));
      if (omitted(x)) this.ascii('null');
      else this.value(x, depth);
    }
    this.byte(93);
  }

  private object(o: Record<string, unknown>, depth: number): void {
    this.byte(123);
    let first = true;
    // for…in over own keys (as JSON.stringify, in the same order): no key array per object, unlike Object.keys.
    for (const key in o) {
      if (!hasOwn.call(o, key)) continue;
      const x = resolved(o[key], key);
      if (omitted(x)) continue;
      if (!first) this.byte(44);
      first = false;
      this.string(key);
      this.byte(58);
      this.value(x, depth);
    }
    this.byte(125);
  }
}
