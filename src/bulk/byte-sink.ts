const encoder = new TextEncoder();
const hasOwn = Object.prototype.hasOwnProperty;
// Deeper than any SDK result; a cycle gets there too.
const MAX_DEPTH = 64;

/** Thrown inside `json` on anything but plain data: the value is then written by JSON.stringify itself. */
class NotPlain extends Error {}
const NOT_PLAIN = new NotPlain();

/**
 * Output bytes for the CLI's workers: JSON and text written straight to UTF-8, so that a batch leaves
 * its worker as one transferable buffer (no string to concatenate, flatten, copy and re-encode in the
 * main thread). `json(v)` writes exactly the bytes of `JSON.stringify(v)`: plain data — the SDK's results:
 * plain objects and arrays, strings, numbers, booleans, null, `undefined` — is written here; a value with
 * anything else in it (`toJSON`, boxed values, class instances, functions, symbols, bigints, more than
 * 64 levels, a cycle) is handed whole to `JSON.stringify`, which then decides (and throws where it throws).
 * Property tests hold the two equal.
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
    const start = this.n;
    try {
      this.value(v, 0);
    } catch (error) {
      if (error !== NOT_PLAIN) throw error;
      this.n = start;
      const text = JSON.stringify(v) as string | undefined;
      if (text !== undefined) this.text(text);
    }
  }

  /** Appends what `from` holds from byte `start` on (an error record, again for `--errors`). */
  copyFrom(from: ByteSink, start: number): void {
    this.literal(from.buf.subarray(start, from.n));
  }

  /** The bytes written so far, over the sink's own buffer (transferable once the sink is done). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }

  /** Bytes written as they are (pre-encoded JSON punctuation and keys). */
  literal(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
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

  /** Text known to be ASCII without quotes or backslashes (a number, an amount), as is. */
  ascii(s: string): void {
    this.room(s.length);
    const b = this.buf;
    let n = this.n;
    for (let k = 0; k < s.length; k++) b[n++] = s.charCodeAt(k);
    this.n = n;
  }

  /** A string as `JSON.stringify` writes it: quoted and escaped. */
  string(s: string): void {
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
        if (depth >= MAX_DEPTH || typeof (v as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
        if (Array.isArray(v)) return this.array(v, depth + 1);
        const proto = Object.getPrototypeOf(v) as unknown;
        if (proto === Object.prototype || proto === null) return this.object(v as Record<string, unknown>, depth + 1);
        throw NOT_PLAIN;
      }
      default:
        // bigint, function, symbol (undefined never gets here: the containers leave it out, or write null).
        throw NOT_PLAIN;
    }
  }

  private array(a: readonly unknown[], depth: number): void {
    this.byte(91);
    for (let k = 0; k < a.length; k++) {
      if (k > 0) this.byte(44);
      const x = a[k];
      if (x === undefined) this.ascii('null');
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
      const x = o[key];
      if (x === undefined) continue;
      if (!first) this.byte(44);
      first = false;
      this.string(key);
      this.byte(58);
      this.value(x, depth);
    }
    this.byte(125);
  }
}
