import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { LpInputError } from '../../core/errors.js';
import { expectSoleFiredReason, stepOf } from '../../../test/support/trace.js';
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
    // The wrong month does not hide the balance's third decimal.
    expect(e.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/method/issuer/expiry INVALID_MONTH', '/target/balance MONEY_PRECISION']);
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

// --- H6: limit boundaries, reason wording, trace steps, dated terms -----------------------------------

const MONDAY = '2026-05-04T10:00:00+02:00'; // Mon 4 May 2026, 10:00 in Zurich (summer time)
const visaDebit = { type: 'card', brand: 'visa', funding: 'debit' } as const;

const catchError = (fn: () => unknown): { code: string; issues?: { path: string; code: string; message: { fr: string; en: string } }[]; details?: Record<string, string> } => {
  try {
    fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('expected an error');
};

describe("validatePayment — the CHF 1'000 ceiling of the OCP (CG OCP ch. 3: « inférieur ou égal à CHF 1'000.00 »)", () => {
  const pay = (amount: string | number, office: 'OCP' | 'OCPM' = 'OCP') =>
    validatePayment({ office, at: MONDAY, amount, target: { kind: 'poursuite', balance: '1500.00' }, method: visaDebit });

  it('999.99 and 1000.00 are accepted as instalments; 1000.01 is refused and the balance stays 1500.00', () => {
    expect(pay('999.99')).toMatchObject({ accepted: true, kind: 'partial', balanceAfter: '500.01', reasons: [] });
    expect(pay(999.99)).toMatchObject({ accepted: true, kind: 'partial', balanceAfter: '500.01' });
    expect(pay('1000.00')).toMatchObject({ accepted: true, kind: 'partial', balanceAfter: '500.00' });
    expect(pay(1000)).toMatchObject({ accepted: true, balanceAfter: '500.00' });
    const over = pay('1000.01');
    expect(over).toMatchObject({ accepted: false, balanceAfter: '1500.00' });
    expect(over.kind).toBeUndefined();
    expect(over.reasons).toEqual([
      { code: 'AMOUNT_ABOVE_LIMIT', rule: 'payment.ocp.amount.above-limit', citation: 'CG OCP ch. 3', message: { fr: expect.any(String), en: expect.any(String) } },
    ]);
    expect(pay(1000.01).reasons.map((x) => x.code)).toEqual(['AMOUNT_ABOVE_LIMIT']);
  });

  it('the OCPM terms have no ceiling: 1000.01 is accepted there', () => {
    expect(pay('1000.01', 'OCPM')).toMatchObject({ accepted: true, kind: 'partial', balanceAfter: '499.99', reasons: [] });
  });
});

describe('validatePayment — every reason: its code, rule, citation and FR/EN wording', () => {
  const base = { at: MONDAY, amount: '100.00', target: { kind: 'poursuite', balance: '1500.00' }, method: visaDebit } as const;
  const cases: [string, ValidatePaymentInput, string, string][] = [
    // [code, input, rule id, citation]
    ['AMOUNT_INVALID', { ...base, amount: 'cent francs' }, 'payment.ocp.amount.invalid', 'CG OCP ch. 3'],
    ['AMOUNT_NOT_POSITIVE', { ...base, amount: '0' }, 'payment.ocp.amount.not-positive', 'CG OCP ch. 3'],
    ['AMOUNT_PRECISION', { ...base, amount: '0.001' }, 'payment.ocp.amount.precision', 'LUMMP (RS 941.10) art. 1'],
    ['AMOUNT_ABOVE_LIMIT', { ...base, amount: '1000.01' }, 'payment.ocp.amount.above-limit', 'CG OCP ch. 3'],
    ['AMOUNT_EXCEEDS_BALANCE', { ...base, amount: '100.01', target: { kind: 'adb', balance: '100.00' } }, 'payment.ocp.amount.exceeds-balance', 'CG OCP ch. 4'],
    ['CREDIT_CARD_NOT_ACCEPTED', { ...base, method: { type: 'card', brand: 'mastercard', funding: 'credit' } }, 'payment.ocp.method.credit-card', 'CG OCP ch. 2'],
    ['CARD_TYPE_NOT_ACCEPTED', { ...base, method: { type: 'card', brand: 'visa', funding: 'prepaid' } }, 'payment.ocp.method.card-type', 'CG OCP ch. 4'],
    ['CARD_SCHEME_NOT_ACCEPTED', { ...base, method: { type: 'card', brand: 'other', funding: 'debit' } }, 'payment.ocp.method.scheme', 'CG OCP ch. 4'],
    ['TARGET_NOT_SUPPORTED', { ...base, target: { kind: 'amende', balance: '100.00' } }, 'payment.ocp.target.kind', 'CG OCP ch. 4'],
    ['ISSUER_DECLINED', { ...base, issuerResponse: 'declined' }, 'payment.ocp.issuer.declined', 'CG OCP ch. 4'],
    ['METHOD_NOT_ACCEPTED', { ...base, office: 'OCPM', method: { type: 'twint' } }, 'payment.ocpm.method.type', 'CG OCPM art. 6'],
    ['CARD_TYPE_NOT_ACCEPTED', { ...base, office: 'OCPM', method: { type: 'card', brand: 'mastercard', funding: 'prepaid' } }, 'payment.ocpm.method.card-type', 'CG OCPM art. 6'],
    ['ISSUER_DECLINED', { ...base, office: 'OCPM', issuerResponse: 'declined' }, 'payment.ocpm.issuer.declined', 'CG OCPM art. 3'],
    [
      'ONLINE_PAYMENTS_DISABLED',
      { ...base, method: { ...visaDebit, issuer: { onlinePaymentsEnabled: false } } },
      'card.debit-mastercard.online-payments-disabled',
      'CG carte de débit Mastercard section « Paiement en ligne »',
    ],
    [
      // Mon 4 May 2026 is after April 2026, the month printed on the card
      'CARD_EXPIRED',
      { ...base, method: { ...visaDebit, issuer: { expiry: '2026-04' } } },
      'card.debit-mastercard.expired',
      'CG carte de débit Mastercard section « Durée de validité »',
    ],
  ];

  it.each(cases)('%s', (code, input, rule, citation) => {
    const r = validatePayment(input);
    expect(r.accepted).toBe(false);
    expectSoleFiredReason(r, { code, rule, citation });
  });
});

describe('validatePayment — the reference-date and decision steps of the trace', () => {
  it('states the payment instant in Zurich time and cites the clause choosing the terms (OCP ch. 10)', () => {
    // Tue 31 March 2026, 22:00 UTC = Wed 1 April 2026, 00:00 in Zurich (summer time, UTC+2)
    const r = validatePayment({ at: '2026-03-31T22:00:00Z', amount: '50.00', target: { kind: 'adb', balance: '50.00' }, method: { type: 'twint' } });
    expect(r.trace[0]).toEqual({
      rule: 'payment.reference-date',
      citation: 'CG OCP ch. 10',
      text: { fr: 'Paiement le 2026-04-01, heure de Zurich : conditions en vigueur ce jour-là.', en: 'Payment on 2026-04-01, Zurich time: terms in force that day.' },
      values: { office: 'OCP', at: '2026-03-31T22:00:00Z', atZurich: '2026-04-01T00:00:00.000+02:00' },
    });
  });

  it('at the OCPM, cites art. 2 (the law in force when the payment is validated)', () => {
    const r = validatePayment({ office: 'OCPM', at: MONDAY, amount: '65.00', method: { type: 'card', brand: 'visa', funding: 'credit' } });
    expect(r.trace[0]).toMatchObject({ rule: 'payment.reference-date', citation: 'CG OCPM art. 2', values: { office: 'OCPM', at: MONDAY, atZurich: '2026-05-04T10:00:00.000+02:00' } });
  });

  it('without an instant, says that the latest known terms are used, in FR and EN', () => {
    const r = validatePayment({ amount: '10.00', target: { kind: 'poursuite', balance: '20.00' }, method: { type: 'twint' } });
    expect(r.trace[0]).toEqual({
      rule: 'payment.reference-date',
      citation: 'CG OCP ch. 10',
      text: { fr: 'Aucun instant de paiement fourni : dernière version connue des conditions.', en: 'No payment instant given: latest known version of the terms.' },
      values: { office: 'OCP', at: null, atZurich: null },
    });
    expect(stepOf(r, 'payment.ocp.parameters')?.values).toMatchObject({ asOf: null });
  });

  it('an accepted payment: the decision cites CG OCP ch. 4 and gives the kind and the balance after', () => {
    const r = validatePayment({ at: MONDAY, amount: '250.00', target: { kind: 'poursuite', balance: '1000.00' }, method: { type: 'twint' } });
    expect(r.trace.at(-1)).toEqual({
      rule: 'payment.decision',
      citation: 'CG OCP ch. 4',
      text: { fr: 'Paiement accepté.', en: 'Payment accepted.' },
      values: { accepted: true, kind: 'partial', balanceAfter: '750.00' },
    });
  });

  it('a refused payment: the decision names every reason code, in order, in FR and EN', () => {
    const r = validatePayment({ at: MONDAY, amount: '1000.01', target: { kind: 'poursuite', balance: '1500.00' }, method: { type: 'card', brand: 'visa', funding: 'credit' } });
    expect(r.trace.at(-1)).toEqual({
      rule: 'payment.decision',
      citation: 'CG OCP ch. 4',
      text: {
        fr: 'Paiement refusé (AMOUNT_ABOVE_LIMIT, CREDIT_CARD_NOT_ACCEPTED) ; le solde reste inchangé.',
        en: 'Payment refused (AMOUNT_ABOVE_LIMIT, CREDIT_CARD_NOT_ACCEPTED); the balance is unchanged.',
      },
      values: { accepted: false, kind: null, balanceAfter: '1500.00' },
    });
  });

  it('at the OCPM, the decision cites CG OCPM art. 3; without a target there is no balance', () => {
    const ok = validatePayment({ office: 'OCPM', at: MONDAY, amount: '65.00', method: { type: 'card', brand: 'postfinance', funding: 'debit' } });
    expect(ok.trace.at(-1)).toEqual({ rule: 'payment.decision', citation: 'CG OCPM art. 3', text: { fr: 'Paiement accepté.', en: 'Payment accepted.' }, values: { accepted: true, kind: null, balanceAfter: null } });
    const refused = validatePayment({ office: 'OCPM', at: MONDAY, amount: '65.00', method: { type: 'twint' } });
    expect(refused.trace.at(-1)).toMatchObject({ citation: 'CG OCPM art. 3', text: { en: 'Payment refused (METHOD_NOT_ACCEPTED); the balance is unchanged.' } });
  });
});

describe('validatePayment — which terms, on which day', () => {
  it('labels each evaluation with its own payment date, even for two payments under the same terms', () => {
    // Mon 4 May 2026 and Fri 12 June 2026: same parameter versions (OCP since 1 Jan 2024, card terms since 1 Mar 2026)
    const method = { ...visaDebit, issuer: { onlinePaymentsEnabled: true, expiry: '2028-01' } };
    const may = validatePayment({ at: MONDAY, amount: '10.00', target: { kind: 'adb', balance: '10.00' }, method });
    const june = validatePayment({ at: '2026-06-12T16:30', amount: '10.00', target: { kind: 'adb', balance: '10.00' }, method });
    expect(stepOf(may, 'payment.ocp.parameters')?.values).toMatchObject({ asOf: '2026-05-04' });
    expect(stepOf(june, 'payment.ocp.parameters')?.values).toMatchObject({ asOf: '2026-06-12' });
    expect(stepOf(may, 'card.debit-mastercard.parameters')?.values).toMatchObject({ asOf: '2026-05-04' });
    expect(stepOf(june, 'card.debit-mastercard.parameters')?.values).toMatchObject({ asOf: '2026-06-12' });
    expect(stepOf(june, 'payment.ocp.parameters')?.text).toMatchObject({ fr: expect.stringMatching(/en vigueur le 2026-06-12\.$/), en: expect.stringMatching(/in force on 2026-06-12\.$/) });
  });

  it('the OCP terms apply from Mon 1 January 2024, 00:00 in Zurich; the day before has none', () => {
    const at = (instant: string) => () => validatePayment({ at: instant, amount: '10.00', target: { kind: 'poursuite', balance: '10.00' }, method: { type: 'twint' } });
    // Sun 31 December 2023, 23:59 in Zurich (winter time, UTC+1)
    expect(catchError(at('2023-12-31T23:59:00+01:00'))).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { ruleSet: 'payment.ocp' } });
    expect(at('2024-01-01T00:00:00+01:00')()).toMatchObject({ accepted: true, kind: 'full' });
    // Sun 31 December 2023, 23:30 UTC is already Mon 1 January 2024, 00:30 in Zurich
    const r = at('2023-12-31T23:30:00Z')();
    expect(r.accepted).toBe(true);
    expect(stepOf(r, 'payment.ocp.parameters')?.values).toMatchObject({ asOf: '2024-01-01', onlineLimit: '1000.00', 'onlineLimit.validFrom': '2024-01-01' });
  });

  it('the OCPM terms apply from Tue 1 October 2024; on Mon 30 September 2024 there are none', () => {
    const at = (instant: string) => () => validatePayment({ office: 'OCPM', at: instant, amount: '65.00', method: { type: 'card', brand: 'visa', funding: 'credit' } });
    expect(catchError(at('2024-09-30T23:59'))).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { ruleSet: 'payment.ocpm' } });
    expect(at('2024-10-01T00:00')()).toMatchObject({ accepted: true, reasons: [] });
  });
});

describe('validatePayment — what the payment page knows about the card', () => {
  it('a card with no issuer data, or no expiry, needs no instant: no MISSING_CONTEXT', () => {
    expect(validatePayment({ amount: '10.00', target: { kind: 'adb', balance: '10.00' }, method: visaDebit })).toMatchObject({ accepted: true, kind: 'full' });
    const r = validatePayment({ amount: '10.00', target: { kind: 'adb', balance: '10.00' }, method: { ...visaDebit, issuer: { onlinePaymentsEnabled: true } } });
    expect(r).toMatchObject({ accepted: true, kind: 'full', balanceAfter: '0.00' });
    expect(stepOf(r, 'card.debit-mastercard.parameters')?.values).toMatchObject({ asOf: null });
  });

  it('only a card with issuer data is checked against the issuer terms', () => {
    const twint = validatePayment({ at: MONDAY, amount: '10.00', target: { kind: 'adb', balance: '10.00' }, method: { type: 'twint' } });
    const bare = validatePayment({ at: MONDAY, amount: '10.00', target: { kind: 'adb', balance: '10.00' }, method: visaDebit });
    for (const r of [twint, bare]) expect(r.trace.some((s) => s.rule.startsWith('card.'))).toBe(false);
  });

  it('traces what the issuer reported: online payments enabled (true), or unknown (null: not a refusal, unlike authorizeCardPayment)', () => {
    const pay = (issuer: { onlinePaymentsEnabled?: boolean; expiry?: string }) =>
      validatePayment({ at: MONDAY, amount: '10.00', target: { kind: 'adb', balance: '10.00' }, method: { ...visaDebit, issuer } });
    const enabled = pay({ onlinePaymentsEnabled: true });
    expect(enabled.accepted).toBe(true);
    expect(stepOf(enabled, 'card.debit-mastercard.online-payments-disabled')?.values).toEqual({ fired: false, channel: 'online', onlinePaymentsEnabled: true });
    const unknown = pay({ expiry: '2026-05' }); // valid through Sun 31 May 2026
    expect(unknown.accepted).toBe(true);
    expect(stepOf(unknown, 'card.debit-mastercard.online-payments-disabled')?.values).toEqual({ fired: false, channel: 'online', onlinePaymentsEnabled: null });
    expect(stepOf(unknown, 'card.debit-mastercard.expired')?.values).toMatchObject({ fired: false, atDate: '2026-05-04' });
  });

  it('MISSING_CONTEXT (an expiry without an instant) has a FR and an EN message', () => {
    const e = catchError(() => validatePayment({ amount: '1', method: { ...visaDebit, issuer: { expiry: '2027-01' } } }));
    expect(e.issues).toEqual([{ path: '/at', code: 'MISSING_CONTEXT', message: { fr: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) } }]);
    expect(e.issues![0]!.message.fr).not.toBe(e.issues![0]!.message.en);
  });

  it('refuses card numbers in the target without echoing them; a 16-digit run failing Luhn is only a reference', () => {
    const pan = '5555-5555-5555-4444'; // a Mastercard test number (passes Luhn)
    const e = catchError(() => validatePayment({ at: MONDAY, amount: '10', target: { kind: pan, balance: '10' }, method: { type: 'twint' } }));
    expect(e).toMatchObject({ code: 'INVALID_INPUT' });
    expect(e.issues!.map((x) => `${x.path} ${x.code}`)).toEqual(['/target/kind SENSITIVE_DATA']);
    expect(JSON.stringify({ e, message: (e as unknown as Error).message })).not.toMatch(/5555|4444/);
    // 4111 1111 1111 1112 fails Luhn: not a card number
    const r = validatePayment({ at: MONDAY, amount: '10', target: { kind: 'poursuite', balance: '10', reference: '4111111111111112' }, method: { type: 'twint' } });
    expect(r).toMatchObject({ accepted: true, kind: 'full' });
  });
});
