// One page per dated parameter — its history, version by version, with the source of each value and
// the rules that read it — and the list of all of them (OpenFisca's Legislation Explorer, for the LP).
import { citeHtml, dateHtml, esc, page, t, T } from '../layout.mjs';
import { parameterFile, parametersRead, valueHtml } from '../norms.mjs';

const STATUS = { official: ['officielle', 'official'], provisional: ['provisoire', 'provisional'] };

/** An edition's name and status as the norm file states them (its `editions`, when it has some). */
function editionHtml(family, version) {
  if (!version) return '—';
  const info = family.editions?.find((e) => e.edition === version);
  const status = info && STATUS[info.status] ? ` <span class="status status-${esc(info.status)}">${T(...STATUS[info.status])}</span>` : '';
  const origin = info?.origin ? ` <span class="muted">${T('chargée de', 'loaded from')} ${esc(info.origin)}</span>` : '';
  const checked = info?.verifiedOn ? `<br><span class="muted">${T('vérifiée le', 'checked on')} ${dateHtml(info.verifiedOn)}</span>` : '';
  return `${esc(version)}${status}${origin}${checked}`;
}

function historyTable(ctx, family, p) {
  const rows = [...p.values]
    .reverse()
    .map(
      (v) => `<tr data-valid-from="${esc(v.validFrom)}" data-valid-to="${esc(v.validTo ?? '')}">
<td>${T('du', 'from')} ${dateHtml(v.validFrom)}<br>${v.validTo ? `${T('au', 'to')} ${dateHtml(v.validTo)}` : T('sans date de fin', 'open-ended')}</td>
<td class="value">${valueHtml(p, v.value)}</td>
<td>${editionHtml(family, v.version)}</td>
<td>${citeHtml(v.citation, ctx.urls)}${v.citation.quote ? `<blockquote lang="fr-CH">${esc(v.citation.quote)}</blockquote>` : ''}${v.note ? `<p class="note">${t(v.note)}</p>` : ''}</td>
</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table class="history"><caption>${T('Versions, la plus récente en premier', 'Versions, latest first')}</caption>
<thead><tr><th scope="col">${T('Période', 'Period')}</th><th scope="col">${T('Valeur', 'Value')}</th><th scope="col">${T('Édition', 'Edition')}</th><th scope="col">${T('Source', 'Source')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

/** Every parameter of every family: [family, name, parameter]. */
export const allParameters = (lib) => lib.ruleSets.flatMap((f) => Object.entries(f.parameters).map(([name, p]) => [f, name, p]));

export function parameterPages(ctx) {
  const files = new Map();
  const list = allParameters(ctx.lib);
  for (const [f, name, p] of list) {
    const readers = f.rules.filter((r) => parametersRead(r.conditions).has(name));
    files.set(
      parameterFile(f.id, name),
      page({
        title: p.description,
        depth: 1,
        body: `<p class="crumbs"><a href="../parametres.html">${T('Paramètres', 'Parameters')}</a> › <a href="../rules/${esc(f.id)}.html">${t(f.title)}</a></p>
<h1 data-parameter="${esc(`${f.id}.${name}`)}">${t(p.description)}</h1>
${historyTable(ctx, f, p)}
<h2>${T('Règles qui le lisent', 'Rules that read it')}</h2>
${readers.length ? `<ul>${readers.map((r) => `<li><a href="../rules/${esc(f.id)}.html#${esc(r.id)}">${t(r.title)}</a> — ${citeHtml(r.citation, ctx.urls)}</li>`).join('')}</ul>` : `<p>${T('Lu directement par les fonctions de calcul de la famille, non par une condition de règle.', 'Read directly by the family’s calculation functions, not by a rule’s condition.')}</p>`}
<details class="tech"><summary>${T('Pour les intégrateurs', 'For integrators')}</summary><p>${T('Nom', 'Name')} <code>${esc(name)}</code> ${T('de la famille', 'of family')} <code>${esc(f.id)}</code>, ${T('type', 'kind')} <code>${esc(p.kind)}</code>${p.unit ? `, ${T('unité', 'unit')} ${esc(p.unit)}` : ''}</p></details>`,
      }),
    );
  }
  const byFamily = ctx.lib.ruleSets
    .filter((f) => Object.keys(f.parameters).length > 0)
    .map(
      (f) => `<h2>${t(f.title)}</h2><ul>${Object.entries(f.parameters)
        .map(([name, p]) => `<li><a href="${parameterFile(f.id, name)}">${t(p.description)}</a> <span class="muted">(${p.values.length} ${p.values.length > 1 ? T('versions', 'versions') : T('version', 'version')})</span></li>`)
        .join('')}</ul>`,
    )
    .join('\n');
  files.set(
    'parametres.html',
    page({
      title: { fr: 'Paramètres datés', en: 'Dated parameters' },
      path: 'parametres.html',
      body: `<h1>${T('Paramètres datés', 'Dated parameters')}</h1>
<p>${T(
        `Les ${list.length} montants, délais et listes que les règles lisent, chacun avec toutes ses versions et la source de chaque valeur.`,
        `The ${list.length} amounts, time limits and lists the rules read, each with all its versions and the source of each value.`,
      )}</p>
${byFamily}`,
    }),
  );
  return files;
}
