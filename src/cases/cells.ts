import type { Localized } from '../core/localized.js';
import { readAmount, readDate, type Read } from './swiss.js';

/**
 * How a cell of a case is read, by the type of the input field it fills (its JSON Schema): an amount, a
 * date, an instant, a month, an hour, oui/non, a whole number, a word among a list, words, or periods.
 */
export type CellKind =
  | 'amount'
  | 'amount-as-written'
  | 'date'
  | 'datetime'
  | 'month'
  | 'time'
  | 'yesno'
  | 'null-if-yes'
  | 'integer'
  | 'text'
  | 'list'
  | 'spans'
  | { choices: Record<string, string> };

const fail = (fr: string, en: string): { ok: false; problem: Localized } => ({ ok: false, problem: { fr, en } });

/** Lower case, without accents, apostrophes and spaces made plain: how words and headers are compared. */
export const plain = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase().replace(/[\s_]+/g, ' ').trim();

const YES = new Set(['oui', 'o', 'vrai', 'yes', 'true', 'x']);
const NO = new Set(['non', 'n', 'faux', 'no', 'false']);

export function readYesNo(text: string): Read<boolean> {
  const t = plain(text);
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return fail(`oui ou non attendu, trouvé « ${text.trim()} »`, `oui or non was expected, found "${text.trim()}"`);
}

/** "lundi 04.05.2026 10:00", "04.05.2026 à 10h00", "… 06:59:59" (to the second), or an ISO instant as is; without an offset, Zurich time. */
function readDateTime(text: string): Read<string> {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(t)) return { ok: true, value: t };
  const m = /^(.+?)\s+(?:à\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?$/i.exec(t);
  if (m === null) return fail(`date et heure attendues (p. ex. lundi 04.05.2026 10:00), trouvé « ${t} »`, `a date and time were expected (e.g. lundi 04.05.2026 10:00), found "${t}"`);
  const d = readDate(m[1]!);
  if (!d.ok) return d;
  const seconds = m[4] ?? '00';
  if (+m[2]! > 23 || +m[3]! > 59 || +seconds > 59) return fail(`heure impossible « ${m[2]}:${m[3]}${m[4] ? `:${m[4]}` : ''} »`, `impossible time "${m[2]}:${m[3]}${m[4] ? `:${m[4]}` : ''}"`);
  return { ok: true, value: `${d.value}T${m[2]!.padStart(2, '0')}:${m[3]}:${seconds}` };
}

function readMonth(text: string): Read<string> {
  const t = text.trim();
  const m = /^(?:(\d{1,2})[./](\d{4})|(\d{4})-(\d{2}))$/.exec(t);
  const [y, mo] = m === null ? [0, 0] : m[1] !== undefined ? [+m[2]!, +m[1]] : [+m[3]!, +m[4]!];
  if (m === null || mo < 1 || mo > 12) return fail(`mois attendu (p. ex. 01.2028 ou 01/2028), trouvé « ${t} »`, `a month was expected (e.g. 01.2028 or 01/2028), found "${t}"`);
  return { ok: true, value: `${y}-${String(mo).padStart(2, '0')}` };
}

/** "08.06.2026-12.06.2026" or "du 08.06.2026 au 12.06.2026", both days included. */
function readSpan(text: string): Read<{ from: string; to: string }> {
  const m = /^(?:du\s+)?(.+?)\s*(?:-|–|au)\s*(.+)$/i.exec(text.trim());
  if (m === null) return fail(`période attendue (p. ex. du 08.06.2026 au 12.06.2026), trouvé « ${text.trim()} »`, `a period was expected (e.g. du 08.06.2026 au 12.06.2026), found "${text.trim()}"`);
  const from = readDate(m[1]!);
  if (!from.ok) return from;
  const to = readDate(m[2]!);
  return to.ok ? { ok: true, value: { from: from.value, to: to.value } } : to;
}

const items = (text: string): string[] => text.split(';').map((i) => i.trim()).filter((i) => i !== '');

/** A cell as the value of its input field. */
export function readCell(kind: CellKind, text: string): Read<unknown> {
  const t = text.trim();
  switch (kind) {
    case 'amount':
      return readAmount(t);
    case 'amount-as-written': {
      // A payment's amount the norms refuse (0.00, -5, 100.005) is a reason, not a typo: given as written.
      const a = readAmount(t);
      return a.ok ? a : { ok: true, value: t };
    }
    case 'date':
      return readDate(t);
    case 'datetime':
      return readDateTime(t);
    case 'month':
      return readMonth(t);
    case 'time': {
      const m = /^(\d{1,2})[:h](\d{2})$/.exec(t);
      if (m === null || +m[1]! > 23 || +m[2]! > 59) return fail(`heure attendue (p. ex. 10:00), trouvé « ${t} »`, `a time was expected (e.g. 10:00), found "${t}"`);
      return { ok: true, value: `${m[1]!.padStart(2, '0')}:${m[2]}` };
    }
    case 'yesno':
      return readYesNo(t);
    case 'null-if-yes': {
      // « sans opposition: oui » is the input's `null` (none was made); « non » leaves the field out.
      const y = readYesNo(t);
      return y.ok ? { ok: true, value: y.value ? null : undefined } : y;
    }
    case 'integer': {
      const digits = t.replace(/['’\s]/g, '');
      return /^\d{1,6}$/.test(digits) ? { ok: true, value: Number(digits) } : fail(`nombre entier attendu, trouvé « ${t} »`, `a whole number was expected, found "${t}"`);
    }
    case 'text':
      return { ok: true, value: t };
    case 'list':
      return { ok: true, value: items(t) };
    case 'spans': {
      const spans = items(t).map(readSpan);
      const bad = spans.find((s) => !s.ok);
      return bad ?? { ok: true, value: spans.map((s) => (s as { value: unknown }).value) };
    }
    default: {
      const hit = Object.entries(kind.choices).find(([word, value]) => plain(word) === plain(t) || value === t);
      if (hit !== undefined) return { ok: true, value: hit[1] };
      const words = Object.keys(kind.choices).join(', ');
      return fail(`« ${t} » inconnu ; attendu : ${words}`, `unknown "${t}"; expected: ${words}`);
    }
  }
}
