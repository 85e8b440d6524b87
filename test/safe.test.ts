import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

// Every public function has its non-throwing form `safeX`: the same value when the function returns, and
// `{ ok: false, error, issues }` with the very error it throws (its issues, for an input error) otherwise.

// Not wrapped, and why: the async generators report each record's error in their results; classes are not calls.
const NOT_WRAPPED = new Set(['recalculateQuotas', 'compareQuotas', 'safe']);
const isClass = (f: unknown) => typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));
const publicFunctions = Object.entries(lib)
  .filter(([name, v]) => typeof v === 'function' && !isClass(v) && !name.startsWith('safe') && !NOT_WRAPPED.has(name))
  .map(([name]) => name);
const safeName = (name: string) => `safe${name[0]!.toUpperCase()}${name.slice(1)}`;

describe('safe forms', () => {
  it('exist for every public function', () => {
    expect(publicFunctions.length).toBeGreaterThanOrEqual(30);
    expect(publicFunctions.filter((n) => typeof (lib as Record<string, unknown>)[safeName(n)] !== 'function')).toEqual([]);
  });

  it('give the value the function returns', () => {
    const input = { at: '2026-05-04T10:00:00+02:00', amount: '250.00', target: { kind: 'poursuite', balance: '1000.00' }, method: { type: 'twint' as const } };
    const r = lib.safeValidatePayment(input);
    expect(r).toEqual({ ok: true, value: lib.validatePayment(input) });
    if (r.ok && r.value.accepted) expect(r.value.balanceAfter).toBe('750.00');
  });

  it('give every input issue the function throws, with its error', () => {
    const bad = { amount: '1.00', method: { type: 'cash' }, at: 'yesterday' } as never;
    let thrown: unknown;
    try {
      lib.validatePayment(bad);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(lib.LpInputError);
    const r = lib.safeValidatePayment(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(lib.LpInputError);
    expect(r.issues).toEqual((thrown as lib.LpInputError).issues);
    expect(r.issues.map((i) => i.path)).toContain('/at');
  });

  it('give a norm error with no input issue', () => {
    const r = lib.safeGetRuleSet('lp.unknown');
    expect(r).toMatchObject({ ok: false, issues: [], error: { code: 'UNKNOWN_RULE_SET' } });
  });

  it('throw what is not an SDK error (a bug is not an answer)', () => {
    const boom = lib.safe(() => {
      throw new TypeError('bug');
    });
    expect(() => boom()).toThrow(TypeError);
  });
});
