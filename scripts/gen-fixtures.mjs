// Generates fixtures/seizure-files.jsonl: the worked examples, then 10 000 seizure files from a fixed
// seed, so `npm run demo` recalculates the same batch on every machine. Run: npm run gen:fixtures
import { writeFileSync } from 'node:fs';

const SEED = 20260601;
const COUNT = 10_000;
const AS_OF = '2026-06-01';

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];
const chf = (lo, hi) => (int(lo * 20, hi * 20) * 5 / 100).toFixed(2);
const date = (y0, y1) => `${int(y0, y1)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
const maybe = (p, f) => (rnd() < p ? f() : undefined);
const expense = (lo, hi) => (rnd() < 0.15 ? { amount: chf(lo, hi), proven: false } : chf(lo, hi));

const WORKED = [
  { id: 'DCSO-127-2024', asOf: '2024-06-03', household: { type: 'single' }, expenses: { rent: '1792.00', professional: ['193.60', '70.00'], healthInsurance: [{ amount: '412.30', proven: false }] }, netIncome: '3551.85', seizedOn: '2024-06-03' },
  { id: 'SPOUSES-114-III-12', asOf: AS_OF, household: { type: 'couple' }, expenses: { rent: '2300.01' }, netIncome: '5000.00', spouseNetIncome: '3000.00' },
  { id: 'TENTH-BIRTHDAY', asOf: '2026-03-02', household: { type: 'couple', children: [{ birthDate: '2016-03-02' }] }, netIncome: '4500.00' },
  { id: 'COHABITING-HALF', asOf: AS_OF, household: { type: 'cohabiting-partner' }, expenses: { rent: '2400.00', rentShare: '0.5', taxes: '650.00' }, netIncome: '3800.00' },
];

const lines = WORKED.map((r) => JSON.stringify(r));
for (let k = 1; k <= COUNT; k++) {
  const type = pick(['single', 'single', 'single-parent', 'couple', 'couple', 'cohabiting-partner', 'flat-share']);
  const kids = type === 'single' || type === 'flat-share' ? 0 : int(0, 4);
  const children = Array.from({ length: kids }, () => ({ birthDate: date(2005, 2025) }));
  // A single parent has a minor child on AS_OF (norms §3.8); one whose children are all of age lives alone.
  const minor = children.some((c) => c.birthDate > '2008-06-01');
  const household = { type: type === 'single-parent' && !minor ? 'single' : type, ...(kids > 0 ? { children } : {}) };
  const expenses = {};
  if (rnd() < 0.9) expenses.rent = expense(600, 3200);
  if (type === 'flat-share' || rnd() < 0.05) expenses.rentShare = pick(['0.5', '0.3333', '0.25']);
  const premiums = int(0, type === 'couple' ? 4 : 2);
  if (premiums > 0) expenses.healthInsurance = Array.from({ length: premiums }, () => expense(80, 650));
  const professional = int(0, 2);
  if (professional > 0) expenses.professional = Array.from({ length: professional }, () => expense(40, 400));
  for (const [name, p, lo, hi] of [['alimony', 0.1, 300, 1500], ['childcare', 0.08, 200, 1400], ['education', 0.05, 50, 400]]) {
    const v = maybe(p, () => expense(lo, hi));
    if (v !== undefined) expenses[name] = v;
  }
  if (rnd() < 0.3) expenses.taxes = chf(100, 900);
  const record = {
    id: `GE-2026-${String(k).padStart(6, '0')}`,
    asOf: AS_OF,
    household,
    ...(Object.keys(expenses).length > 0 ? { expenses } : {}),
    netIncome: chf(0, 9000),
    ...(type === 'couple' && rnd() < 0.4 ? { spouseNetIncome: chf(0, 7000) } : {}),
    ...(rnd() < 0.5 ? { seizedOn: date(2025, 2026) } : {}),
  };
  lines.push(JSON.stringify(record));
}
writeFileSync(new URL('../fixtures/seizure-files.jsonl', import.meta.url), `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} seizure files to fixtures/seizure-files.jsonl`);
