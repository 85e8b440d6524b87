import type { Localized } from '../core/localized.js';
import type { Facts } from './facts.js';
import type { Operation } from './model.js';
import { readDate } from './swiss.js';

/** A « Quand » phrase: what the case computes, and on which day. */
export interface Question {
  operation: Operation;
  /** The reference date (a seizure) or the day of service (deadlines), ISO. */
  on: string;
  /** The hour of service, "HH:MM", when written. */
  at?: string;
}

const WHEN: { phrase: RegExp; operation: Operation }[] = [
  { phrase: /^on calcule (?:le minimum vital|la quotité saisissable|la saisie) (?:au|le|à la date du) (.+)$/i, operation: 'seizure' },
  { phrase: /^le commandement de payer est (?:notifié|signifié) le (.+?)(?: à (\d{1,2})[:h](\d{2}))?$/i, operation: 'deadlines' },
];

export const WHEN_EXAMPLES = ['on calcule le minimum vital au 04.01.2027', 'le commandement de payer est notifié le mercredi 18.03.2026 (à 10:00)'];

export function readQuestion(text: string): Question | Localized {
  for (const w of WHEN) {
    const m = w.phrase.exec(text);
    if (m === null) continue;
    const d = readDate(m[1]!);
    if (!d.ok) return d.problem;
    if (m[2] !== undefined && (+m[2] > 23 || +m[3]! > 59)) return { fr: `heure impossible « ${m[2]}:${m[3]} »`, en: `impossible time "${m[2]}:${m[3]}"` };
    return { operation: w.operation, on: d.value, ...(m[2] !== undefined ? { at: `${m[2].padStart(2, '0')}:${m[3]}` } : {}) };
  }
  return {
    fr: `« Quand » inconnu « ${text} » ; attendu : ${WHEN_EXAMPLES.map((e) => `« ${e} »`).join(' ou ')}`,
    en: `unknown « Quand » "${text}"; expected: ${WHEN_EXAMPLES.map((e) => `« ${e} »`).join(' or ')}`,
  };
}

/** The input of the case's computation: the facts that belong to it, and the day. */
export function inputOf(q: Question, f: Facts): Record<string, unknown> {
  const interpretation = f.interpretation === undefined ? {} : { interpretation: f.interpretation };
  if (q.operation === 'deadlines') {
    return { notifiedOn: q.on, ...(q.at ? { notifiedAt: q.at } : {}), ...(f.canton ? { canton: f.canton } : {}), ...(f.suspensions ? { suspensions: f.suspensions } : {}), ...interpretation };
  }
  return {
    asOf: q.on,
    household: f.household,
    ...(Object.keys(f.expenses).length > 0 ? { expenses: f.expenses } : {}),
    ...(f.netIncome !== undefined ? { netIncome: f.netIncome } : {}),
    ...(f.spouseNetIncome !== undefined ? { spouseNetIncome: f.spouseNetIncome } : {}),
    ...(f.seizedOn !== undefined ? { seizedOn: f.seizedOn } : {}),
    ...(f.latestKnownNorms ? { latestKnownNorms: true } : {}),
    ...interpretation,
  };
}
