import type { ComparisonSummary, ComparisonTotals } from './comparison-summary.js';

/** What each side of a comparison is, in words a head of office reads (e.g. "NI-2026, 31.12.2026"). */
export interface ComparisonLabels {
  base: string;
  compare: string;
  /** When the report was made (an ISO date the caller gives: the report itself reads no clock). */
  madeOn?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 1234.5 → "1'234.50": amounts as Swiss documents write them. */
export function swissAmount(text: string): string {
  const [int, frac = '00'] = text.replace('-', '').split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u2019');
  return `${text.startsWith('-') ? '−' : ''}${grouped}.${frac}`;
}

const WORDS = {
  fr: {
    title: 'Comparaison des quotités saisissables',
    base: 'Base',
    compare: 'Comparaison',
    records: 'Dossiers comparés',
    changed: 'Dossiers modifiés',
    up: 'Quotité en hausse',
    down: 'Quotité en baisse',
    errors: 'Dossiers en erreur (non comparés)',
    before: 'Total saisissable par mois, base',
    after: 'Total saisissable par mois, comparaison',
    byType: 'Par type de ménage',
    type: 'Ménage',
    distribution: 'Répartition des variations de la quotité saisissable (CHF par mois, dossiers modifiés)',
    made: 'Établi le',
    chf: 'CHF',
  },
  en: {
    title: 'Comparison of seizable amounts',
    base: 'Base',
    compare: 'Compare',
    records: 'Records compared',
    changed: 'Records changed',
    up: 'Seizable amount up',
    down: 'Seizable amount down',
    errors: 'Records in error (not compared)',
    before: 'Total seizable per month, base',
    after: 'Total seizable per month, compare',
    byType: 'By household type',
    type: 'Household',
    distribution: 'Distribution of changes in the seizable amount (CHF per month, changed records)',
    made: 'Made on',
    chf: 'CHF',
  },
} as const;

/** The distribution as an SVG bar chart: inline, no script, no external asset; its numbers also as text. */
function chart(d: ComparisonSummary['distribution']): string {
  const w = 640;
  const h = 220;
  const pad = 30;
  const max = Math.max(1, ...d.map((b) => b.records));
  const bw = (w - 2 * pad) / d.length;
  const bars = d
    .map((b, k) => {
      const bh = Math.round(((h - 2 * pad) * b.records) / max);
      const x = pad + k * bw;
      const y = h - pad - bh;
      const label = `${b.from} … ${b.to}`;
      const negative = b.to.startsWith('-') || b.to === '0.00';
      return `<g><title>${esc(label)} : ${b.records}</title><rect x="${x.toFixed(1)}" y="${y}" width="${(bw - 4).toFixed(1)}" height="${bh}" fill="${negative ? '#b45309' : '#1d4ed8'}"/><text x="${(x + bw / 2 - 2).toFixed(1)}" y="${y - 4}" font-size="11" text-anchor="middle">${b.records}</text></g>`;
    })
    .join('');
  const axis = d.map((b, k) => `<text x="${(pad + k * bw + bw / 2 - 2).toFixed(1)}" y="${h - 10}" font-size="9" text-anchor="middle">${esc(b.to === '+∞' ? `> ${b.from}` : `≤ ${b.to}`)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="img" width="100%" style="max-width:${w}px">${bars}<line x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}" stroke="#333"/>${axis}</svg>`;
}

/**
 * A self-contained HTML report of a what-if comparison (`lp-rules diff --report`): the totals, a table
 * by household type and a chart of the distribution of changes. No script, no external asset: it opens
 * from a mail attachment and prints as it shows.
 *
 * @example
 * const html = comparisonReport(summarizeComparisons().summary(), { base: 'NI-2026, 31.12.2026', compare: 'NI-2027 (projet), 4.1.2027' });
 * html.includes('<svg') && !html.includes('<script'); // → true
 */
export function comparisonReport(s: ComparisonSummary, labels: ComparisonLabels, lang: 'fr' | 'en' = 'fr'): string {
  const t = WORDS[lang];
  const row = (name: string, x: ComparisonTotals): string =>
    `<tr><th scope="row">${esc(name)}</th><td>${x.records}</td><td>${x.changed}</td><td>${x.up}</td><td>${x.down}</td><td>${swissAmount(x.seizableBefore)}</td><td>${swissAmount(x.seizableAfter)}</td></tr>`;
  const figures: [string, string][] = [
    [t.records, String(s.records)],
    [t.changed, String(s.changed)],
    [t.up, String(s.up)],
    [t.down, String(s.down)],
    [t.errors, String(s.errors)],
    [t.before, `${t.chf} ${swissAmount(s.seizableBefore)}`],
    [t.after, `${t.chf} ${swissAmount(s.seizableAfter)}`],
  ];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:52rem;margin:1.5rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}.wide{overflow-x:auto}dl{display:grid;grid-template-columns:auto auto;gap:.2rem 1rem}dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}
@media print{body{margin:0}}
</style>
</head>
<body>
<h1>${esc(t.title)}</h1>
<p><strong>${esc(t.base)} :</strong> ${esc(labels.base)}<br><strong>${esc(t.compare)} :</strong> ${esc(labels.compare)}${labels.madeOn ? `<br>${esc(t.made)} ${esc(labels.madeOn)}` : ''}</p>
<dl>${figures.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<h2>${esc(t.distribution)}</h2>
${chart(s.distribution)}
<table><thead><tr><th>${esc(lang === 'fr' ? 'Variation (CHF)' : 'Change (CHF)')}</th><th>${esc(t.records)}</th></tr></thead><tbody>${s.distribution.map((b) => `<tr><td>${esc(`${b.from} … ${b.to}`)}</td><td>${b.records}</td></tr>`).join('')}</tbody></table>
<h2>${esc(t.byType)}</h2>
<div class="wide"><table><thead><tr><th>${esc(t.type)}</th><th>${esc(t.records)}</th><th>${esc(t.changed)}</th><th>${esc(t.up)}</th><th>${esc(t.down)}</th><th>${esc(t.before)}</th><th>${esc(t.after)}</th></tr></thead>
<tbody>${Object.entries(s.byHouseholdType).map(([k, x]) => row(k, x)).join('')}</tbody></table></div>
</body>
</html>
`;
}
