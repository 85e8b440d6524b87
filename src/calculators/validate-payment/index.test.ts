import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { LpInputError } from '../../core/errors.js';
import { writtenDates } from '../../../test/support/weekdays.js';
import { validatePayment, type ValidatePaymentInput } from './index.js';
import examples from './examples.json';

interface Example {
  name: string;
  citation: string;
  input: ValidatePaymentInput;
  expected: { accepted: boolean; reasons: string[]; kind?: string; balanceAfter?: string };
}

describe('validatePayment — worked examples', () => {
  it.each(examples as Example[])('$name', ({ name, input, expected }) => {
    for (const d of writtenDates(name)) expect(d, d.text).toMatchObject({ correct: true });
    const r = validatePayment(input);
    expect(r.accepted).toBe(expected.accepted);
    expect(r.reasons.map((x) => x.code)).toEqual(expected.reasons);
    expect(r.kind).toBe(expected.kind);
    expect(r.balanceAfter).toBe(expected.balanceAfter);
  });

  it('names every date with its weekday', () => {
    expect((examples as Example[]).every((e) => writtenDates(e.name).length > 0 || e.name.startsWith('OCPM'))).toBe(true);
  });
});

describe('validatePayment — explanations', () => {
  it('cites the terms for each reason and traces every rule with the parameter version applied', () => {
    const r = validatePayment({
      at: '2026-05-04T10:00:00+02:00',
      amount: '1000.01',
      target: { kind: 'poursuite', balance: '1500.00' },
      method: { type: 'card', brand: 'visa', funding: 'credit' },
    });
    expect(r.reasons).toEqual([
      expect.objectContaining({ code: 'AMOUNT_ABOVE_LIMIT', rule: 'payment.ocp.amount.above-limit', citation: 'CG OCP ch. 3' }),
      expect.objectContaining({ code: 'CREDIT_CARD_NOT_ACCEPTED', citation: 'CG OCP ch. 2' }),
    ]);
    const params = r.trace.find((s) => s.rule === 'payment.ocp.parameters');
    expect(params?.values).toMatchObject({ asOf: '2026-05-04', onlineLimit: '1000.00', 'onlineLimit.validFrom': '2024-01-01' });
    const limit = r.trace.find((s) => s.rule === 'payment.ocp.amount.above-limit');
    expect(limit?.values).toMatchObject({ fired: true, amount: '1000.01', 'params.onlineLimit': '1000.00' });
    expect(limit?.text.fr).toMatch(/1'000\.00/);
    expect(r.trace.at(-1)).toMatchObject({ rule: 'payment.decision', values: { accepted: false, balanceAfter: '1500.00' } });
  });

  it('without `at`, applies the latest version and says so', () => {
    const r = validatePayment({ amount: '10', target: { kind: 'adb', balance: '10' }, method: { type: 'twint' } });
    expect(r).toMatchObject({ accepted: true, kind: 'full', balanceAfter: '0.00' });
    expect(r.trace.find((s) => s.rule === 'payment.ocp.parameters')?.text.en).toMatch(/latest known version/);
  });

  it('refuses a date before the terms are in force with NO_NORM_IN_FORCE', () => {
    expect(() => validatePayment({ at: '2023-12-31T12:00:00+01:00', amount: '10', method: { type: 'twint' } })).toThrow(
      expect.objectContaining({ code: 'NO_NORM_IN_FORCE' }),
    );
  });

  it('does not mutate its input', () => {
    const input = { at: '2026-05-04T10:00', amount: '5.00', target: { kind: 'poursuite', balance: '9.00' }, method: { type: 'twint' as const } };
    const copy = structuredClone(input);
    validatePayment(input);
    expect(input).toEqual(copy);
  });
});

describe('validatePayment — malformed input throws every issue at once', () => {
  const catchInput = (input: unknown): LpInputError => {
    try {
      validatePayment(input as ValidatePaymentInput);
    } catch (e) {
      if (e instanceof LpInputError) return e;
      throw e;
    }
    throw new Error('expected LpInputError');
  };

  it('reports all schema issues with JSON pointers', () => {
    const e = catchInput({ amount: {}, office: 'XYZ', method: { type: 'card', brand: 'visa' }, extra: 1 });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => `${i.path} ${i.code}`).sort()).toEqual(
      ['/amount INVALID_TYPE', '/extra UNKNOWN_PROPERTY', '/method/funding REQUIRED', '/office INVALID_VALUE'].sort(),
    );
    expect(e.issues[0]!.message.fr).not.toBe(e.issues[0]!.message.en);
  });

  it('checks instants, balances and the context a check needs', () => {
    const e = catchInput({
      amount: '1',
      target: { kind: 'poursuite', balance: '12.345' },
      method: { type: 'card', brand: 'visa', funding: 'debit', issuer: { expiry: '2026-13' } },
    });
    expect(e.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/method/issuer/expiry INVALID_MONTH']);
    const e2 = catchInput({ at: '2026-02-30T10:00', amount: '1', target: { kind: 'poursuite', balance: '-1' }, method: { type: 'twint' } });
    expect(e2.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/at INVALID_DATETIME', '/target/balance NEGATIVE_MONEY']);
    const e3 = catchInput({ amount: '1', method: { type: 'card', brand: 'visa', funding: 'debit', issuer: { expiry: '2026-03' } } });
    expect(e3.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/at MISSING_CONTEXT']);
  });

  it('refuses a card number in any field and never echoes it', () => {
    const pan = '4111 1111 1111 1111';
    const e = catchInput({ amount: '10', target: { kind: 'poursuite', balance: '10', reference: pan }, method: { type: 'twint' } });
    expect(e.issues).toEqual([expect.objectContaining({ path: '/target/reference', code: 'SENSITIVE_DATA' })]);
    const everything = JSON.stringify({ e, message: e.message, issues: e.issues, fr: e.messages.fr });
    expect(everything).not.toMatch(/4111/);
  });

  it('refuses a card number given as the amount', () => {
    const e = catchInput({ amount: 4111111111111111, method: { type: 'twint' } });
    expect(e.issues.map((i) => i.code)).toEqual(['SENSITIVE_DATA']);
  });

  it('rejects non-finite numbers', () => {
    expect(catchInput({ amount: Number.NaN, method: { type: 'twint' } }).issues[0]).toMatchObject({ path: '/amount' });
  });
});

// --- properties -------------------------------------------------------------------------------------

const LIMIT = new Decimal('1000.00');
const centimes = fc.integer({ min: -50_000, max: 250_000 });
const text = (c: number): string => new Decimal(c).div(100).toFixed(2);
const method = fc.constantFrom<ValidatePaymentInput['method']>(
  { type: 'twint' },
  { type: 'card', brand: 'visa', funding: 'debit' },
  { type: 'card', brand: 'mastercard', funding: 'credit' },
  { type: 'card', brand: 'maestro', funding: 'prepaid' },
);
const payment = fc.record({
  office: fc.constantFrom<'OCP' | 'OCPM'>('OCP', 'OCPM'),
  amount: centimes,
  balance: fc.integer({ min: 0, max: 250_000 }),
  method,
  issuerResponse: fc.constantFrom<'approved' | 'declined'>('approved', 'declined'),
  kind: fc.constantFrom('poursuite', 'adb', 'other'),
});

describe('validatePayment — properties', () => {
  it('accepted ⇒ 0 < amount ≤ min(limit, balance) at the OCP, and balanceAfter = balance − amount exactly', () => {
    fc.assert(
      fc.property(payment, (p) => {
        const r = validatePayment({
          office: p.office,
          at: '2026-06-01T12:00',
          amount: text(p.amount),
          target: { kind: p.kind, balance: text(p.balance) },
          method: p.method,
          issuerResponse: p.issuerResponse,
        });
        const amount = new Decimal(text(p.amount));
        const balance = new Decimal(text(p.balance));
        if (r.accepted) {
          expect(amount.gt(0) && amount.lte(balance)).toBe(true);
          if (p.office === 'OCP') expect(amount.lte(LIMIT)).toBe(true);
          expect(r.balanceAfter).toBe(balance.minus(amount).toFixed(2));
          expect(r.kind).toBe(amount.eq(balance) ? 'full' : 'partial');
        } else {
          expect(r.reasons.length).toBeGreaterThan(0);
          expect(r.balanceAfter).toBe(balance.toFixed(2));
          expect(r.kind).toBeUndefined();
        }
      }),
    );
  });

  it('decides the same for a number and its decimal string', () => {
    fc.assert(
      fc.property(payment, fc.integer({ min: 0, max: 3 }), (p, extra) => {
        // extra decimals: 0–3, so the third-decimal case is covered too
        const value = p.amount / 10 ** extra;
        const asString = validatePayment({ at: '2026-06-01T12:00', amount: String(value), target: { kind: 'poursuite', balance: text(p.balance) }, method: p.method });
        const asNumber = validatePayment({ at: '2026-06-01T12:00', amount: value, target: { kind: 'poursuite', balance: text(p.balance) }, method: p.method });
        expect(asNumber.accepted).toBe(asString.accepted);
        expect(asNumber.reasons).toEqual(asString.reasons);
        expect(asNumber.balanceAfter).toBe(asString.balanceAfter);
      }),
    );
  });

  it('a refusal never changes the balance, whatever the amount text', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 100_000 }), (amount, balance) => {
        const r = validatePayment({ at: '2026-06-01T12:00', amount, target: { kind: 'adb', balance: text(balance) }, method: { type: 'twint' } });
        if (!r.accepted) expect(r.balanceAfter).toBe(text(balance));
        else expect(new Decimal(r.balanceAfter!).plus(new Decimal(amount)).toFixed(2)).toBe(text(balance));
      }),
    );
  });
});
