import { parseIsoDate, type IsoDate } from '../core/dates.js';
import { toZurich } from '../core/instant.js';
import { normsCurrency, parametersInForce } from '../rules/currency.js';
import { ruleSets } from '../rules/index.js';
import type { RuleSet } from '../rules/rule-set.js';
import { loadNormsFrom } from './norm-files.js';
import { swissAmount } from '../bulk/comparison-report.js';
import { commandLine, UsageError } from './usage.js';

type Lang = 'fr' | 'en';

const OPTIONS = {
  'as-of': { type: 'string' },
  norms: { type: 'string', multiple: true },
  lang: { type: 'string', default: 'fr' },
  'max-age-months': { type: 'string', default: '12' },
} as const;

function read(argv: string[]) {
  const { values, positionals } = commandLine(argv, OPTIONS);
  const asOf = values['as-of'] ?? today();
  if (parseIsoDate(asOf) === null) throw new UsageError('--as-of is a date YYYY-MM-DD');
  if (values.lang !== 'fr' && values.lang !== 'en') throw new UsageError('--lang is fr or en');
  if (!/^\d{1,3}$/.test(values['max-age-months'])) throw new UsageError('--max-age-months is a whole number');
  const { norms } = loadNormsFrom(values.norms ?? []);
  return { asOf, lang: values.lang as Lang, maxAge: Number(values['max-age-months']), families: norms?.ruleSets ?? ruleSets, positionals };
}

/** Today in Geneva (the SDK's own Zurich conversion): the date a check without --as-of is about. */
function today(): IsoDate {
  return toZurich(new Date().toISOString())!.date;
}

const WORDS = {
  fr: { ok: 'OK', family: 'Famille', edition: 'Édition', status: 'Statut', verified: 'Vérifiée le', problems: 'problème(s)', none: 'toutes les familles sont en vigueur, officielles et vérifiées', official: 'officielle', provisional: 'provisoire', never: 'jamais vérifiée' },
  en: { ok: 'OK', family: 'Family', edition: 'Edition', status: 'Status', verified: 'Verified on', problems: 'problem(s)', none: 'every family is in force, official and verified', official: 'official', provisional: 'provisional', never: 'never verified' },
};

/**
 * `lp-rules norms check [--as-of D] [--norms f]… [--max-age-months 12] [--lang fr|en]`: every family with no
 * edition in force on D, in force only provisionally or by carry-forward, or not verified for more than
 * 12 months; exit 1 if any, 0 otherwise (an office's own CI each December).
 * `lp-rules norms show <family> [--as-of D] [--norms f]… [--lang fr|en]`: the amounts in force, as a table.
 */
export async function normsCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'check') return check(read(rest));
  if (sub === 'show') return show(read(rest));
  throw new UsageError("norms takes 'check' or 'show'");
}

function check(o: ReturnType<typeof read>): number {
  const w = WORDS[o.lang];
  const states = normsCurrency(o.families, o.asOf, o.maxAge);
  const lines = [`${o.lang === 'fr' ? 'Normes au' : 'Norms on'} ${o.asOf}`];
  let problems = 0;
  for (const f of states) {
    const status = f.status === 'official' ? w.official : w.provisional;
    lines.push(`${f.problems.length === 0 ? '  ✓' : '  ✗'} ${f.family} — ${f.title[o.lang]} — ${w.edition} ${f.edition} (${status}), ${f.verifiedOn === null ? w.never : `${w.verified} ${f.verifiedOn}`}`);
    for (const p of f.problems) lines.push(`      ${p.code}: ${p.message[o.lang]}`);
    problems += f.problems.length;
  }
  lines.push(problems === 0 ? `${w.ok}: ${w.none}.` : `${problems} ${w.problems}.`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return problems === 0 ? 0 : 1;
}

function show(o: ReturnType<typeof read>): number {
  const id = o.positionals[0];
  if (id === undefined || o.positionals.length > 1) throw new UsageError('norms show takes one family, e.g. seizure.minimum-vital');
  const set: RuleSet | undefined = o.families.find((s) => s.id === id);
  if (set === undefined) throw new UsageError(`unknown family '${id}' (${o.families.map((s) => s.id).join(', ')})`);
  const rows = parametersInForce(set, o.asOf).map((p) => [
    p.description[o.lang],
    p.value === null ? '—' : p.kind === 'decimal' && typeof p.value === 'string' && /^\d+\.\d{2}$/.test(p.value) ? `CHF ${swissAmount(p.value)}` : display(p.value, p.unit),
    p.version ?? '',
    p.validFrom === null ? '' : `${p.validFrom} – ${p.validTo ?? '…'}`,
    p.citation ?? '',
  ]);
  const head = o.lang === 'fr' ? ['Paramètre', 'Valeur', 'Édition', 'Période', 'Source'] : ['Parameter', 'Value', 'Edition', 'Period', 'Source'];
  const widths = head.map((h, k) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[k]!.length))));
  const line = (cells: string[]) => cells.map((c, k) => c.padEnd(widths[k]!)).join('  ').trimEnd();
  const title = `${set.title[o.lang]} (${set.id}) — ${o.lang === 'fr' ? 'en vigueur le' : 'in force on'} ${o.asOf}`;
  process.stdout.write(`${[title, '', line(head), line(widths.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n')}\n`);
  return 0;
}

function display(value: unknown, unit: string | undefined): string {
  const text = Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null && 'id' in v ? String((v as { id: string }).id) : String(v))).join(', ') : String(value);
  return unit ? `${text} ${unit}` : text;
}
