// Builds the documentation site under docs/ from the package's own data, so it can never drift:
// the rule catalogue (one page per norm family: conditions as sentences, dated parameters, worked
// examples executed now), the interpretations page (both readings computed), and the case-timeline
// picture. Runs the built package (npm run build first). Deterministic: a test rebuilds and compares.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Both languages, French first; the stylesheet shows one. */
const t = (l) => `<span lang="fr">${esc(l.fr)}</span><span lang="en">${esc(l.en)}</span>`;
const T = (fr, en) => t({ fr, en });
const json = (v) => esc(JSON.stringify(v, null, 1));

function page(title, body, depth = 0) {
  const up = depth === 0 ? '' : '../';
  return `<!doctype html>
<html lang="fr" data-lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — lp-rules</title>
<link rel="stylesheet" href="${up}assets/style.css">
<script src="${up}assets/lang.js" defer></script>
</head>
<body>
<header class="site">
<a class="brand" href="${up}index.html">lp-rules</a>
<nav>
<a href="${up}index.html">${T('Catalogue des règles', 'Rule catalogue')}</a>
<a href="${up}interpretations.html">${T('Interprétations', 'Interpretations')}</a>
<a href="${up}timeline.html">${T('Chronologie', 'Timeline')}</a>
<a href="${up}playground.html">${T('Essayer', 'Playground')}</a>
<a href="${up}api/index.html">API</a>
</nav>
<button id="lang-switch" type="button"><span lang="fr">English</span><span lang="en">Français</span></button>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

// --- worked examples: every calculator's examples.json, executed now ---------------------------------

const calculators = join(root, 'src/calculators');
const camel = (s) => s.replace(/-(.)/g, (_, c) => c.toUpperCase());
const examples = [];
for (const dir of readdirSync(calculators).sort()) {
  let list;
  try {
    list = JSON.parse(readFileSync(join(calculators, dir, 'examples.json'), 'utf8'));
  } catch {
    continue;
  }
  const fn = lib[camel(dir)];
  for (const e of list) {
    let result;
    try {
      result = fn(e.input);
    } catch (error) {
      result = { error: { code: error.code, message: error.messages } };
    }
    examples.push({ fn: camel(dir), ...e, result });
  }
}
for (const e of JSON.parse(readFileSync(join(root, 'src/rules/examples.json'), 'utf8'))) {
  const result = lib.evaluate(e.ruleSet, e.facts, { asOf: e.asOf });
  examples.push({ fn: 'evaluate', ...e, input: { ruleSet: e.ruleSet, facts: e.facts, asOf: e.asOf }, result: { fired: result.fired.map((f) => f.event.type), trace: result.trace } });
}
/** The rules an example applied: the steps of its trace where the rule fired (or that only name fired rules). */
const ruleIds = new Set(lib.rules.map((r) => r.id));
const examplesByRule = new Map();
for (const e of examples) {
  for (const step of e.result.trace ?? []) {
    if (!ruleIds.has(step.rule) || step.values?.fired === false) continue;
    const list = examplesByRule.get(step.rule) ?? [];
    if (!list.includes(e)) list.push(e);
    examplesByRule.set(step.rule, list);
  }
}

function resultSummary(result) {
  const { trace, ...rest } = result;
  if (Array.isArray(rest.reasons)) rest.reasons = rest.reasons.map((r) => `${r.code} (${r.citation})`);
  if (Array.isArray(rest.breakdown)) rest.breakdown = rest.breakdown.map((b) => `${b.item} ${b.amount}`);
  return rest;
}

function exampleHtml(e) {
  const steps = (e.result.trace ?? [])
    .filter((s) => s.values?.fired !== false)
    .map((s) => `<li><code>${esc(s.rule)}</code> <span class="citation">${esc(s.citation)}</span> — ${t(s.text)}</li>`)
    .join('\n');
  return `<div class="example">
<p><strong>${esc(e.name)}</strong> <span class="muted">(${esc(e.citation)})</span></p>
<p><code>${esc(e.fn)}</code></p>
<pre>${json(e.input)}</pre>
<p>→</p>
<pre>${json(resultSummary(e.result))}</pre>
<details><summary>${T('Raisonnement (trace)', 'Reasoning (trace)')}</summary><ol class="trace">${steps}</ol></details>
</div>`;
}

// --- conditions as sentences -----------------------------------------------------------------------

const OPS = {
  equal: ['vaut', 'is'], notEqual: ['ne vaut pas', 'is not'], in: ['est l’un de', 'is one of'], notIn: ['n’est aucun de', 'is none of'],
  isDecimal: ['est un nombre décimal :', 'is a decimal number:'], decimalLessThan: ['<', '<'], decimalLessThanInclusive: ['≤', '≤'],
  decimalGreaterThan: ['>', '>'], decimalGreaterThanInclusive: ['≥', '≥'], decimalScaleGreaterThan: ['a plus de décimales que', 'has more decimals than'],
  dateBefore: ['est avant', 'is before'], dateOnOrBefore: ['est au plus tard', 'is on or before'], dateAfter: ['est après', 'is after'],
  dateOnOrAfter: ['est au plus tôt', 'is on or after'], dateMonthAfter: ['tombe dans un mois postérieur à', 'falls in a month after'],
  timeBefore: ['est avant', 'is before'], timeOnOrBefore: ['est au plus tard', 'is at or before'], timeAfter: ['est après', 'is after'], timeOnOrAfter: ['est au plus tôt', 'is at or after'],
};
function operand(v) {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v.fact === 'params' ? `⟨${v.path.slice(2)}⟩` : `«${v.fact}»`;
  return Array.isArray(v) ? v.join(', ') : String(v);
}
function sentence(c) {
  if ('all' in c) return c.all.length === 1 ? sentence(c.all[0]) : `${T('toutes ces conditions :', 'all of:')}<ul>${c.all.map((x) => `<li>${sentence(x)}</li>`).join('')}</ul>`;
  if ('any' in c) return `${T('l’une de ces conditions :', 'any of:')}<ul>${c.any.map((x) => `<li>${sentence(x)}</li>`).join('')}</ul>`;
  if ('not' in c) return `${T('il n’est pas vrai que', 'it is not the case that')} ${sentence(c.not)}`;
  const [fr, en] = OPS[c.operator];
  const formal = (w) => `<code>${esc(c.fact)}${c.path ? esc(c.path.slice(1)) : ''} ${esc(w)} ${esc(operand(c.value))}</code>`;
  return c.description ? `${t(c.description)} <span class="muted">${T('', '')}${formal(fr).replace('<code>', '<code lang="fr">')}${formal(en).replace('<code>', '<code lang="en">')}</span>` : `${formal(fr).replace('<code>', '<code lang="fr">')}${formal(en).replace('<code>', '<code lang="en">')}`;
}

function citationHtml(c) {
  const text = [c.document, c.article, c.paragraph && `al. ${c.paragraph}`, c.number && `ch. ${c.number}`, c.letter && `let. ${c.letter}`].filter(Boolean).join(' ');
  const label = c.url ? `<a href="${esc(c.url)}">${esc(text)}</a>` : esc(text);
  const secondary = c.provenance === 'secondary' ? ` <span class="muted">${T('(source secondaire : texte officiel non consulté)', '(secondary source: official text not seen)')}</span>` : '';
  return `<span class="citation">${label}</span>${secondary}${c.quote ? `<blockquote lang="fr">${esc(c.quote)}</blockquote>` : ''}`;
}

/** A day of the year as people write it: "15.7", or "Pâques − 7" / "Easter − 7". */
function anchorText(a) {
  if ('easter' in a) {
    const n = a.easter === 0 ? '' : ` ${a.easter > 0 ? '+' : '−'} ${Math.abs(a.easter)}`;
    return T(`Pâques${n}`, `Easter${n}`);
  }
  return esc(`${a.day}.${a.month}`);
}

function valueText(v) {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? `${t(x.name)} : ${anchorText(x.from)} → ${anchorText(x.to)}` : esc(x))).join('<br>');
  return esc(String(v));
}

function parametersHtml(parameters) {
  const rows = Object.entries(parameters).flatMap(([name, p]) =>
    p.values.map(
      (v) => `<tr><td><code>${esc(name)}</code><br>${t(p.description)}</td><td>${valueText(v.value)}${p.unit ? ` <span class="muted">${esc(p.unit)}</span>` : ''}</td><td>${esc(v.validFrom)}</td><td>${esc(v.validTo ?? '—')}</td><td>${esc(v.version ?? '')}</td><td>${citationHtml(v.citation)}${v.note ? `<p class="muted">${t(v.note)}</p>` : ''}</td></tr>`,
    ),
  );
  if (rows.length === 0) return '';
  return `<table><thead><tr><th>${T('Paramètre', 'Parameter')}</th><th>${T('Valeur', 'Value')}</th><th>${T('En vigueur dès', 'In force from')}</th><th>${T('Jusqu’au', 'Until')}</th><th>${T('Édition', 'Edition')}</th><th>${T('Source', 'Source')}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

// --- pages -----------------------------------------------------------------------------------------

const files = new Map();
const families = lib.ruleSets;

files.set(
  'index.html',
  page(
    'Catalogue',
    `<h1>${T('Catalogue des règles', 'Rule catalogue')}</h1>
<p>${T(
      'Chaque norme appliquée par lp-rules, telle que le code l’exécute : sa source, sa condition en phrases, ses paramètres datés et des exemples calculés à la génération de cette page.',
      'Every norm lp-rules applies, as the code runs it: its source, its condition in sentences, its dated parameters and examples computed when this page was generated.',
    )}</p>
${families
  .map(
    (f) => `<h2><a href="rules/${esc(f.id)}.html">${t(f.title)}</a></h2>
<p class="muted">${esc(f.source.document)} — ${esc(f.source.edition)}</p>
<ul>${f.rules.map((r) => `<li data-rule-id="${esc(r.id)}"><a href="rules/${esc(f.id)}.html#${esc(r.id)}"><code class="rule-id">${esc(r.id)}</code></a> — ${t(r.title)}</li>`).join('\n')}</ul>`,
  )
  .join('\n')}`,
  ),
);

for (const f of families) {
  const facts = Object.entries(f.facts)
    .map(([name, d]) => `<tr><td><code>${esc(name)}</code></td><td>${esc(d.kind)}${d.values ? `: ${esc(d.values.join(', '))}` : ''}${d.nullable ? ' | null' : ''}</td><td>${t(d.description)}</td></tr>`)
    .join('\n');
  const rulesHtml = f.rules
    .map((r) => {
      const flat = lib.rules.find((x) => x.id === r.id);
      const ex = (examplesByRule.get(r.id) ?? []).slice(0, 2);
      return `<section class="rule" id="${esc(r.id)}" data-rule-id="${esc(r.id)}">
<h3>${t(r.title)} <code class="rule-id">${esc(r.id)}</code></h3>
<p>${citationHtml(r.citation)}</p>
<p>${T('En vigueur dès le', 'In force from')} ${esc(r.validFrom)}${r.validTo ? ` ${T('jusqu’au', 'until')} ${esc(r.validTo)}` : ''}.</p>
<p><strong>${T('Si', 'If')}</strong> ${sentence(r.conditions)}</p>
<p><strong>${T('alors', 'then')}</strong> <code>${esc(r.event.type)}</code> — ${t(r.event.params.message)}</p>
<p><strong>${T('sinon', 'otherwise')}</strong> — ${t(r.satisfied)}</p>
${Object.keys(flat.parameters).length ? `<h4>${T('Paramètres lus', 'Parameters read')}</h4>${parametersHtml(flat.parameters)}` : ''}
<h4>${T('Exemples', 'Examples')}</h4>
${ex.map(exampleHtml).join('\n')}
</section>`;
    })
    .join('\n');
  files.set(
    `rules/${f.id}.html`,
    page(
      f.title.fr,
      `<h1>${t(f.title)}</h1>
<p>${T('Source', 'Source')} : <strong>${esc(f.source.document)}</strong> — ${t(f.source.title)} (${esc(f.source.edition)})${f.source.url ? ` — <a href="${esc(f.source.url)}">${esc(f.source.url)}</a>` : ''}</p>
<p><code>${esc(f.id)}</code></p>
<h2>${T('Faits lus', 'Facts read')}</h2>
<table><thead><tr><th>${T('Fait', 'Fact')}</th><th>${T('Type', 'Kind')}</th><th>${T('Description', 'Description')}</th></tr></thead><tbody>${facts}</tbody></table>
<h2>${T('Paramètres datés', 'Dated parameters')}</h2>
${parametersHtml(f.parameters) || `<p class="muted">${T('Aucun.', 'None.')}</p>`}
<h2>${T('Règles', 'Rules')}</h2>
${rulesHtml}`,
      1,
    ),
  );
}

// --- interpretations -------------------------------------------------------------------------------

const interp = JSON.parse(readFileSync(join(root, 'docs-src/interpretations.json'), 'utf8'));
const pick = (r, keys) => Object.fromEntries(keys.map((k) => [k, r[k]]));
const rowsI = interp.options.map((o) => {
  const fn = lib[o.function];
  const primary = fn(o.input);
  const alternative = fn({ ...o.input, interpretation: { [o.option]: o.alternative } });
  return `<section class="rule" id="${esc(o.option)}">
<h3><code>${esc(o.option)}</code> <span class="muted">(norms ${esc(o.norms)})</span></h3>
<p>${t(o.question)}</p>
<table><thead><tr><th></th><th>${T('Lecture', 'Reading')}</th><th><code>${esc(o.function)}</code></th></tr></thead><tbody>
<tr><th>${T('Principale (défaut)', 'Primary (default)')}</th><td><code>${esc(lib.PRIMARY_READINGS[o.option] ?? primaryOf(o.option))}</code></td><td><pre>${json(pick(primary, o.show))}</pre></td></tr>
<tr><th>${T('Alternative', 'Alternative')}</th><td><code>interpretation: { ${esc(o.option)}: '${esc(o.alternative)}' }</code></td><td><pre>${json(pick(alternative, o.show))}</pre></td></tr>
</tbody></table>
<p class="muted">${T('Entrée', 'Input')} : <code>${esc(JSON.stringify(o.input))}</code></p>
</section>`;
});
function primaryOf(option) {
  return { childAge: 'from-10th-birthday', cohabitingBase: 'half-couple', professionalCosts: 'split', incomeSeizureEnd: 'same-numbered-day', leapDayBirthday: 'march-1' }[option];
}
files.set(
  'interpretations.html',
  page(
    'Interprétations',
    `<h1>${T('Interprétations', 'Interpretations')}</h1>
<p>${T(
      'Là où la loi laisse un point ouvert, lp-rules applique une lecture principale par défaut et offre l’autre par l’option interpretation. Chaque exemple ci-dessous est calculé avec les deux lectures.',
      'Where the law leaves a point open, lp-rules applies a primary reading by default and offers the other through the interpretation option. Each example below is computed under both readings.',
    )}</p>
${rowsI.join('\n')}
<h2>${T('Points ouverts sans option', 'Open points without an option')}</h2>
<ul>${interp.withoutOption.map((w) => `<li><span class="muted">${esc(w.norms)}</span> ${t(w.text)}</li>`).join('')}</ul>`,
  ),
);

// --- the case timeline, drawn ----------------------------------------------------------------------

const caseInput = {
  notifiedOn: '2026-12-10',
  opposition: { filedOn: '2026-12-14', status: 'lifted', proceedings: [{ from: '2027-02-01', to: '2027-04-30' }] },
  seizure: { seizedOn: '2027-07-05', asset: 'movable' },
};
const timeline = lib.caseTimeline(caseInput);
files.set('timeline.html', page('Chronologie', `<h1>${T('Chronologie d’une poursuite', 'Timeline of an enforcement')}</h1>
<p>${T(
  'Calculée par caseTimeline pour l’exemple ci-dessous : les délais du débiteur, la fenêtre de continuation du créancier (allongée par la procédure d’opposition), la saisie et la fenêtre de vente, avec les féries.',
  'Computed by caseTimeline for the example below: the debtor’s deadlines, the creditor’s continuation window (lengthened by the opposition proceedings), the seizure and the sale window, with the féries.',
)}</p>
${timelineSvg(timeline)}
<table><thead><tr><th>${T('Date', 'Date')}</th><th>${T('Jalon', 'Milestone')}</th><th>${T('Source', 'Source')}</th></tr></thead><tbody>
${timeline.milestones.map((m) => `<tr><td>${esc(m.date)}</td><td>${t(m.label)} <code class="muted">${esc(m.kind)}</code></td><td class="citation">${esc(m.citation)}</td></tr>`).join('\n')}
</tbody></table>
<p class="muted">${T('Entrée', 'Input')} : <code>${esc(JSON.stringify(caseInput))}</code></p>`));

function timelineSvg(tl) {
  const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const first = day(tl.milestones[0].date) - 10;
  const last = Math.max(...tl.milestones.filter((m) => !m.kind.startsWith('adb') && m.kind !== 'extract-visible-until').map((m) => day(m.date))) + 20;
  const W = 960;
  const x = (iso) => 20 + ((day(iso) - first) / (last - first)) * (W - 40);
  const bands = tl.periods
    .filter((p) => day(p.from) <= last)
    .map((p) => `<rect x="${x(p.from).toFixed(1)}" y="40" width="${Math.max(2, x(p.to) - x(p.from)).toFixed(1)}" height="250" fill="${p.kind === 'feries' ? '#fde9c8' : '#dfe8f7'}"><title>${esc(p.name.fr)} / ${esc(p.name.en)}: ${p.from} – ${p.to}</title></rect>`)
    .join('\n');
  const at = (kind) => tl.milestones.find((m) => m.kind === kind)?.date;
  const windows = [
    ['continuation-from', 'continuation-until', 300, '#2b6cb0', { fr: 'fenêtre de continuation (art. 88 LP)', en: 'continuation window (LP art. 88)' }],
    ['sale-from', 'sale-until', 330, '#2f855a', { fr: 'fenêtre de vente (art. 116 LP)', en: 'sale window (LP art. 116)' }],
  ]
    .filter(([a, b]) => at(a) && at(b))
    .map(([a, b, y, color, label]) => `<rect x="${x(at(a)).toFixed(1)}" y="${y}" width="${(x(at(b)) - x(at(a))).toFixed(1)}" height="14" fill="${color}" rx="3"/><text lang="fr" x="${x(at(a)).toFixed(1)}" y="${y + 28}" font-size="12">${esc(label.fr)}</text><text lang="en" x="${x(at(a)).toFixed(1)}" y="${y + 28}" font-size="12">${esc(label.en)}</text>`)
    .join('\n');
  const marks = tl.milestones
    .filter((m) => day(m.date) <= last)
    .map((m, k) => {
      const X = x(m.date).toFixed(1);
      const y = 60 + (k % 8) * 28;
      return `<line x1="${X}" y1="40" x2="${X}" y2="290" stroke="#b3261e" stroke-width="1"/><circle cx="${X}" cy="${y}" r="3" fill="#b3261e"/><text lang="fr" x="${(+X + 5).toFixed(1)}" y="${y + 4}" font-size="12">${esc(m.date)} ${esc(m.label.fr)}</text><text lang="en" x="${(+X + 5).toFixed(1)}" y="${y + 4}" font-size="12">${esc(m.date)} ${esc(m.label.en)}</text>`;
    })
    .join('\n');
  return `<svg role="img" aria-label="timeline" viewBox="0 0 ${W + 260} 370" width="100%" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">
<line x1="20" y1="290" x2="${W - 20}" y2="290" stroke="#1d2330"/>
${bands}
${windows}
${marks}
<text lang="fr" x="20" y="25" font-size="12" fill="#5b6475">féries en orange, procédure d’opposition en bleu</text><text lang="en" x="20" y="25" font-size="12" fill="#5b6475">féries in orange, opposition proceedings in blue</text>
</svg>`;
}

// --- write -----------------------------------------------------------------------------------------

/** Every rule with no worked example: the catalogue promises one each (a test holds it). */
export const rulesWithoutExample = lib.rules.filter((r) => !examplesByRule.has(r.id)).map((r) => r.id);
export const pages = files;

export function writeDocs(outDir) {
  for (const [name, html] of files) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), html);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeDocs(join(root, 'docs'));
  console.log(`wrote ${files.size} pages to docs/; rules without a worked example: ${rulesWithoutExample.length ? rulesWithoutExample.join(', ') : 'none'}`);
}
