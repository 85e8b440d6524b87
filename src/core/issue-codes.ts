import type { Localized } from './localized.js';

/**
 * Every code an input issue can carry, with its FR/EN message. One list, so the docs can print it.
 * Messages name the expected form; an issue built from a schema replaces the general one by its field's
 * (`issue(path, code, { expected, received })`) and quotes the value received only when it cannot be sensitive.
 *
 * @example
 * ISSUE_MESSAGES.INVALID_MONTH.fr; // → 'Mois invalide : attendu AAAA-MM (p. ex. 2027-03).'
 */
export const ISSUE_MESSAGES = freezeMessages({
  // The general "attendu" of these codes is replaced, issue by issue, by what the field expects.
  REQUIRED: { fr: 'Champ obligatoire manquant ; attendu : une valeur pour ce champ.', en: 'Required field is missing; expected: a value for this field.' },
  INVALID_TYPE: {
    fr: 'Type de valeur incorrect ; attendu : une valeur JSON du type de ce champ (texte, nombre, booléen, objet, liste).',
    en: 'Wrong value type; expected: a JSON value of this field\'s type (string, number, boolean, object, array).',
  },
  INVALID_VALUE: { fr: 'Valeur non admise ; attendu : une des valeurs que ce champ admet.', en: 'Value not allowed; expected: one of the values this field allows.' },
  INVALID_FORMAT: { fr: 'Format incorrect ; attendu : le format de ce champ.', en: 'Wrong format; expected: the format of this field.' },
  UNKNOWN_PROPERTY: { fr: 'Champ inconnu ; attendu : seulement les champs de cette entrée.', en: 'Unknown field; expected: only the fields of this input.' },
  OUT_OF_RANGE: {
    fr: 'Valeur hors des limites admises ; attendu : une valeur dans les limites de ce champ (une date au plus tôt celle dont elle dépend).',
    en: 'Value out of the allowed range; expected: a value within this field\'s limits (a date no earlier than the one it depends on).',
  },
  INVALID_DATE: {
    fr: 'Date invalide : attendu AAAA-MM-JJ, une date qui existe au calendrier.',
    en: 'Invalid date: expected YYYY-MM-DD, a date that exists in the calendar.',
  },
  INVALID_DATETIME: {
    fr: 'Instant invalide : attendu une date et heure ISO 8601 (avec décalage, Z, ou heure locale de Zurich).',
    en: 'Invalid instant: expected an ISO 8601 date-time (with offset, Z, or Zurich local time).',
  },
  INVALID_MONTH: { fr: 'Mois invalide : attendu AAAA-MM (p. ex. 2027-03).', en: 'Invalid month: expected YYYY-MM (e.g. 2027-03).' },
  INVALID_MONEY: {
    fr: 'Montant invalide : attendu un montant à deux décimales, p. ex. 1850.00 (texte ou nombre).',
    en: 'Invalid amount: expected an amount with two decimals, e.g. 1850.00 (string or number).',
  },
  MONEY_PRECISION: {
    fr: 'Montant invalide : au plus deux décimales (centimes) ; attendu : un montant à deux décimales, p. ex. 1850.00.',
    en: 'Invalid amount: at most two decimals (centimes); expected: an amount with two decimals, e.g. 1850.00.',
  },
  NEGATIVE_MONEY: {
    fr: 'Le montant ne peut pas être négatif ; attendu : un montant de 0.00 ou plus, p. ex. 1850.00.',
    en: 'The amount cannot be negative; expected: an amount of 0.00 or more, e.g. 1850.00.',
  },
  SENSITIVE_DATA: {
    fr: 'Donnée sensible refusée : un numéro de carte de paiement ne doit jamais être transmis ; attendu : aucun numéro de carte (la marque et le type de carte suffisent).',
    en: 'Sensitive data refused: a payment card number must never be sent; expected: no card number (the brand and kind of card suffice).',
  },
  MISSING_CONTEXT: {
    fr: 'Champ requis pour cette vérification ; attendu : une valeur pour ce champ.',
    en: 'Field required for this check; expected: a value for this field.',
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
