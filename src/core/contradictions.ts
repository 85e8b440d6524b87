import type { Localized } from './localized.js';

// Contradictory facts, and what to send instead: one export per message, so that a function's bundle holds
// only the messages it can report (src/core/issue-codes.ts gathers them all into ISSUE_MESSAGES). Frozen:
// every issue carries its message by reference.
const frozen = <T extends Localized>(m: T): T => Object.freeze(m);

/** The household contradictions the minimum-vital norms find, by the rules' event (and issue) code. */
export const HOUSEHOLD_REFUSALS = {
  HOUSEHOLD_SINGLE_WITH_CHILD: /* @__PURE__ */ frozen({
    fr: "Ménage contradictoire : un débiteur vivant seul (« single ») n'a pas d'enfant mineur dans son ménage. Envoyer household.type « single-parent » s'il élève seul l'enfant, ou « couple » / « cohabiting-partner » si l'autre parent vit dans le ménage.",
    en: 'Contradictory household: a debtor living alone ("single") has no minor child in the household. Send household.type "single-parent" if the debtor raises the child alone, or "couple" / "cohabiting-partner" if the other parent lives in the household.',
  }),
  HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD: /* @__PURE__ */ frozen({
    fr: "Ménage contradictoire : un ménage monoparental (« single-parent ») compte au moins un enfant mineur à la date de référence. Indiquer la date de naissance des enfants dans household.children, ou envoyer household.type « single ».",
    en: 'Contradictory household: a single-parent household ("single-parent") has at least one minor child on the reference date. Give the children\'s birth dates in household.children, or send household.type "single".',
  }),
} as const;

export const SPOUSE_INCOME_WITHOUT_COUPLE_BASE = /* @__PURE__ */ frozen({
  fr: "Revenu du conjoint sans minimum de couple : la répartition selon les revenus ne vaut que pour le minimum vital d'un couple (« couple », ou « cohabiting-partner » avec un enfant commun mineur) ; un concubin sans enfant commun n'a déjà que la moitié du montant de base. Omettre spouseNetIncome, ou déclarer le ménage comme couple.",
  en: 'Spouse income without a couple minimum: splitting by incomes applies only to a couple\'s minimum ("couple", or "cohabiting-partner" with a common minor child); a cohabiting partner without a common child already has half the base amount only. Leave spouseNetIncome out, or declare the household as a couple.',
});

export const SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE = /* @__PURE__ */ frozen({
  fr: "Date contradictoire : une saisie complémentaire suit la saisie qu'elle complète. Envoyer la date de la dernière saisie complémentaire réussie, le jour de la saisie ou après, ou l'omettre.",
  en: 'Contradictory date: a supplementary seizure comes after the seizure it supplements. Send the date of the last successful supplementary seizure, on or after the seizure day, or leave it out.',
});

export const DEBTOR_DIED_BEFORE_ADB = /* @__PURE__ */ frozen({
  fr: "Date contradictoire : l'acte de défaut de biens est délivré contre le débiteur de son vivant ; un décès antérieur à sa délivrance n'est pas possible ici. Envoyer la date du décès, le jour de la délivrance ou après, ou l'omettre.",
  en: 'Contradictory date: the certificate of loss is issued against the debtor while alive; a death before its issuance is not possible here. Send the date of death, on or after the day of issuance, or leave it out.',
});
