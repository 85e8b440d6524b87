import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { authorizeCardPayment, cardDeadlines, validatePayment, type AuthorizeCardPaymentInput } from '../src/index.js';

// Laws of the issuer's card rules (norms §3.9, seed 002).

const ZONES = ['CH-LI', 'EUROPE', 'US', 'ASIA', 'AFRICA'];
const money = fc.integer({ min: 1, max: 200_000 }).map((c) => (c / 100).toFixed(2));
const request = fc.record({
  at: fc.date({ min: new Date('2026-03-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  amount: money,
  channel: fc.constantFrom('online', 'chip-pin', 'contactless', 'atm') as fc.Arbitrary<AuthorizeCardPaymentInput['channel']>,
  card: fc.record(
    {
      expiry: fc.integer({ min: 2026 * 12, max: 2030 * 12 }).map((m) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`),
      blocked: fc.boolean(),
      onlinePaymentsEnabled: fc.boolean(),
      chipAndPinUsedOnce: fc.boolean(),
      openZones: fc.subarray(ZONES),
    },
    { requiredKeys: ['expiry'] },
  ),
  merchant: fc.record({ zone: fc.constantFrom(...ZONES), threeDSecure: fc.boolean() }, { requiredKeys: ['zone'] }),
  account: fc.option(fc.record({ available: money }), { nil: undefined }),
});

describe('authorizeCardPayment laws', () => {
  it("an approval implies every rule's condition holds", () => {
    fc.assert(
      fc.property(request, (r) => {
        const a = authorizeCardPayment(r);
        if (!a.approved) return;
        const zurichMonth = new Date(new Date(r.at).toLocaleString('en-US', { timeZone: 'Europe/Zurich' }));
        const month = `${zurichMonth.getFullYear()}-${String(zurichMonth.getMonth() + 1).padStart(2, '0')}`;
        expect(r.card.blocked === true).toBe(false);
        expect(month <= r.card.expiry).toBe(true);
        if (r.channel === 'online') expect(r.card.onlinePaymentsEnabled).toBe(true);
        if (r.channel === 'contactless') expect(r.card.chipAndPinUsedOnce).toBe(true);
        expect((r.card.openZones ?? ['CH-LI', 'EUROPE']).includes(r.merchant.zone)).toBe(true);
        if (r.account) expect(new Decimal(r.amount).lte(r.account.available)).toBe(true);
      }),
    );
  });

  it('opening an extra zone never turns an approval into a refusal', () => {
    fc.assert(
      fc.property(request, fc.constantFrom(...ZONES), (r, extra) => {
        const zones = r.card.openZones ?? ['CH-LI', 'EUROPE'];
        const before = authorizeCardPayment({ ...r, card: { ...r.card, openZones: zones } });
        const after = authorizeCardPayment({ ...r, card: { ...r.card, openZones: [...new Set([...zones, extra])] } });
        if (before.approved) expect(after.approved).toBe(true);
        expect(after.reasons.length).toBeLessThanOrEqual(before.reasons.length);
      }),
    );
  });

  it('the holder bears the risk exactly for online payments at merchants without 3-D Secure', () => {
    fc.assert(
      fc.property(request, (r) => {
        expect(authorizeCardPayment(r).holderBearsRisk).toBe(r.channel === 'online' && r.merchant.threeDSecure === false);
      }),
    );
  });

  it('validatePayment uses the same issuer rules: a disabled card is refused by both, with the same rule id', () => {
    const v = validatePayment({ at: '2026-05-04T10:00:00+02:00', amount: '10', target: { kind: 'adb', balance: '10' }, method: { type: 'card', brand: 'visa', funding: 'debit', issuer: { onlinePaymentsEnabled: false } } });
    const a = authorizeCardPayment({ at: '2026-05-04T10:00:00+02:00', amount: '10', channel: 'online', card: { expiry: '2030-01', onlinePaymentsEnabled: false }, merchant: { zone: 'CH-LI' } });
    expect(v.reasons.map((x) => x.rule)).toEqual(a.reasons.map((x) => x.rule));
  });
});

describe('cardDeadlines laws', () => {
  it('the card is valid through the last day of its month, and the alert comes 10 days earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2026 * 12 + 2, max: 2040 * 12 }), (m) => {
        const expiry = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
        const d = cardDeadlines({ expiry });
        const next = new Date(Date.UTC(Math.floor(m / 12), (m % 12) + 1, 1));
        expect(d.validThrough).toBe(new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10));
        expect(d.reportMissingReplacementBy).toBe(new Date(next.getTime() - 11 * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});
