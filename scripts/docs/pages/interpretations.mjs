// The interpretations page: each open point of the law, the reading applied by default, the other one,
// and one case computed both ways, written as dates and amounts rather than JSON.
import { dateHtml, esc, moneyHtml, page, t, T } from '../layout.mjs';

function primaryOf(lib, option) {
  return lib.PRIMARY_READINGS[option] ?? { childAge: 'from-10th-birthday', cohabitingBase: 'half-couple', professionalCosts: 'split', incomeSeizureEnd: 'same-numbered-day', leapDayBirthday: 'march-1' }[option];
}

/** A result's value as a reader expects it: a date in words, an amount in francs, yes/no. */
function shown(v) {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return dateHtml(v);
  if (typeof v === 'string' && /^-?\d+\.\d{2}$/.test(v)) return moneyHtml(v);
  if (typeof v === 'boolean') return v ? T('oui', 'yes') : T('non', 'no');
  if (v === null || v === undefined) return '—';
  return typeof v === 'object' ? `<code>${esc(JSON.stringify(v))}</code>` : esc(v);
}
const fields = (r, keys) => keys.map((k) => `<div>${shown(r[k])} <code class="muted">${esc(k)}</code></div>`).join('');

export function interpretationsPage(ctx) {
  const { lib, interp } = ctx;
  const sections = interp.options.map((o) => {
    const fn = lib[o.function];
    const primary = fn(o.input);
    const alternative = fn({ ...o.input, interpretation: { [o.option]: o.alternative } });
    return `<section class="rule" id="${esc(o.option)}">
<h2>${t(o.question)}</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">${T('Lecture', 'Reading')}</th><th scope="col">${T('Résultat pour l’exemple', 'Result for the example')}</th></tr></thead><tbody>
<tr><th scope="row">${T('Principale (appliquée par défaut)', 'Primary (applied by default)')} <code class="muted">${esc(primaryOf(lib, o.option))}</code></th><td>${fields(primary, o.show)}</td></tr>
<tr><th scope="row">${T('Autre lecture', 'Alternative')} <code class="muted">${esc(o.alternative)}</code></th><td>${fields(alternative, o.show)}</td></tr>
</tbody></table></div>
<details class="tech"><summary>${T('Pour les intégrateurs', 'For integrators')}</summary><p><code>${esc(o.function)}(${esc(JSON.stringify(o.input))})</code>, ${T('option', 'option')} <code>interpretation: { ${esc(o.option)}: '${esc(o.alternative)}' }</code></p></details>
</section>`;
  });
  return page({
    title: { fr: 'Interprétations', en: 'Interpretations' },
    path: 'interpretations.html',
    body: `<h1>${T('Interprétations', 'Interpretations')}</h1>
<p class="lead">${T(
      'Là où la loi ou la jurisprudence laisse un point ouvert, lp-rules applique une lecture principale et permet de choisir l’autre. Chaque question ci-dessous est calculée selon les deux lectures.',
      'Where the law or the case law leaves a point open, lp-rules applies a primary reading and lets one choose the other. Each question below is computed under both readings.',
    )}</p>
${sections.join('\n')}
<h2>${T('Points ouverts sans option', 'Open points without an option')}</h2>
<ul>${interp.withoutOption.map((w) => `<li>${t(w.text)}</li>`).join('')}</ul>`,
  });
}
