import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import * as reference from '../src/reference.js';
import { TWINT_ONE_CENTIME_OVER } from './support/ocp-facts.js';
import { CARD_FORMS as FORMS, digitsOf, plantCards as planted, repeatsCard as repeats } from './support/card-forms.js';
import { thrownLpError } from './support/thrown.js';

// Issue 15, item 1: a card number planted in any field or key of any public function's input is refused,
// and no channel repeats it: the error's message (fr, en), issues, details and stack, or the result and
// its trace. Every field and key of every worked example gets a card number, as a string, as a number
// and as a key; the forms rotate over a fixed list (each form the attack found missing) and a seeded
// sample of random ones, every form on every field of each function's first example.

/** Every channel of a call, as one text: the result (with its trace), or the error's every field. */
function channels(run: () => unknown): { text: string; error: unknown } {
  try {
    return { text: JSON.stringify(run()) ?? '', error: undefined };
  } catch (e) {
    const err = e as { message?: string; messages?: unknown; issues?: unknown; details?: unknown; stack?: string };
    return { text: [String(e), err.message, err.stack, JSON.stringify(err.messages), JSON.stringify(err.issues), JSON.stringify(err.details)].join('\n'), error: e };
  }
}

const calculators = join(__dirname, '../src/calculators');
const camel = (s: string) => s.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
const EXAMPLES = readdirSync(calculators)
  .filter((d) => d !== 'shared')
  .map((d) => [camel(d), (JSON.parse(readFileSync(join(calculators, d, 'examples.json'), 'utf8')) as { input: unknown }[]).map((e) => e.input)] as const);

/** Runs `call` on every planted input: nothing may repeat the card number, and `refused` must hold. */
function check(name: string, bases: readonly unknown[], call: (input: unknown) => unknown, refused: (error: unknown) => boolean, rotate = false): number {
  const all = planted(bases, rotate);
  for (const { what, input, form } of all) {
    const { text, error } = channels(() => call(input));
    expect(repeats(text, form), `${name}: ${what} (${JSON.stringify(form.text)}) is repeated:\n${text.slice(0, 2000)}`).toBe(false);
    expect(refused(error), `${name}: ${what} (${JSON.stringify(form.text)}) is not refused:\n${text.slice(0, 600)}`).toBe(true);
  }
  return all.length;
}

const sensitiveIssue = (error: unknown) =>
  error instanceof lib.LpInputError && error.issues.some((i) => i.code === 'SENSITIVE_DATA' && !/\d{12}/.test(i.path));

describe('a card number planted anywhere is refused and never repeated', () => {
  it.each(EXAMPLES)('%s: every field and key of its worked examples', (fn, inputs) => {
    const f = (lib as unknown as Record<string, (i: unknown) => unknown>)[fn]!;
    expect(check(fn, inputs, f, sensitiveIssue)).toBeGreaterThan(FORMS.length * 3);
  });

  it('evaluate: facts (fields and keys), the norm family id, the reference date', async () => {
    check('evaluate facts', [TWINT_ONE_CENTIME_OVER], (facts) => lib.evaluate('payment.ocp', facts as object, { asOf: '2026-05-04' }), sensitiveIssue);
    const noEcho = () => true;
    check('evaluate id', ['payment.ocp'], (id) => lib.evaluate(id as string, TWINT_ONE_CENTIME_OVER), noEcho);
    check('evaluate asOf', ['2026-05-04'], (asOf) => lib.evaluate('payment.ocp', TWINT_ONE_CENTIME_OVER, { asOf: asOf as string }), noEcho);
    check('getRuleSet', ['payment.ocp'], (id) => lib.getRuleSet(id as string), noEcho);
    // The reference evaluator rejects with the same errors.
    for (const form of FORMS) {
      const error = await reference.evaluate('payment.ocp', { ...TWINT_ONE_CENTIME_OVER, amount: form.text }, { engine: 'reference' }).catch((e: unknown) => e);
      expect(sensitiveIssue(error)).toBe(true);
    }
  });

  it('defineRuleSet: any id, wording or key holding a card number is refused (NORM_INVALID), by path only', () => {
    const set = lib.ruleSets.find((s) => s.id === 'payment.ocp')!;
    const json = structuredClone({ ...set, changeDates: undefined });
    delete json.changeDates;
    // The set itself loads: what is refused is the card number.
    expect(lib.defineRuleSet(json).id).toBe('payment.ocp');
    const small = { ...json, rules: json.rules.slice(0, 2) };
    const refused = (error: unknown) => error instanceof lib.LpNormError && error.code === 'NORM_INVALID' && /SENSITIVE_DATA/.test(error.message);
    // Every place, one form each, rotating (the file has some 200 places); every form in the ids.
    expect(check('defineRuleSet', [small], (j) => lib.defineRuleSet(j), refused, true)).toBeGreaterThan(200);
    for (const form of FORMS) {
      const ruleId = { ...small, rules: small.rules.map((r, k) => (k === 0 ? { ...r, id: `payment.ocp.${form.text}` } : r)) };
      const { text, error } = channels(() => lib.defineRuleSet(ruleId));
      expect(refused(error) && !repeats(text, form), text).toBe(true);
    }
  });

  it('seizurePlan, deadlineComputer and recalculateQuotas: options and records', async () => {
    const noEcho = () => true;
    check('seizurePlan', [{ asOf: '2026-06-01', readings: { childAge: 'from-10th-birthday', cohabitingBase: 'half-couple' }, latestKnownNorms: false }], (o) => lib.seizurePlan(o as never).normsVersion, noEcho);
    // The computer is built, not run: a garbled period can loop (issue 15 item 4, another fix).
    check('deadlineComputer', [{ asOf: '2026-12-10', canton: 'GE', days: 10, lp63: true }], (o) => typeof lib.deadlineComputer(o as never), noEcho);
    const [fileExamples] = EXAMPLES.filter(([fn]) => fn === 'computeMinimumVital').map(([, inputs]) => inputs);
    const records = planted([{ id: 'DCSO-127-2024', ...(fileExamples![0] as object), netIncome: '3551.85' }]);
    const results: lib.RecalculationResult[] = [];
    for await (const r of lib.recalculateQuotas(records.map((r) => r.input))) results.push(r);
    expect(results).toHaveLength(records.length);
    results.forEach((r, k) => {
      const { what, form } = records[k]!;
      expect(repeats(JSON.stringify(r), form), `${what}: ${JSON.stringify(r)}`).toBe(false);
      expect(!r.ok && r.error.issues?.some((i) => i.code === 'SENSITIVE_DATA'), `${what}: ${JSON.stringify(r)}`).toBe(true);
    });
  });
});

describe('the reproductions of issue 15', () => {
  const pan = '4111111111111111';
  const noCard = (text: string) => expect(digitsOf(text)).not.toContain(pan);
  const everything = (run: () => unknown) => channels(run).text;

  it('a card number as a key is named "*" in every issue and in the message', () => {
    const text = everything(() => lib.validatePayment({ [pan]: 1, amount: '1', method: { type: 'twint' } } as never));
    noCard(text);
    expect(text).toContain('/*: SENSITIVE_DATA; /*: UNKNOWN_PROPERTY');
  });

  it('an unknown norm family, a reference date: the message and details say "*"', () => {
    const unknown = thrownLpError(() => lib.evaluate(pan, {}));
    expect([unknown.code, unknown.message, unknown.details]).toEqual(['UNKNOWN_RULE_SET', 'Unknown norm family: *.', { ruleSet: '*' }]);
    noCard(everything(() => lib.seizurePlan({ asOf: pan as never })));
    noCard(everything(() => lib.seizurePlan({ asOf: `${pan.slice(0, 4)}-${pan.slice(4, 6)}-${pan.slice(6, 8)}` as never })));
  });

  it('a rule id holding a card number never loads, so it is in no trace', () => {
    const set = structuredClone(lib.getRuleSet('payment.ocp')) as unknown as { rules: { id: string }[]; changeDates?: unknown };
    delete set.changeDates;
    set.rules[0]!.id = `payment.ocp.${pan}`;
    const e = thrownLpError(() => lib.defineRuleSet(set));
    expect(e.message).toBe('Invalid norm file: /rules/0/id SENSITIVE_DATA');
  });

  it('a class instance whose id is a prototype getter: refused as not JSON (before any other check), not echoed', async () => {
    class File {
      asOf = '2026-06-01';
      household = { type: 'single' };
      netIncome = '3000.00';
      get id() {
        return pan;
      }
    }
    const results: lib.RecalculationResult[] = [];
    for await (const r of lib.recalculateQuotas([new File()])) results.push(r);
    noCard(JSON.stringify(results));
    expect(results[0]).toMatchObject({ ok: false, error: { issues: [{ path: '', code: 'INVALID_TYPE' }] } });
  });

  it("validatePayment's trace never gets an amount the detector used to miss", () => {
    const text = everything(() => lib.validatePayment({ amount: '4111\u00a01111\u00a01111\u00a01111', method: { type: 'twint' } }));
    noCard(text);
    expect(text).toContain('/amount: SENSITIVE_DATA');
  });
});
