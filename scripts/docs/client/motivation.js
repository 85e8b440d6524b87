// The reasoning paragraph of a seizure decision, ready to paste, written from the SDK's results and
// traces (every figure and source comes from them): minimum vital, spouse split, seizable part.
import { chf, longDate } from '../swiss.js';

const W = {
  fr: {
    open: (asOf, total, edition) => `Au ${asOf}, date de référence, le minimum vital du débiteur est arrêté à ${total} par mois (édition ${edition} des normes d’insaisissabilité)`,
    items: 'soit',
    unproven: (what, cite) => `${what} n’est pas pris en compte, son paiement n’étant pas établi (${cite})`,
    spouse: (income, share, cite) => `Le conjoint réalisant un revenu net de ${income} par mois, le minimum vital de la famille est réparti entre les époux en proportion de leurs revenus (${cite}) ; la part à la charge du débiteur s’élève à ${share}`,
    quota: (income, seizable, cite) => `Son revenu net étant de ${income} par mois, la part saisissable de son revenu s’élève à ${seizable} par mois (${cite})`,
    nothing: (income, cite) => `Son revenu net de ${income} par mois n’excédant pas ce montant, rien n’est saisissable (${cite})`,
  },
  en: {
    open: (asOf, total, edition) => `On ${asOf}, the reference date, the debtor’s minimum for subsistence is set at ${total} a month (edition ${edition} of the seizure-exemption norms)`,
    items: 'namely',
    unproven: (what, cite) => `${what} is not counted, its payment not being proven (${cite})`,
    spouse: (income, share, cite) => `The spouse earning a net ${income} a month, the family minimum is split between the spouses in proportion to their incomes (${cite}); the debtor’s share is ${share}`,
    quota: (income, seizable, cite) => `With a net income of ${income} a month, the seizable part of the income is ${seizable} a month (${cite})`,
    nothing: (income, cite) => `With a net income of ${income} a month, not above that amount, nothing is seizable (${cite})`,
  },
};

/**
 * The paragraph in `lang`. `minimum` and `quota` are the SDK's results, `label(item)` names a breakdown
 * item, `cite(short)` writes a citation as lawyers do.
 */
export function motivation({ minimum, quota, asOf, netIncome, spouseNetIncome }, { lang, label, cite }) {
  const w = W[lang];
  const items = minimum.breakdown.map((b) => `${label(b.item)[lang].toLowerCase()} ${chf(b.amount)} (${cite(b.citation)})`).join(', ');
  const sentences = [`${w.open(longDate(asOf, lang), chf(minimum.total), minimum.normsVersion)}, ${w.items} ${items}.`];
  for (const step of minimum.trace.filter((s) => s.rule.endsWith('.expense-unproven'))) {
    sentences.push(`${w.unproven(`${label(step.values.item)[lang]} (${chf(step.values.amount)})`, cite(step.citation))}.`);
  }
  const split = quota.trace.find((s) => s.rule.endsWith('.spouse-split') && s.values?.fired === true);
  if (split && spouseNetIncome) sentences.push(`${w.spouse(chf(spouseNetIncome), chf(quota.debtorShareOfMinimum), cite(split.citation))}.`);
  const result = quota.trace.find((s) => s.rule.endsWith('.result')) ?? quota.trace.at(-1);
  const citation = cite(result.citation);
  sentences.push(`${quota.seizable === '0.00' ? w.nothing(chf(netIncome), citation) : w.quota(chf(netIncome), chf(quota.seizable), citation)}.`);
  return sentences.join(' ');
}
