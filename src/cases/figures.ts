import type { Localized } from '../core/localized.js';
import type { Operation } from './model.js';

/** The result a figure is read from: the public function the runner calls for it. */
export type Part = 'minimumVital' | 'quota' | 'opposition' | 'payment';

/** How a figure is written and compared: an amount (CHF), a date, a text (an edition), a refusal's code. */
export type Kind = 'amount' | 'date' | 'text' | 'refusal';

/** A figure a case can expect: its id (CSV column `attendu.<id>`, JSON report), its words, where it is read. */
export interface Figure {
  id: string;
  operation: Operation;
  part: Part;
  kind: Kind;
  label: Localized;
  /** The French phrase of a « Alors » step; its group 1 is the value. */
  phrase: RegExp;
  read: (result: Record<string, unknown>) => unknown;
}

const item = (name: string) => (r: Record<string, unknown>) =>
  (r.breakdown as { item: string; amount: string }[]).find((b) => b.item === name)?.amount ?? '0.00';
const field = (name: string) => (r: Record<string, unknown>) => r[name];

// One line per figure: the phrases lawyers write in « Alors … » and the result field each reads.
export const FIGURES: readonly Figure[] = [
  { id: 'minimumVital', operation: 'seizure', part: 'minimumVital', kind: 'amount', label: { fr: 'minimum vital', en: 'minimum vital' }, phrase: /^le minimum vital (?:est|s'élève à) (?:de )?(.+)$/, read: field('total') },
  { id: 'base', operation: 'seizure', part: 'minimumVital', kind: 'amount', label: { fr: 'montant de base', en: 'base amount' }, phrase: /^le montant de base (?:est|s'élève à) (?:de )?(.+)$/, read: item('base') },
  { id: 'children', operation: 'seizure', part: 'minimumVital', kind: 'amount', label: { fr: 'montant pour les enfants', en: "children's amount" }, phrase: /^le montant pour les enfants (?:est|s'élève à) (?:de )?(.+)$/, read: item('children') },
  { id: 'rent', operation: 'seizure', part: 'minimumVital', kind: 'amount', label: { fr: 'loyer retenu', en: 'rent counted' }, phrase: /^le loyer retenu (?:est|s'élève à) (?:de )?(.+)$/, read: item('rent') },
  // The other items of the breakdown, as counted (an unproven one is not: 0.00).
  { id: 'healthInsurance', operation: 'seizure', part: 'minimumVital', kind: 'amount', label: { fr: "primes d'assurance maladie retenues", en: 'health insurance counted' }, phrase: /^(?:les primes d'|la prime d'|l')assurance[- ]maladie retenues? (?:est|sont|s'élèvent à|s'élève à) (?:de )?(.+)$/, read: item('healthInsurance') },
  { id: 'professional', operation: 'seizure', part: 'minimumVital', kind: 'amount', label: { fr: 'frais professionnels retenus', en: 'professional costs counted' }, phrase: /^les frais professionnels retenus (?:sont|s'élèvent à) (?:de )?(.+)$/, read: item('professional') },
  { id: 'alimony', operation: 'seizure', part: 'minimumVital', kind: 'amount', label: { fr: 'pension alimentaire retenue', en: 'alimony counted' }, phrase: /^la (?:pension alimentaire|contribution d'entretien) retenue (?:est|s'élève à) (?:de )?(.+)$/, read: item('alimony') },
  { id: 'childcare', operation: 'seizure', part: 'minimumVital', kind: 'amount', label: { fr: 'frais de garde retenus', en: 'childcare counted' }, phrase: /^les frais de garde retenus (?:sont|s'élèvent à) (?:de )?(.+)$/, read: item('childcare') },
  { id: 'education', operation: 'seizure', part: 'minimumVital', kind: 'amount', label: { fr: 'frais de scolarité retenus', en: 'education costs counted' }, phrase: /^les frais de (?:scolarité|formation) retenus (?:sont|s'élèvent à) (?:de )?(.+)$/, read: item('education') },
  { id: 'normsVersion', operation: 'seizure', part: 'minimumVital', kind: 'text', label: { fr: 'édition appliquée', en: 'edition applied' }, phrase: /^l'édition appliquée est (?:la |l')?«? ?([^\s»]+) ?»?$/, read: field('normsVersion') },
  { id: 'seizable', operation: 'seizure', part: 'quota', kind: 'amount', label: { fr: 'quotité saisissable', en: 'seizable quota' }, phrase: /^la quotité saisissable (?:est|s'élève à) (?:de )?(.+)$/, read: field('seizable') },
  { id: 'debtorShareOfMinimum', operation: 'seizure', part: 'quota', kind: 'amount', label: { fr: 'part du débiteur au minimum vital', en: "debtor's share of the minimum" }, phrase: /^la part du débiteur au minimum vital (?:est|s'élève à) (?:de )?(.+)$/, read: field('debtorShareOfMinimum') },
  { id: 'spouseShareOfMinimum', operation: 'seizure', part: 'quota', kind: 'amount', label: { fr: 'part du conjoint au minimum vital', en: "spouse's share of the minimum" }, phrase: /^la part du conjoint au minimum vital (?:est|s'élève à) (?:de )?(.+)$/, read: field('spouseShareOfMinimum') },
  { id: 'incomeSeizureEndsOn', operation: 'seizure', part: 'quota', kind: 'date', label: { fr: 'fin de la saisie de revenus', en: 'end of the income seizure' }, phrase: /^la saisie de revenus? prend fin le (.+)$/, read: field('incomeSeizureEndsOn') },
  { id: 'oppositionStartsOn', operation: 'deadlines', part: 'opposition', kind: 'date', label: { fr: "premier jour du délai d'opposition", en: 'first day of the opposition period' }, phrase: /^le délai d'opposition court dès le (.+)$/, read: field('startsOn') },
  { id: 'oppositionNominalEnd', operation: 'deadlines', part: 'opposition', kind: 'date', label: { fr: "dixième jour du délai d'opposition", en: 'day 10 of the opposition period' }, phrase: /^le dixième jour du délai d'opposition est le (.+)$/, read: field('nominalEnd') },
  { id: 'oppositionLastDay', operation: 'deadlines', part: 'opposition', kind: 'date', label: { fr: "échéance du délai d'opposition", en: 'last day to oppose' }, phrase: /^le délai d'opposition (?:échoit|expire|prend fin) le (.+)$/, read: field('lastDay') },
  { id: 'paymentNominalEnd', operation: 'deadlines', part: 'payment', kind: 'date', label: { fr: 'vingtième jour du délai de paiement', en: 'day 20 of the payment period' }, phrase: /^le vingtième jour du délai de paiement est le (.+)$/, read: field('nominalEnd') },
  { id: 'paymentLastDay', operation: 'deadlines', part: 'payment', kind: 'date', label: { fr: 'échéance du délai de paiement', en: 'last day to pay' }, phrase: /^le délai de paiement (?:échoit|expire|prend fin) le (.+)$/, read: field('lastDay') },
  { id: 'earliestContinuationOn', operation: 'deadlines', part: 'payment', kind: 'date', label: { fr: 'continuation requise au plus tôt', en: 'earliest continuation' }, phrase: /^la continuation (?:de la poursuite )?peut être requise dès le (.+)$/, read: field('earliestContinuationOn') },
];

/** « Alors le calcul est refusé pour le motif CODE »: the case expects an error with this code (or an issue's). */
export const REFUSAL = {
  id: 'refused',
  label: { fr: 'refus', en: 'refusal' },
  phrase: /^le calcul est refusé (?:pour le motif|\(motif|: ?|avec le motif) ?([A-Z][A-Z0-9_]+)\)?$/,
};

export const figureById = (id: string): Figure | undefined => FIGURES.find((f) => f.id === id);
