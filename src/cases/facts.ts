import type { Localized } from '../core/localized.js';
import type { Operation } from './model.js';
import { readAmount, readDate, type Read } from './swiss.js';

/** The facts of one case as its « Soit … / Et … » steps give them, before the « Quand » says what is computed. */
export interface Facts {
  household?: { type: string; children?: { birthDate: string }[] };
  expenses: Record<string, unknown>;
  netIncome?: string;
  spouseNetIncome?: string;
  seizedOn?: string;
  latestKnownNorms?: true;
  canton?: string;
  suspensions?: { from: string; to: string }[];
  interpretation?: Record<string, string>;
}

type Apply = (f: Facts, m: RegExpExecArray, table: string[][] | undefined) => Localized | null;

/** A « Soit » phrase: its words, the computation it belongs to, whether it takes a table. */
export interface Given {
  phrase: RegExp;
  operation: Operation | 'both';
  table?: true;
  apply: Apply;
  /** How the phrase is written, for the list of what was expected. */
  example: string;
}

const problem = (r: Read<unknown>): Localized | null => (r.ok ? null : r.problem);

function household(type: string): Apply {
  return (f) => {
    if (f.household !== undefined) return { fr: 'le ménage est déjà donné', en: 'the household is already given' };
    f.household = { type };
    return null;
  };
}

function child(f: Facts, text: string): Localized | null {
  const d = readDate(text);
  if (!d.ok) return d.problem;
  if (f.household === undefined) return { fr: "un enfant se donne après le ménage (p. ex. « Soit un parent seul »)", en: 'a child is given after the household (e.g. « Soit un parent seul »)' };
  (f.household.children ??= []).push({ birthDate: d.value });
  return null;
}

/** Expense words → the field of `computeMinimumVital`'s `expenses`; `list` ones may be given several times. */
const EXPENSES: { words: RegExp; field: string; list?: true }[] = [
  { words: /^loyers?$|^intérêts hypothécaires$/, field: 'rent' },
  { words: /^primes? d'assurance[- ]maladie$|^assurance[- ]maladie$/, field: 'healthInsurance', list: true },
  { words: /^frais professionnels$|^frais de repas$|^frais de transport$/, field: 'professional', list: true },
  { words: /^pension alimentaire$|^contribution d'entretien$/, field: 'alimony' },
  { words: /^frais de garde$/, field: 'childcare' },
  { words: /^frais de scolarité$|^frais de formation$/, field: 'education' },
  { words: /^impôts$/, field: 'taxes' },
];
const EXPENSE_WORDS = EXPENSES.map((e) => e.words.source.replace(/[$^]/g, '')).join('|');

function expense(f: Facts, words: string, amountText: string, paid: boolean): Localized | null {
  const e = EXPENSES.find((x) => x.words.test(words.trim().toLowerCase()));
  if (e === undefined) return { fr: `poste inconnu « ${words} » (loyer, prime d'assurance maladie, frais professionnels, pension alimentaire, frais de garde, frais de scolarité, impôts)`, en: `unknown item "${words}" (loyer, prime d'assurance maladie, frais professionnels, pension alimentaire, frais de garde, frais de scolarité, impôts)` };
  const a = readAmount(amountText);
  if (!a.ok) return a.problem;
  if (e.field === 'taxes' && !paid) return { fr: 'les impôts ne sont jamais comptés : « payés » ou non ne change rien', en: 'taxes are never counted: paid or not changes nothing' };
  const value = paid ? a.value : { amount: a.value, proven: false };
  if (e.list) ((f.expenses[e.field] ??= []) as unknown[]).push(value);
  else if (f.expenses[e.field] !== undefined) return { fr: `« ${words} » est déjà donné`, en: `"${words}" is already given` };
  else f.expenses[e.field] = value;
  return null;
}

const UNPAID = /^(?:non payée?s?|impayée?s?|non prouvée?s?|non)$/;
const PAID = /^(?:payée?s?|oui|prouvée?s?|)$/;

function amountInto(name: 'netIncome' | 'spouseNetIncome'): Apply {
  return (f, m) => {
    const a = readAmount(m[1]!);
    if (a.ok) f[name] = a.value;
    return problem(a);
  };
}

// Each « Soit/Et » phrase a case may write (the text after the keyword; matched ignoring case, ’ read as ').
export const GIVENS: readonly Given[] = [
  { phrase: /^(?:un |le )?débiteur (?:seul|vivant seul|célibataire)$/, operation: 'seizure', apply: household('single'), example: 'un débiteur seul' },
  { phrase: /^(?:un |le )?débiteur (?:marié|en couple)$|^un couple(?: marié)?$/, operation: 'seizure', apply: household('couple'), example: 'un débiteur marié' },
  { phrase: /^(?:un |le )?(?:débiteur )?parent seul$|^une famille monoparentale$/, operation: 'seizure', apply: household('single-parent'), example: 'un parent seul' },
  { phrase: /^(?:un |le )?débiteur (?:vivant )?en (?:concubinage|union libre)$/, operation: 'seizure', apply: household('cohabiting-partner'), example: 'un débiteur en concubinage' },
  { phrase: /^(?:un |le )?débiteur en colocation$/, operation: 'seizure', apply: household('flat-share'), example: 'un débiteur en colocation' },
  { phrase: /^un enfant né le (.+)$/, operation: 'seizure', apply: (f, m) => child(f, m[1]!), example: 'un enfant né le dimanche 15.01.2023' },
  {
    phrase: /^les enfants suivants ?:?$/, operation: 'seizure', table: true, example: 'les enfants suivants : (tableau | né le |)',
    apply: (f, _m, t) => t!.map((row) => child(f, row[0]!)).find((p) => p !== null) ?? null,
  },
  { phrase: /^un revenu net(?: mensuel)? du (?:conjoint|partenaire)(?: ou du partenaire)? de (.+)$/, operation: 'seizure', apply: amountInto('spouseNetIncome'), example: "un revenu net du conjoint de 3'000.00 CHF" },
  { phrase: /^un revenu net(?: mensuel)?(?: du débiteur)? de (.+)$/, operation: 'seizure', apply: amountInto('netIncome'), example: "un revenu net de 3'551.85 CHF" },
  {
    phrase: /^une part (?:du |de )loyer de (\d+(?:[.,]\d+)?)$/, operation: 'seizure', example: 'une part de loyer de 0.5',
    apply: (f, m) => ((f.expenses.rentShare = m[1]!.replace(',', '.')), null),
  },
  {
    phrase: /^une saisie de(?:s)? revenus? exécutée le (.+)$/, operation: 'seizure', example: 'une saisie de revenus exécutée le lundi 05.10.2026',
    apply: (f, m) => {
      const d = readDate(m[1]!);
      if (d.ok) f.seizedOn = d.value;
      return problem(d);
    },
  },
  { phrase: /^les dernières normes connues s'appliquent$/, operation: 'seizure', apply: (f) => ((f.latestKnownNorms = true), null), example: "les dernières normes connues s'appliquent" },
  {
    phrase: new RegExp(`^(?:un |une |des |le |la |les )?(${EXPENSE_WORDS})(?: (non payée?s?|impayée?s?|non prouvée?s?))? (?:de|d'un montant de) (.+)$`), operation: 'seizure',
    example: "un loyer de 1'792.00 CHF / une prime d'assurance maladie non payée de 412.30 CHF",
    apply: (f, m) => expense(f, m[1]!, m[3]!, m[2] === undefined),
  },
  {
    phrase: /^les charges suivantes ?:?$/, operation: 'seizure', table: true, example: 'les charges suivantes : (tableau | poste | montant | payé |)',
    apply: (f, _m, t) => {
      for (const [words = '', amount = '', paid = ''] of t!) {
        const flag = paid.trim().toLowerCase();
        if (!UNPAID.test(flag) && !PAID.test(flag)) return { fr: `colonne « payé » : oui ou non, trouvé « ${paid} »`, en: `column "payé": oui or non, found "${paid}"` };
        const p = expense(f, words, amount, !UNPAID.test(flag));
        if (p !== null) return p;
      }
      return null;
    },
  },
  {
    phrase: /^le canton (?:de |du |d')?(?:[^(]*\()?([a-z]{2})\)?$/, operation: 'deadlines', example: 'le canton de Zurich (ZH)',
    apply: (f, m) => ((f.canton = m[1]!.toUpperCase()), null),
  },
  {
    phrase: /^une suspension du (.+) au (.+)$/, operation: 'deadlines', example: 'une suspension du lundi 08.06.2026 au vendredi 12.06.2026',
    apply: (f, m) => {
      const from = readDate(m[1]!);
      const to = readDate(m[2]!);
      if (!from.ok || !to.ok) return problem(from) ?? problem(to);
      (f.suspensions ??= []).push({ from: from.value, to: to.value });
      return null;
    },
  },
  {
    phrase: /^l'interprétation ([a-z][a-z0-9]*)\s*(?:=|est)\s*«?\s*([a-z0-9:-]+)\s*»?$/i, operation: 'both', example: "l'interprétation shiftIntoFeries = shifted-day",
    apply: (f, m) => (((f.interpretation ??= {})[m[1]!] = m[2]!), null),
  },
];

/** The lower-case form phrases are matched on (what a word processor turns ' into counts as '). */
export const normalize = (text: string): string => text.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/\s*\.$/, '');
