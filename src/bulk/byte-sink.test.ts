import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ByteSink } from './byte-sink.js';
import { recalculateQuotas } from './recalculate.js';

const decode = (b: Uint8Array): string => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
const jsonOf = (v: object, capacity?: number): string => {
  const s = new ByteSink(capacity);
  s.json(v);
  return decode(s.bytes());
};

describe('ByteSink.json writes the bytes of JSON.stringify', () => {
  it('for every result of the bundled fixture, ok and error records, traced and not', async () => {
    const files = readFileSync(new URL('../../fixtures/seizure-files.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as unknown);
    files.push({ id: 'BAD "1" é', asOf: '2026-06-01', household: { type: 'single' }, netIncome: '-1' }, { household: 7 }, null);
    let n = 0;
    for (const trace of [false, true]) {
      for await (const r of recalculateQuotas(trace ? files.slice(0, 50).concat(files.slice(-3)) : files, { trace })) {
        expect(jsonOf(r)).toBe(JSON.stringify(r));
        n++;
      }
    }
    expect(n).toBe(files.length + 53);
  });

  it('for any value JSON.stringify accepts: strings of any code unit, -0, NaN, holes, undefined, null prototypes, dates, boxed values', () => {
    const anything = fc.anything({
      withBoxedValues: true,
      withDate: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withMap: true,
      withSet: true,
      stringUnit: 'binary',
      key: fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('__proto__', 'constructor', '0', '10', '-1', 'toJSON')),
    });
    fc.assert(
      fc.property(anything, (v) => {
        const wrapped = { v, list: [v, undefined, () => 1] };
        expect(jsonOf(wrapped, 8)).toBe(JSON.stringify(wrapped));
      }),
    );
  });

  it('calls toJSON with the key or index, as JSON.stringify does, and leaves out what it turns into undefined', () => {
    const keyed = { toJSON: (k: string) => `key ${k}` };
    const gone = { toJSON: () => undefined };
    const cases: object[] = [
      { a: keyed, list: [keyed, gone, () => 1, Symbol('s')], gone, f: () => 1 },
      Object.assign([1, 2], { toJSON: () => 'array as text' }),
      { nested: Object.assign([1], { toJSON: (k: string) => ({ k, inner: keyed }) }) },
      { date: new Date(Date.UTC(2026, 10, 23)), invalid: new Date(Number.NaN) },
    ];
    for (const v of cases) expect(jsonOf(v)).toBe(JSON.stringify(v));
    const nothing = new ByteSink(4);
    nothing.json(gone);
    expect(JSON.stringify(gone)).toBeUndefined();
    expect(nothing.length).toBe(0);
  });

  it('for any mix of data, functions, symbols and toJSON objects (which may return any of them)', () => {
    const leaf = fc.oneof(
      fc.anything({ withBoxedValues: true, withDate: true, withNullPrototype: true, stringUnit: 'binary' }),
      fc.constantFrom(undefined, () => 1, Symbol('s')),
    );
    const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('tree'), { maxKeys: 4 }),
        tie('tree').map((inner) => ({ toJSON: (k: string) => (typeof inner === 'string' ? `${inner}|${k}` : inner) })),
      ),
    }));
    fc.assert(
      fc.property(tree, (v) => {
        const holder = { v };
        expect(jsonOf(holder)).toBe(JSON.stringify(holder));
      }),
    );
  });

  it('writes non-ASCII text as UTF-8 and escapes as JSON.stringify does (quote, backslash, controls, U+2028, lone surrogates)', () => {
    const v = { 'clé': 'Genève "OCP" \\ \n\t\u0000\u007f\u2028 \ud83d\ude00 \ud800', n: [-0, 1e21, 0.1, NaN, -Infinity] };
    const s = new ByteSink(4);
    s.json(v);
    expect(Buffer.from(s.bytes())).toEqual(Buffer.from(JSON.stringify(v), 'utf8'));
    expect(decode(s.bytes())).toContain('"n":[0,1e+21,0.1,null,null]');
  });

  it('writes own keys only, as JSON.stringify, even when Object.prototype has an enumerable key', () => {
    const v = { a: 1, nested: { b: [{ c: 'd' }] } };
    let written: string;
    let expected: string;
    Object.defineProperty(Object.prototype, 'polluted', { value: 'x', enumerable: true, configurable: true, writable: true });
    try {
      written = jsonOf(v);
      expected = JSON.stringify(v);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(written).toBe(expected);
    expect(written).not.toContain('polluted');
  });

  it('writes deep nesting as JSON.stringify does, and refuses a cycle or a bigint with a TypeError, as it does', () => {
    let deep: object = { leaf: 'x' };
    for (let k = 0; k < 200; k++) deep = k % 2 ? { a: deep } : [deep];
    expect(jsonOf(deep)).toBe(JSON.stringify(deep));
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => jsonOf(cycle)).toThrow(TypeError);
    expect(() => jsonOf({ big: 1n })).toThrow(TypeError);
  });
});

describe('ByteSink as a batch buffer', () => {
  it('writes into a handed-back buffer from its start, so nothing of what it held shows, and outgrows it when needed', () => {
    const first = new ByteSink(64);
    first.json({ long: 'x'.repeat(40) });
    const reused = new ByteSink(1, first.bytes().buffer as ArrayBuffer);
    reused.json({ a: 1 });
    expect(decode(reused.bytes())).toBe('{"a":1}');
    expect(reused.bytes().buffer).toBe(first.bytes().buffer);
    const small = new ByteSink(1, new ArrayBuffer(2));
    small.json({ b: 'more than two bytes' });
    expect(decode(small.bytes())).toBe('{"b":"more than two bytes"}');
  });

  it('grows from any capacity, appends text and bytes copied from another sink, and keeps them in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 30 }), fc.integer({ min: 1, max: 64 }), (parts, capacity) => {
        const all = new ByteSink(capacity);
        const copies = new ByteSink(capacity);
        let expected = '';
        let copied = '';
        parts.forEach((p, k) => {
          const start = all.length;
          all.text(p);
          all.byte(10);
          expected += `${p}\n`;
          if (k % 2 === 0) {
            copies.copyFrom(all, start);
            copied += `${p}\n`;
          }
        });
        expect(decode(all.bytes())).toBe(expected);
        expect(all.length).toBe(Buffer.byteLength(expected));
        expect(decode(copies.bytes())).toBe(copied);
      }),
    );
  });
});
