// "Montants en vigueur": for any date, the household's base amounts (computed in the page by the SDK,
// so the answer is the library's) and every dated parameter's value in force that day (each version is
// a row of the page; the script shows the rows whose period covers the date).
import { citeHtml, esc, page, t, T } from '../layout.mjs';
import { parameterFile, valueHtml } from '../norms.mjs';
import { allParameters } from './parameters.mjs';

/** The household types of the minimum vital's norm file, in words (the file names them by code). */
export const HOUSEHOLDS = {
  single: ['Personne seule', 'Single person'],
  'single-parent': ['Parent seul avec enfant(s) mineur(s)', 'Single parent with minor child(ren)'],
  couple: ['Couple marié ou partenaires enregistrés', 'Married couple or registered partners'],
  'cohabiting-partner': ['Concubins (couple non marié)', 'Cohabiting (unmarried) couple'],
  'flat-share': ['Colocation', 'Flat share'],
};

/** <option>s that follow the language switch (an option cannot hold two spans). */
export const options = (list, selected) =>
  list.map(([value, fr, en]) => `<option value="${esc(value)}" data-fr="${esc(fr)}" data-en="${esc(en)}"${value === selected ? ' selected' : ''}>${esc(fr)}</option>`).join('');

export function householdOptions(lib, selected) {
  const types = lib.getRuleSet('seizure.minimum-vital').facts.householdType.values;
  return options(types.map((v) => [v, ...(HOUSEHOLDS[v] ?? [v, v])]), selected);
}

export function amountsPage(ctx) {
  const rows = allParameters(ctx.lib).flatMap(([f, name, p]) =>
    p.values.map(
      (v) => `<tr data-param="${esc(`${f.id}.${name}`)}" data-valid-from="${esc(v.validFrom)}" data-valid-to="${esc(v.validTo ?? '')}">
<th scope="row"><a href="${parameterFile(f.id, name)}">${t(p.description)}</a></th><td class="value">${valueHtml(p, v.value)}</td><td>${esc(v.version ?? '—')}</td><td>${citeHtml(v.citation, ctx.urls)}</td></tr>`,
    ),
  );
  return page({
    title: { fr: 'Montants en vigueur', en: 'Amounts in force' },
    path: 'montants.html',
    scripts: ['lp-rules.browser.js'],
    body: `<h1>${T('Montants en vigueur', 'Amounts in force')}</h1>
<p class="lead">${T('Choisissez une date et un ménage : la page donne le montant de base applicable et tous les montants, délais et listes en vigueur ce jour-là, avec leur source.', 'Choose a date and a household: the page gives the applicable base amount and every amount, time limit and list in force that day, with its source.')}</p>
<form id="amounts-form" class="panel" novalidate>
<div class="field"><label for="amounts-date">${T('Date', 'Date')}</label><input id="amounts-date" name="date" type="text" inputmode="numeric" autocomplete="off" value="01.06.2026" aria-describedby="amounts-date-hint amounts-errors"><span class="hint" id="amounts-date-hint">${T('jj.mm.aaaa', 'dd.mm.yyyy')}</span></div>
<div class="field"><label for="amounts-household">${T('Ménage', 'Household')}</label><select id="amounts-household" name="menage">${householdOptions(ctx.lib, 'couple')}</select></div>
<div class="field"><label for="amounts-younger">${T('Enfants de moins de 10 ans', 'Children under 10')}</label><input id="amounts-younger" name="moins10" type="number" min="0" max="12" value="2"></div>
<div class="field"><label for="amounts-older">${T('Enfants de 10 à 17 ans', 'Children aged 10 to 17')}</label><input id="amounts-older" name="plus10" type="number" min="0" max="12" value="0"></div>
<button type="submit">${T('Afficher', 'Show')}</button>
</form>
<div id="amounts-errors" class="errors" role="alert" hidden></div>
<section id="amounts-household-result" aria-live="polite" hidden>
<h2>${T('Montant de base du ménage', 'Household’s base amount')} <span id="amounts-when"></span></h2>
<div class="table-wrap"><table><thead><tr><th scope="col">${T('Poste', 'Item')}</th><th scope="col" class="num">${T('Montant mensuel', 'Monthly amount')}</th><th scope="col">${T('Source', 'Source')}</th></tr></thead>
<tbody id="amounts-breakdown"></tbody>
<tfoot><tr><th scope="row">${T('Total', 'Total')}</th><td class="num" id="amounts-total"></td><td id="amounts-edition"></td></tr></tfoot></table></div>
</section>
<h2 id="amounts-all-heading">${T('Tous les paramètres en vigueur à cette date', 'Every parameter in force on that date')}</h2>
<p class="muted" id="amounts-all-hint">${T('Sans JavaScript, toutes les versions sont listées.', 'Without JavaScript, every version is listed.')}</p>
<div class="table-wrap"><table id="amounts-all"><thead><tr><th scope="col">${T('Paramètre', 'Parameter')}</th><th scope="col">${T('Valeur', 'Value')}</th><th scope="col">${T('Édition', 'Edition')}</th><th scope="col">${T('Source', 'Source')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`,
  });
}
