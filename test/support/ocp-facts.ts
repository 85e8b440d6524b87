/**
 * The guide's example for `payment.ocp` (docs/guide/sdk.md): CHF 1000.01 by TWINT on a poursuite — one centime above the
 * online ceiling of CHF 1000.00 (CG OCP ch. 3), within the balance of CHF 2000.00 (ch. 4).
 */
export const TWINT_ONE_CENTIME_OVER = {
  amount: '1000.01',
  balance: '2000.00',
  targetKind: 'poursuite',
  methodType: 'twint',
  cardBrand: null,
  cardFunding: null,
  issuerResponse: null,
};
