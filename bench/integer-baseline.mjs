// The hand-written integer-centime baseline of the seizure and bulk benches, and the Geneva amounts it
// uses. Not shipped code: an independent implementation of the same formula, so that the benches compare
// arithmetic with arithmetic. Its amounts are checked against the SDK's rule file before any timing
// (`checkBaselineAmounts`), so a change of the norms cannot silently make the comparison unfair.
//
// Minimum = base by household type (cohabiting partner: half the couple base, the couple base with a minor
// child, norms §3.8) + children by age (400 under
// 10, 600 from the 10th birthday, nothing from 18) + the proven supplements (taxes never) + rent × share,
// the rent share being the only source of a fraction of a centime, rounded half up once, at the end.
// Share = the minimum, or with a spouse income round-half-up(M × D / (D + S)) (halves when D + S = 0).
// Seizable = max(0, D − share). Exact integer arithmetic on doubles: every operand and product stays
// below 2^53 (the seizure bench's gate checks it on every record) and the quotient of a division is
// corrected by its remainder, so no float rounding can leak in.

/** The 2026 Geneva amounts (NI-2026, rsGE E 3 60.04; the same in NI-2025 and KBKS-2009). */
export const CHF = {
  baseSingle: '1200.00', // ch. I.1, also a flat share
  baseSingleParent: '1350.00', // ch. I.2
  baseCouple: '1700.00', // ch. I.3
  cohabitingShareOfCoupleBase: '0.5', // TF 5A_544/2024, primary reading
  childYounger: '400.00', // ch. I.4, under 10
  childOlder: '600.00', // ch. I.4, from the 10th birthday (primary reading)
  childAgeThreshold: 10,
  adultAge: 18, // CC 14: adult children are outside the child amounts
};

/** Throws unless every amount above is the one `seizure.minimum-vital` has in force on each date. */
export function checkBaselineAmounts(minimumVitalSet, asOfs) {
  for (const asOf of asOfs) {
    for (const [name, expected] of Object.entries(CHF)) {
      const inForce = minimumVitalSet.parameters[name].values.filter((v) => v.validFrom <= asOf && (v.validTo === undefined || asOf <= v.validTo));
      if (inForce.length !== 1 || inForce[0].value !== expected) {
        throw new Error(`Rule file: ${name} on ${asOf} is ${JSON.stringify(inForce.map((v) => v.value))}, the baseline uses ${expected}.`);
      }
    }
  }
}

/** "1200.00" → 120000: the baseline's own reading of its two-decimal constants. */
const centimesOf = (chf) => Number(chf.replace('.', ''));

const COUPLE = centimesOf(CHF.baseCouple);
export const BASE_CENTIMES = {
  single: centimesOf(CHF.baseSingle),
  'flat-share': centimesOf(CHF.baseSingle),
  'single-parent': centimesOf(CHF.baseSingleParent),
  couple: COUPLE,
  'cohabiting-partner': COUPLE / 2, // × cohabitingShareOfCoupleBase (0.5), exact
};
export const CHILD_YOUNGER = centimesOf(CHF.childYounger);
export const CHILD_OLDER = centimesOf(CHF.childOlder);
export const CHILD_AGE_THRESHOLD = CHF.childAgeThreshold;
export const ADULT_AGE = CHF.adultAge;

/** round-half-up(n / d) for integers n ≥ 0, d > 0 with 2n + 2d < 2^53. */
export function divHalfUp(n, d) {
  const a = 2 * n + d;
  const b = 2 * d;
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q--;
  else if (r >= b) q++;
  return q;
}

/** The minimum vital of a household `{ type, childAges, rent, rentShare, expenses }` in centimes. */
export function integerMinimum(h) {
  const ages = h.childAges;
  const parents = h.type === 'cohabiting-partner' && ages.some((age) => age < ADULT_AGE);
  let whole = parents ? COUPLE : BASE_CENTIMES[h.type];
  for (let k = 0; k < ages.length; k++) {
    const age = ages[k];
    if (age < ADULT_AGE) whole += age >= CHILD_AGE_THRESHOLD ? CHILD_OLDER : CHILD_YOUNGER;
  }
  const expenses = h.expenses;
  for (let k = 0; k < expenses.length; k++) if (expenses[k].proven) whole += expenses[k].centimes;
  const rent = h.rent;
  if (rent !== null && rent.proven) {
    const { num, den } = h.rentShare;
    // The rent is the only fraction: rounding it alone equals rounding the total.
    whole += den === 1 ? rent.centimes * num : divHalfUp(rent.centimes * num, den);
  }
  return whole; // h.taxes: never counted
}

/** The debtor's share of the minimum and the seizable amount, in centimes. */
export function integerQuota(netIncome, minimum, spouse) {
  let share = minimum;
  if (spouse !== null) {
    const total = netIncome + spouse;
    share = total === 0 ? divHalfUp(minimum, 2) : divHalfUp(minimum * netIncome, total);
  }
  return { share, seizable: Math.max(0, netIncome - share) };
}
