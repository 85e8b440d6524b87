// The case timeline drawn from caseTimeline: a horizontal picture for wide screens, a vertical one for
// phones (the stylesheet shows one), and the table of milestones with their sources.
import { dateHtml, esc, page, T, t } from '../layout.mjs';
import { longDate, swissDate } from '../swiss.js';

export const TIMELINE_CASE = {
  notifiedOn: '2026-12-10',
  opposition: { filedOn: '2026-12-14', status: 'lifted', proceedings: [{ from: '2027-02-01', to: '2027-04-30' }] },
  seizure: { seizedOn: '2027-07-05', asset: 'movable' },
};

const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const label = (lang, text, attrs) => `<text lang="${lang}" ${attrs}>${esc(text)}</text>`;

function wideSvg(tl) {
  const shown = tl.milestones.filter((m) => !m.kind.startsWith('adb') && m.kind !== 'extract-visible-until');
  const first = day(shown[0].date) - 10;
  const last = Math.max(...shown.map((m) => day(m.date))) + 20;
  const W = 960;
  const x = (iso) => 20 + ((day(iso) - first) / (last - first)) * (W - 40);
  const bands = tl.periods
    .filter((p) => day(p.from) <= last)
    .map((p) => `<rect x="${x(p.from).toFixed(1)}" y="40" width="${Math.max(2, x(p.to) - x(p.from)).toFixed(1)}" height="250" fill="${p.kind === 'feries' ? '#fde9c8' : '#dfe8f7'}"/>`)
    .join('\n');
  const marks = shown
    .map((m, k) => {
      const X = x(m.date).toFixed(1);
      const y = 60 + (k % 8) * 28;
      const at = `x="${(+X + 5).toFixed(1)}" y="${y + 4}" font-size="13"`;
      return `<line x1="${X}" y1="40" x2="${X}" y2="290" stroke="#b3261e" stroke-width="1"/><circle cx="${X}" cy="${y}" r="3" fill="#b3261e"/>${label('fr', `${swissDate(m.date)} ${m.label.fr}`, at)}${label('en', `${swissDate(m.date)} ${m.label.en}`, at)}`;
    })
    .join('\n');
  return `<svg class="timeline-wide" role="img" aria-labelledby="tl-caption" viewBox="0 0 ${W + 300} 320" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">
<line x1="20" y1="290" x2="${W - 20}" y2="290" stroke="#1d2330"/>
${bands}
${marks}
${label('fr', 'féries en orange, procédure d’opposition en bleu', 'x="20" y="25" font-size="13" fill="#4a5263"')}${label('en', 'féries in orange, opposition proceedings in blue', 'x="20" y="25" font-size="13" fill="#4a5263"')}
</svg>`;
}

/** One milestone a row, date above label: readable at 375 px without zooming. */
function narrowSvg(tl) {
  const shown = tl.milestones.filter((m) => !m.kind.startsWith('adb') && m.kind !== 'extract-visible-until');
  const H = 48;
  const rows = shown
    .map((m, k) => {
      const y = 20 + k * H;
      return `<circle cx="14" cy="${y}" r="6" fill="#b3261e"/><text x="30" y="${y + 5}" font-size="15" font-weight="700">${esc(swissDate(m.date))}</text>${label('fr', m.label.fr, `x="30" y="${y + 24}" font-size="14"`)}${label('en', m.label.en, `x="30" y="${y + 24}" font-size="14"`)}`;
    })
    .join('\n');
  return `<svg class="timeline-narrow" role="img" aria-labelledby="tl-caption" viewBox="0 0 390 ${shown.length * H + 10}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">
<line x1="14" y1="20" x2="14" y2="${20 + (shown.length - 1) * H}" stroke="#1d2330" stroke-width="2"/>
${rows}
</svg>`;
}

/** The example case in words, from TIMELINE_CASE itself. */
function caption(lang) {
  const c = TIMELINE_CASE;
  const d = (iso) => longDate(iso, lang);
  const [p] = c.opposition.proceedings;
  const text =
    lang === 'fr'
      ? `Commandement de payer notifié le ${d(c.notifiedOn)}, opposition formée le ${d(c.opposition.filedOn)} et levée au terme d’une procédure du ${d(p.from)} au ${d(p.to)}, saisie le ${d(c.seizure.seizedOn)} : délais du débiteur, fenêtre de continuation, saisie et fenêtre de vente, féries comprises.`
      : `Payment order served on ${d(c.notifiedOn)}, opposition filed on ${d(c.opposition.filedOn)} and lifted after proceedings from ${d(p.from)} to ${d(p.to)}, seizure on ${d(c.seizure.seizedOn)}: the debtor’s time limits, the continuation window, the seizure and the sale window, féries included.`;
  return `<span lang="${lang}">${esc(text)}</span>`;
}

export function timelinePage(ctx) {
  const tl = ctx.lib.caseTimeline(TIMELINE_CASE);
  const rows = tl.milestones
    .map((m) => `<tr><td>${dateHtml(m.date)}</td><td>${t(m.label)}</td><td>${ctx.cite(m.citation)}</td></tr>`)
    .join('\n');
  const periods = tl.periods.map((p) => `<li>${t(p.name)} : ${dateHtml(p.from)} – ${dateHtml(p.to)}</li>`).join('');
  return page({
    title: { fr: 'Chronologie d’une poursuite', en: 'Timeline of an enforcement' },
    path: 'timeline.html',
    body: `<h1>${T('Chronologie d’une poursuite', 'Timeline of an enforcement')}</h1>
<p class="lead" id="tl-caption">${caption('fr')}${caption('en')}</p>
<figure class="timeline">${wideSvg(tl)}${narrowSvg(tl)}</figure>
<div class="table-wrap"><table><thead><tr><th scope="col">${T('Date', 'Date')}</th><th scope="col">${T('Étape', 'Milestone')}</th><th scope="col">${T('Source', 'Source')}</th></tr></thead><tbody>
${rows}
</tbody></table></div>
<h2>${T('Périodes', 'Periods')}</h2><ul>${periods}</ul>
<p><a href="playground.html#timeline-heading">${T('Calculer la chronologie d’un autre dossier, et l’exporter dans un agenda (.ics)', 'Compute another case’s timeline, and export it to a calendar (.ics)')}</a></p>`,
  });
}
