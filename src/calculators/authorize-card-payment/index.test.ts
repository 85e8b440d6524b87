import { describe, expect, it } from 'vitest';
import { thrownLpError } from '../../../test/support/thrown.js';
import { expectSoleFiredReason, stepOf } from '../../../test/support/trace.js';
import { authorizeCardPayment, type AuthorizeCardPaymentInput } from './index.js';

// The issuing bank's debit Mastercard terms (edition mars 2026, in force from Sun 1 March 2026).

const MONDAY = '2026-05-04T10:00:00+02:00'; // Mon 4 May 2026, 10:00 in Zurich (summer time)
const DOC = 'CG carte de débit Mastercard';

/** A payment every rule lets through: online, card enabled, Swiss merchant with 3-D Secure, covered. */
const good: AuthorizeCardPaymentInput = {
  at: MONDAY,
  amount: '80.00',
  channel: 'online',
  card: { expiry: '2028-01', onlinePaymentsEnabled: true, chipAndPinUsedOnce: true },
  merchant: { zone: 'CH-LI', threeDSecure: true },
  account: { available: '500.00' },
};


const thrown = thrownLpError;

describe('authorizeCardPayment — malformed input throws every issue at once, with its JSON pointer', () => {
  it('an instant that does not exist, an amount with a third decimal, a negative balance: three issues', () => {
    // 30 February 2026 does not exist; 80.005 has three decimals (LUMMP art. 1: 100 centimes)
    const e = thrown(() => authorizeCardPayment({ ...good, at: '2026-02-30T10:00', amount: '80.005', account: { available: '-0.01' } }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues!.map((i) => `${i.path} ${i.code}`)).toEqual(['/at INVALID_DATETIME', '/amount MONEY_PRECISION', '/account/available NEGATIVE_MONEY']);
    for (const i of e.issues!) {
      expect(i.message.fr).toMatch(/\S/);
      expect(i.message.en).toMatch(/\S/);
      expect(i.message.fr).not.toBe(i.message.en);
    }
  });

  it('each money field is checked on its own: only the available amount', () => {
    const e = thrown(() => authorizeCardPayment({ ...good, account: { available: 'beaucoup' } }));
    expect(e.issues!.map((i) => `${i.path} ${i.code}`)).toEqual(['/account/available INVALID_MONEY']);
  });

  it('a negative amount is an input error, not a reason', () => {
    const e = thrown(() => authorizeCardPayment({ ...good, amount: -1 }));
    expect(e.issues!.map((i) => `${i.path} ${i.code}`)).toEqual(['/amount NEGATIVE_MONEY']);
  });

  it('refuses a card number written in the merchant name, naming the field and never the number', () => {
    const pan = '4111 1111 1111 1111'; // the Visa test number: 16 digits, passes Luhn
    const e = thrown(() => authorizeCardPayment({ ...good, merchant: { ...good.merchant, name: `Boutique ${pan}` } }));
    expect(e.issues).toEqual([expect.objectContaining({ path: '/merchant/name', code: 'SENSITIVE_DATA' })]);
    expect(JSON.stringify({ e, message: e.message, messages: e.messages, issues: e.issues })).not.toMatch(/4111/);
  });
});

describe('authorizeCardPayment — every refusal: its rule, citation and FR/EN wording', () => {
  const cases: [string, AuthorizeCardPaymentInput, string, string][] = [
    ['CARD_BLOCKED', { ...good, card: { ...good.card, blocked: true } }, 'card.debit-mastercard.blocked', `${DOC} section « Blocage »`],
    ['ONLINE_PAYMENTS_DISABLED', { ...good, card: { expiry: '2028-01', chipAndPinUsedOnce: true } }, 'card.debit-mastercard.online-payments-disabled', `${DOC} section « Paiement en ligne »`],
    // Mon 4 May 2026 is after April 2026, the printed month
    ['CARD_EXPIRED', { ...good, card: { ...good.card, expiry: '2026-04' } }, 'card.debit-mastercard.expired', `${DOC} section « Durée de validité »`],
    ['CONTACTLESS_NOT_ACTIVATED', { ...good, channel: 'contactless', card: { expiry: '2028-01' } }, 'card.debit-mastercard.contactless-not-activated', `${DOC} section « Paiement sans contact »`],
    ['ZONE_BLOCKED', { ...good, merchant: { zone: 'ASIA', threeDSecure: true } }, 'card.debit-mastercard.zone-blocked', `${DOC} section « Géoblocage »`],
    ['INSUFFICIENT_COVERAGE', { ...good, amount: '500.01' }, 'card.debit-mastercard.insufficient-coverage', `${DOC} section « Couverture »`],
  ];

  it.each(cases)('%s', (code, input, rule, citation) => {
    const r = authorizeCardPayment(input);
    expect(r.approved).toBe(false);
    expectSoleFiredReason(r, { code, rule, citation });
  });

  it('a merchant without 3-D Secure is no refusal: approved, the holder bears the risk, and no reason is listed', () => {
    const r = authorizeCardPayment({ ...good, merchant: { zone: 'CH-LI', threeDSecure: false } });
    expect(r).toMatchObject({ approved: true, holderBearsRisk: true, reasons: [] });
    expect(stepOf(r, 'card.debit-mastercard.no-3ds-holder-risk')).toMatchObject({
      citation: `${DOC} section « Responsabilité »`,
      values: { fired: true, channel: 'online', merchantThreeDSecure: false },
    });
  });
});

describe('authorizeCardPayment — facts as given, and as the terms default them', () => {
  it('traces the merchant offering 3-D Secure (true), or not saying (null): the holder bears no risk either way', () => {
    const withThreeDs = authorizeCardPayment(good);
    expect(withThreeDs.holderBearsRisk).toBe(false);
    expect(stepOf(withThreeDs, 'card.debit-mastercard.no-3ds-holder-risk')?.values).toEqual({ fired: false, channel: 'online', merchantThreeDSecure: true });
    const unknown = authorizeCardPayment({ ...good, merchant: { zone: 'CH-LI' } });
    expect(unknown.holderBearsRisk).toBe(false);
    expect(stepOf(unknown, 'card.debit-mastercard.no-3ds-holder-risk')?.values).toEqual({ fired: false, channel: 'online', merchantThreeDSecure: null });
  });

  it('online payments are off by default, which matters online only', () => {
    const card = { expiry: '2028-01', chipAndPinUsedOnce: true };
    expect(authorizeCardPayment({ ...good, card }).reasons.map((x) => x.code)).toEqual(['ONLINE_PAYMENTS_DISABLED']);
    expect(authorizeCardPayment({ ...good, channel: 'chip-pin', card })).toMatchObject({ approved: true, reasons: [] });
    expect(authorizeCardPayment({ ...good, channel: 'atm', card })).toMatchObject({ approved: true, reasons: [] });
  });

  it('without an account balance, coverage is unknown and refuses nothing', () => {
    const { account: _, ...noAccount } = good;
    const r = authorizeCardPayment({ ...noAccount, amount: '9999.99' });
    expect(r).toMatchObject({ approved: true, reasons: [] });
    expect(stepOf(r, 'card.debit-mastercard.insufficient-coverage')?.values).toMatchObject({ fired: false, amount: '9999.99' });
  });

  it('coverage: CHF 499.99 and 500.00 pass with 500.00 available, 500.01 does not', () => {
    expect(authorizeCardPayment({ ...good, amount: '499.99' }).approved).toBe(true);
    expect(authorizeCardPayment({ ...good, amount: 500 }).approved).toBe(true);
    expect(authorizeCardPayment({ ...good, amount: 500.01 }).reasons.map((x) => x.code)).toEqual(['INSUFFICIENT_COVERAGE']);
  });
});

describe('authorizeCardPayment — the instant step of the trace', () => {
  it('gives the channel, the Zurich time, the zone and the open zones (the terms’ default: CH-LI, EUROPE)', () => {
    // Tue 31 March 2026, 21:59 UTC = 23:59 in Zurich (summer time, UTC+2)
    const r = authorizeCardPayment({ ...good, at: '2026-03-31T21:59:00Z', card: { ...good.card, expiry: '2026-03' } });
    expect(r.approved).toBe(true);
    expect(r.trace[0]).toEqual({
      rule: 'card.debit-mastercard.instant',
      citation: DOC,
      text: {
        fr: 'Opération online le 2026-03-31T23:59:00.000+02:00 (heure de Zurich), zone CH-LI.',
        en: 'online transaction on 2026-03-31T23:59:00.000+02:00 (Zurich time), zone CH-LI.',
      },
      values: { at: '2026-03-31T21:59:00Z', local: '2026-03-31T23:59:00.000+02:00', openZones: 'CH-LI, EUROPE' },
    });
  });

  it('lists the zones the holder opened', () => {
    const r = authorizeCardPayment({ ...good, card: { ...good.card, openZones: ['CH-LI', 'US'] }, merchant: { zone: 'US', threeDSecure: true } });
    expect(r.approved).toBe(true);
    expect(r.trace[0]?.values).toMatchObject({ openZones: 'CH-LI, US' });
    // Europe is no longer open for this card
    expect(authorizeCardPayment({ ...good, card: { ...good.card, openZones: ['CH-LI', 'US'] }, merchant: { zone: 'EUROPE' } }).reasons.map((x) => x.code)).toEqual(['ZONE_BLOCKED']);
  });
});

describe('authorizeCardPayment — dated terms', () => {
  it('labels the parameters with each payment’s own Zurich date', () => {
    // Mon 4 May 2026 and Sat 15 August 2026: the same versions (from 1 March 2026)
    const may = authorizeCardPayment(good);
    const august = authorizeCardPayment({ ...good, at: '2026-08-15T09:00' });
    expect(stepOf(may, 'card.debit-mastercard.parameters')?.values).toMatchObject({ asOf: '2026-05-04', defaultOpenZones: 'CH-LI, EUROPE', 'defaultOpenZones.validFrom': '2026-03-01' });
    expect(stepOf(august, 'card.debit-mastercard.parameters')?.values).toMatchObject({ asOf: '2026-08-15' });
    expect(stepOf(august, 'card.debit-mastercard.parameters')?.text.en).toMatch(/in force on 2026-08-15\.$/);
  });

  it('the terms apply from Sun 1 March 2026 00:00 in Zurich: none on Sat 28 February 2026 at 23:59', () => {
    const e = thrown(() => authorizeCardPayment({ ...good, at: '2026-02-28T23:59:00+01:00' }));
    expect(e).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { ruleSet: 'card.debit-mastercard', asOf: '2026-02-28' } });
    expect(e.messages.fr).not.toBe(e.messages.en);
    // Sat 28 February 2026, 23:00 UTC is Sun 1 March 2026, 00:00 in Zurich (winter time, UTC+1)
    const r = authorizeCardPayment({ ...good, at: '2026-02-28T23:00:00Z' });
    expect(r.approved).toBe(true);
    expect(stepOf(r, 'card.debit-mastercard.parameters')?.values).toMatchObject({ asOf: '2026-03-01' });
  });
});

describe('authorizeCardPayment — the trace shows both values a rule compares', () => {
  it('expiry and coverage: the card expiry and the available balance, not only the date and the amount', () => {
    // Mon 4 May 2026 with a card valid through April 2026, CHF 600 against CHF 500 available.
    const r = authorizeCardPayment({ ...good, at: MONDAY, amount: '600', card: { ...good.card, expiry: '2026-04' }, account: { available: '500.00' } });
    const values = (rule: string) => r.trace.find((s) => s.rule === rule)!.values;
    expect(values('card.debit-mastercard.expired')).toEqual({ fired: true, atDate: '2026-05-04', cardExpiry: '2026-04' });
    expect(values('card.debit-mastercard.insufficient-coverage')).toEqual({ fired: true, amount: '600', available: '500.00' });
  });
});
