import type { Localized } from './localized.js';

/**
 * Every code an input issue can carry, with its FR/EN message. One list, so the docs can print it.
 * Messages describe the expected shape; they never repeat the value that was given (it may be sensitive).
 *
 * @example
 * ISSUE_MESSAGES.MONEY_PRECISION.fr; // → 'Montant invalide : au plus deux décimales (centimes).'
 */
export const ISSUE_MESSAGES = freezeMessages({
  REQUIRED: { fr: 'Champ obligatoire manquant.', en: 'Required field is missing.' },
  INVALID_TYPE: { fr: 'Type de valeur incorrect.', en: 'Wrong value type.' },
  INVALID_VALUE: { fr: 'Valeur non admise.', en: 'Value not allowed.' },
  INVALID_FORMAT: { fr: 'Format incorrect.', en: 'Wrong format.' },
  UNKNOWN_PROPERTY: { fr: 'Champ inconnu.', en: 'Unknown field.' },
  OUT_OF_RANGE: { fr: 'Valeur hors des limites admises.', en: 'Value out of the allowed range.' },
  INVALID_DATE: {
    fr: 'Date invalide : attendu AAAA-MM-JJ, une date qui existe au calendrier.',
    en: 'Invalid date: expected YYYY-MM-DD, a date that exists in the calendar.',
  },
  INVALID_DATETIME: {
    fr: 'Instant invalide : attendu une date et heure ISO 8601 (avec décalage, Z, ou heure locale de Zurich).',
    en: 'Invalid instant: expected an ISO 8601 date-time (with offset, Z, or Zurich local time).',
  },
  INVALID_MONTH: { fr: 'Mois invalide : attendu AAAA-MM.', en: 'Invalid month: expected YYYY-MM.' },
  INVALID_MONEY: {
    fr: 'Montant invalide : attendu un nombre décimal fini (chaîne "1000.00" ou nombre).',
    en: 'Invalid amount: expected a finite decimal (string "1000.00" or number).',
  },
  MONEY_PRECISION: {
    fr: 'Montant invalide : au plus deux décimales (centimes).',
    en: 'Invalid amount: at most two decimals (centimes).',
  },
  NEGATIVE_MONEY: { fr: 'Le montant ne peut pas être négatif.', en: 'The amount cannot be negative.' },
  SENSITIVE_DATA: {
    fr: 'Donnée sensible refusée : un numéro de carte de paiement ne doit jamais être transmis.',
    en: 'Sensitive data refused: a payment card number must never be sent.',
  },
  MISSING_CONTEXT: {
    fr: 'Champ requis pour cette vérification.',
    en: 'Field required for this check.',
  },
  // Contradictory facts: what to send instead.
  HOUSEHOLD_SINGLE_WITH_CHILD: {
    fr: "Ménage contradictoire : un débiteur vivant seul (« single ») n'a pas d'enfant mineur dans son ménage. Envoyer household.type « single-parent » s'il élève seul l'enfant, ou « couple » / « cohabiting-partner » si l'autre parent vit dans le ménage.",
    en: 'Contradictory household: a debtor living alone ("single") has no minor child in the household. Send household.type "single-parent" if the debtor raises the child alone, or "couple" / "cohabiting-partner" if the other parent lives in the household.',
  },
  HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD: {
    fr: "Ménage contradictoire : un ménage monoparental (« single-parent ») compte au moins un enfant mineur à la date de référence. Indiquer la date de naissance des enfants dans household.children, ou envoyer household.type « single ».",
    en: 'Contradictory household: a single-parent household ("single-parent") has at least one minor child on the reference date. Give the children\'s birth dates in household.children, or send household.type "single".',
  },
  SPOUSE_INCOME_WITHOUT_COUPLE_BASE: {
    fr: "Revenu du conjoint sans minimum de couple : la répartition selon les revenus ne vaut que pour le minimum vital d'un couple (« couple », ou « cohabiting-partner » avec un enfant commun mineur) ; un concubin sans enfant commun n'a déjà que la moitié du montant de base. Omettre spouseNetIncome, ou déclarer le ménage comme couple.",
    en: 'Spouse income without a couple minimum: splitting by incomes applies only to a couple\'s minimum ("couple", or "cohabiting-partner" with a common minor child); a cohabiting partner without a common child already has half the base amount only. Leave spouseNetIncome out, or declare the household as a couple.',
  },
  SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE: {
    fr: "Date contradictoire : une saisie complémentaire suit la saisie qu'elle complète. Envoyer la date de la dernière saisie complémentaire réussie, le jour de la saisie ou après, ou l'omettre.",
    en: 'Contradictory date: a supplementary seizure comes after the seizure it supplements. Send the date of the last successful supplementary seizure, on or after the seizure day, or leave it out.',
  },
  DEBTOR_DIED_BEFORE_ADB: {
    fr: "Date contradictoire : l'acte de défaut de biens est délivré contre le débiteur de son vivant ; un décès antérieur à sa délivrance n'est pas possible ici. Envoyer la date du décès, le jour de la délivrance ou après, ou l'omettre.",
    en: 'Contradictory date: the certificate of loss is issued against the debtor while alive; a death before its issuance is not possible here. Send the date of death, on or after the day of issuance, or leave it out.',
  },
} as const satisfies Record<string, Localized>);

// Every issue carries its catalogue message by reference: frozen, so that a caller who edits an
// error's message can never change the next error's.
function freezeMessages<T extends Record<string, Localized>>(messages: T): T {
  for (const m of Object.values(messages)) Object.freeze(m);
  return Object.freeze(messages);
}

/** A stable input-issue code: a key of `ISSUE_MESSAGES`, e.g. `INVALID_DATE`. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;
