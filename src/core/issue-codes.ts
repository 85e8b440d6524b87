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
} as const satisfies Record<string, Localized>);

// Every issue carries its catalogue message by reference: frozen, so that a caller who edits an
// error's message can never change the next error's.
function freezeMessages<T extends Record<string, Localized>>(messages: T): T {
  for (const m of Object.values(messages)) Object.freeze(m);
  return Object.freeze(messages);
}

/** A stable input-issue code: a key of `ISSUE_MESSAGES`, e.g. `INVALID_DATE`. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;
