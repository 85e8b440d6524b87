// The rule catalogue: the home page (every family and rule) and one page per norm family — its source,
// the facts it examines, its dated parameters (each linked to its own page), and each rule in words with
// its source, the parameters it reads and a worked example computed when the page was built.
import { citeHtml, dateHtml, esc, page, t, T } from '../layout.mjs';
import { parameterFile, parametersRead, valueHtml } from '../norms.mjs';
import { plain } from '../legal.js';
import { guideList } from './guides.mjs';
import { nextDay, swissDate } from '../swiss.js';

/** Consecutive versions with the same value, merged: the seizure amounts did not change in 2025 or 2026. */
export function valueSpans(p) {
  const spans = [];
  for (const v of p.values) {
    const last = spans.at(-1);
    if (last && JSON.stringify(last.value) === JSON.stringify(v.value) && last.validTo && nextDay(last.validTo) === v.validFrom) {
      last.validTo = v.validTo;
      last.count += 1;
    } else spans.push({ value: v.value, validFrom: v.validFrom, validTo: v.validTo, count: 1 });
  }
  return spans;
}

const period = (from, to) =>
  to ? T(`du ${swissDate(from)} au ${swissDate(to)}`, `${swissDate(from)} to ${swissDate(to)}`) : T(`depuis le ${swissDate(from)}`, `since ${swissDate(from)}`);

function parametersTable(family, up) {
  const rows = Object.entries(family.parameters).map(([name, p]) => {
    const spans = valueSpans(p)
      .map((s) => `<li>${valueHtml(p, s.value)} <span class="muted">${period(s.validFrom, s.validTo)}</span></li>`)
      .join('');
    return `<tr><th scope="row"><a href="${up}${parameterFile(family.id, name)}">${t(p.description)}</a></th><td><ul class="spans">${spans}</ul></td><td>${p.values.length}</td></tr>`;
  });
  if (rows.length === 0) return `<p class="muted">${T('Aucun.', 'None.')}</p>`;
  return `<div class="table-wrap"><table><thead><tr><th scope="col">${T('Paramètre', 'Parameter')}</th><th scope="col">${T('Valeur et période', 'Value and period')}</th><th scope="col">${T('Versions', 'Versions')}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}

/** A trace's citation string ("LP 74 al. 1") as lawyers write it, when it names a citation of the norms. */
export const traceCitation = (ctx, text) => (ctx.byShortForm.has(text) ? citeHtml(ctx.byShortForm.get(text), ctx.urls) : `<span class="citation">${esc(text)}</span>`);

function exampleHtml(ctx, e) {
  const steps = (e.result.trace ?? [])
    .filter((s) => s.values?.fired !== false)
    .map((s) => `<li>${t(s.text)} <span class="muted">— ${traceCitation(ctx, s.citation)}</span></li>`)
    .join('\n');
  const { trace, ...result } = e.result;
  return `<details class="example"><summary>${T('Exemple calculé', 'Worked example')} <span lang="en">: ${esc(e.name)}</span> ${plain(e.citation) ? ` <span class="muted">(${esc(plain(e.citation))})</span>` : ''}</summary>
<ol class="trace">${steps}</ol>
<details class="tech"><summary>${T('Données techniques (JSON, pour les intégrateurs)', 'Technical data (JSON, for integrators)')}</summary>
<p><code>${esc(e.fn)}</code></p><pre>${esc(JSON.stringify(e.input, null, 1))}</pre><pre>${esc(JSON.stringify(result, null, 1))}</pre></details>
</details>`;
}

function ruleHtml(ctx, family, r) {
  const read = [...parametersRead(r.conditions)].filter((n) => n in family.parameters);
  const ex = (ctx.examplesByRule.get(r.id) ?? [])[0];
  return `<section class="rule" id="${esc(r.id)}" data-rule-id="${esc(r.id)}">
<h3>${t(r.title)}</h3>
<p>${citeHtml(r.citation, ctx.urls)}${r.citation.quote ? `<blockquote lang="fr-CH">${esc(r.citation.quote)}</blockquote>` : ''}</p>
<p>${T('En vigueur dès le', 'In force from')} ${dateHtml(r.validFrom)}${r.validTo ? ` ${T('jusqu’au', 'until')} ${dateHtml(r.validTo)}` : ''}.</p>
<p><strong>${T('Si', 'If')}</strong> ${sentence(r.conditions)}</p>
<p><strong>${T('alors', 'then')}</strong> : ${t(r.event.params.message)}</p>
<p><strong>${T('sinon', 'otherwise')}</strong> : ${t(r.satisfied)}</p>
${read.length ? `<p>${T('Paramètres lus', 'Parameters read')} : ${read.map((n) => `<a href="../${parameterFile(family.id, n)}">${t(family.parameters[n].description)}</a>`).join(', ')}</p>` : ''}
${ex ? exampleHtml(ctx, ex) : ''}
<details class="tech"><summary>${T('Pour les intégrateurs', 'For integrators')}</summary><p>${T('Identifiant', 'Id')} <code class="rule-id">${esc(r.id)}</code>, ${T('événement', 'event')} <code>${esc(r.event.type)}</code></p><pre>${esc(JSON.stringify(r.conditions, null, 1))}</pre></details>
</section>`;
}

function sentence(c) {
  if ('all' in c) return c.all.length === 1 ? sentence(c.all[0]) : `${T('toutes ces conditions sont remplies :', 'all of:')}<ul>${c.all.map((x) => `<li>${sentence(x)}</li>`).join('')}</ul>`;
  if ('any' in c) return `${T('l’une de ces conditions est remplie :', 'any of:')}<ul>${c.any.map((x) => `<li>${sentence(x)}</li>`).join('')}</ul>`;
  if ('not' in c) return `${T('il n’est pas vrai que', 'it is not the case that')} ${sentence(c.not)}`;
  return t(c.description);
}

export function catalogue(ctx) {
  const { lib } = ctx;
  const files = new Map();
  files.set(
    'index.html',
    page({
      title: { fr: 'Règles de la poursuite à Genève', en: 'Debt-enforcement rules in Geneva' },
      path: 'index.html',
      body: `<h1>${T('Règles de la poursuite à Genève', 'Debt-enforcement rules in Geneva')}</h1>
<p class="lead">${T(
        'Les normes que lp-rules applique — délais de la LP, minimum vital genevois, paiements en ligne à l’OCP et à l’OCPM — avec leur source, leurs montants datés et des exemples calculés.',
        'The norms lp-rules applies — LP time limits, Geneva’s minimum for subsistence, online payments to the OCP and the OCPM — with their source, their dated amounts and computed examples.',
      )}</p>
<ul class="cards">
<li><a href="montants.html">${T('Montants en vigueur', 'Amounts in force')}</a> ${T('à une date choisie, pour un ménage', 'on a chosen date, for a household')}</li>
<li><a href="playground.html">${T('Calculer', 'Calculator')}</a> ${T('un délai, un minimum vital, un décompte à imprimer', 'a time limit, a minimum for subsistence, a printable reckoning')}</li>
<li><a href="timeline.html">${T('Chronologie', 'Timeline')}</a> ${T('d’une poursuite, de la notification à la vente', 'of an enforcement, from service to sale')}</li>
<li><a href="recherche.html">${T('Recherche', 'Search')}</a> ${T('dans les règles, paramètres et sources', 'across rules, parameters and sources')}</li>
</ul>
${guideList(ctx.guides)}
${lib.ruleSets
  .map(
    (f) => `<h2><a href="rules/${esc(f.id)}.html">${t(f.title)}</a></h2>
<p class="muted">${t(f.source.title)}</p>
<ul>${f.rules.map((r) => `<li data-rule-id="${esc(r.id)}"><a href="rules/${esc(f.id)}.html#${esc(r.id)}">${t(r.title)}</a> <span class="muted">— ${citeHtml(r.citation, ctx.urls)}</span></li>`).join('\n')}</ul>`,
  )
  .join('\n')}`,
    }),
  );
  for (const f of lib.ruleSets) {
    const facts = Object.entries(f.facts)
      .map(([name, d]) => `<li>${t(d.description)} <code class="muted">${esc(name)}${d.values ? ` : ${esc(d.values.join(' | '))}` : ''}</code></li>`)
      .join('\n');
    files.set(
      `rules/${f.id}.html`,
      page({
        title: f.title,
        depth: 1,
        body: `<h1>${t(f.title)}</h1>
<p>${T('Source', 'Source')} : ${f.source.url ? `<a href="${esc(f.source.url)}" rel="external">${t(f.source.title)}</a>` : t(f.source.title)} <span class="muted">(${esc(f.source.edition)})</span></p>
<h2>${T('Paramètres datés', 'Dated parameters')}</h2>
${parametersTable(f, '../')}
<h2>${T('Règles', 'Rules')}</h2>
${f.rules.map((r) => ruleHtml(ctx, f, r)).join('\n')}
<details class="tech"><summary>${T('Éléments de fait examinés (noms techniques)', 'Facts examined (technical names)')}</summary><ul>${facts}</ul></details>`,
      }),
    );
  }
  return files;
}
