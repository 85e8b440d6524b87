import { DEBTOR_DIED_BEFORE_ADB, HOUSEHOLD_REFUSALS, SPOUSE_INCOME_WITHOUT_COUPLE_BASE, SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE } from './contradictions.js';
import type { Localized } from './localized.js';

/**
 * Every code an input issue can carry, with its FR/EN message. One list, so the docs can print it.
 * Messages name the expected form; an issue built from a schema replaces the general one by its field's
 * (`issue(path, code, { expected, received })`) and quotes the value received only when it cannot be sensitive.
 *
 * @example
 * ISSUE_MESSAGES.INVALID_MONTH.fr; // → 'Mois invalide : attendu AAAA-MM (p. ex. 2027-03).'
 */
/** The messages of the codes any input can get (the catalogue less the contradictions of one domain's facts). */
export const INPUT_ISSUE_MESSAGES = freezeMessages({
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
} as const satisfies Record<string, Localized>);

/**
 * The whole catalogue: the general codes and the contradictions of facts (src/core/contradictions.ts, each
 * reached in a bundle only by the function that reports it).
 */
export const ISSUE_MESSAGES = /* @__PURE__ */ merged(INPUT_ISSUE_MESSAGES, HOUSEHOLD_REFUSALS, {
  SPOUSE_INCOME_WITHOUT_COUPLE_BASE,
  SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE,
  DEBTOR_DIED_BEFORE_ADB,
});

// A call, not a spread: a bundler drops an unused pure call, never a spread (it might run getters).
function merged<A, B, C>(a: A, b: B, c: C): Readonly<A & B & C> {
  return Object.freeze(Object.assign({}, a, b, c));
}

// Every issue carries its catalogue message by reference: frozen, so that a caller who edits an
// error's message can never change the next error's.
function freezeMessages<T extends Record<string, Localized>>(messages: T): T {
  for (const m of Object.values(messages)) Object.freeze(m);
  return Object.freeze(messages);
}

/** A stable input-issue code: a key of `ISSUE_MESSAGES`, e.g. `INVALID_DATE`. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;
/** A code whose message any input can get (`issue` finds it itself). */
export type InputIssueCode = keyof typeof INPUT_ISSUE_MESSAGES;
