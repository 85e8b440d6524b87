// The main job on the bundled fixtures. For now: validate the sample online payments in
// fixtures/payments.jsonl and print each decision with its reasons (FR, or EN with --lang en).
// Runs the built package, as an integrator would.
import { readFileSync } from 'node:fs';
import { validatePayment, LpError } from '../dist/index.js';

const lang = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : 'fr';
const file = new URL('../fixtures/payments.jsonl', import.meta.url);
const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');

let accepted = 0;
let refused = 0;
let errors = 0;
lines.forEach((line, index) => {
  const { name, payment } = JSON.parse(line);
  try {
    const r = validatePayment(payment);
    r.accepted ? accepted++ : refused++;
    const office = payment.office ?? 'OCP';
    const head = r.accepted
      ? `ACCEPTÉ ${r.kind ?? ''} → solde ${r.balanceAfter ?? '—'}`
      : `REFUSÉ → solde ${r.balanceAfter ?? '—'}`;
    console.log(`${String(index + 1).padStart(2)}. [${office}] ${name}: CHF ${payment.amount} — ${head}`);
    for (const reason of r.reasons) console.log(`      ${reason.code} (${reason.citation}): ${reason.message[lang]}`);
  } catch (e) {
    if (!(e instanceof LpError)) throw e;
    errors++;
    console.log(`${String(index + 1).padStart(2)}. ${name}: ERREUR ${e.code} ${(e.issues ?? []).map((i) => `${i.path} ${i.code}`).join(', ')}`);
  }
});
console.log(`\n${lines.length} paiements : ${accepted} acceptés, ${refused} refusés, ${errors} erreurs d'entrée.`);
