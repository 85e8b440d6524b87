// docs/playground.html: the forms the pages' script (scripts/docs/client/playground.js) computes with the
// SDK in the page — Swiss dates (31.12.2026) and amounts (1'234.50) —, the décompte printed on one A4
// page, the reasoning paragraph, the case timeline as .ics, a permalink per form.
import { esc, page, T } from '../layout.mjs';
import { householdOptions, options } from './amounts.mjs';

const field = (id, label, control, hint) => `<div class="field"><label for="${id}">${label}</label>${control}${hint ? `<span class="hint" id="${id}-hint">${hint}</span>` : ''}</div>`;
const text = (id, name, value, describedBy, mode = 'text') =>
  `<input id="${id}" name="${name}" type="text"${mode === 'text' ? '' : ` inputmode="${mode}"`} autocomplete="off" value="${esc(value)}" aria-describedby="${describedBy}">`;
const DATE_HINT = T('jj.mm.aaaa', 'dd.mm.yyyy');
const AMOUNT_HINT = T("CHF, p. ex. 1'234.50", "CHF, e.g. 1'234.50");
const dateField = (id, name, label, value, errors) => field(id, label, text(id, name, value, `${id}-hint ${errors}`, 'numeric'), DATE_HINT);
const amountField = (id, name, label, value, errors) => field(id, label, text(id, name, value, `${id}-hint ${errors}`, 'decimal'), AMOUNT_HINT);
const select = (id, name, label, opts, errors) => field(id, label, `<select id="${id}" name="${name}" aria-describedby="${errors}">${opts}</select>`);
const linkBox = (id) => `<div class="field permalink"><label for="${id}">${T('Lien permanent vers ce calcul', 'Permanent link to this computation')}</label><input id="${id}" type="text" readonly></div>`;
const traceBlock = (id, fr, en) => `<details class="trace-block"><summary>${T(fr, en)}</summary><ol id="${id}" class="trace"></ol></details>`;
const dated = (id, fr, en, cls = '') => `<dt>${T(fr, en)}</dt><dd${cls ? ` class="${cls}"` : ''}><time id="${id}"></time></dd>`;

/** A norm file as the page lists it: an edition's family, name, status and period, or a rule set's id. */
function loadedLine(file) {
  const c = file.content ?? {};
  if (typeof c.edition === 'string') {
    const status = c.status === 'provisional' ? T('provisoire', 'provisional') : T('officielle', 'official');
    return `<li><code>${esc(c.family)}</code> — ${esc(c.edition)} (${status}), ${esc(c.validFrom)} – ${esc(c.validTo ?? '…')} <span class="muted">${esc(file.name)}</span></li>`;
  }
  return `<li><code>${esc(c.id ?? '?')}</code> <span class="muted">${esc(file.name)}</span></li>`;
}

/**
 * The norm files the page computes with (`--norms`), listed for the reader, and their content for the
 * pages' script (not executed: JSON, so the Content-Security-Policy holds; `<` escaped so no text can
 * close the element).
 */
function loadedNorms(norms) {
  if (norms.length === 0) return '';
  const json = JSON.stringify(norms).replace(/</g, '\\u003c');
  return `<aside class="notice no-print" id="loaded-norms" aria-labelledby="loaded-norms-heading">
<h2 id="loaded-norms-heading">${T('Normes chargées', 'Norms loaded')}</h2>
<p>${T('Les calculs de cette page appliquent, en plus des normes du paquet, les fichiers suivants :', 'The computations on this page apply, besides the package’s norms, the following files:')}</p>
<ul>${norms.map(loadedLine).join('')}</ul>
</aside>
<script type="application/json" id="lp-norms">${json}</script>
`;
}

/** A weight as the page shows it and the budgets count it: gzip, in kB of 1000 bytes. */
export const shownWeight = (gzipBytes) => `${(gzipBytes / 1000).toFixed(1)} kB gzip`;

/**
 * What the page loads and what each file weighs (measured by scripts/build-playground.mjs on the bytes it
 * writes): the reader sees what an integrator's bundle of the same functions costs.
 */
function weightNotice(weights) {
  const line = (w) =>
    `<li data-file="${esc(w.file)}" data-gzip-bytes="${w.gzip}"><code>${w.functions.map(esc).join('</code> + <code>')}</code> — <span class="weight">${shownWeight(w.gzip)}</span> (<code>${esc(w.file)}</code>)</li>`;
  return `<aside class="notice no-print" id="playground-weight" aria-labelledby="playground-weight-heading">
<h2 id="playground-weight-heading">${T('Poids de cette page', 'Weight of this page')}</h2>
<p>${T(
    'Chaque formulaire charge les seules fonctions qu’il appelle, comme le bundle d’un intégrateur qui les importe ; poids minifié et compressé (gzip), mesuré à la construction de la page :',
    'Each form loads only the functions it calls, as an integrator’s bundle importing them would; weight minified and compressed (gzip), measured when the page was built:',
  )}</p>
<ul>${weights.map(line).join('')}</ul>
</aside>
`;
}

/** The citations the forms' results may carry, with their addresses: the per-function bundles carry no norm catalogue. */
const carriedCitations = (citations) => `<script type="application/json" id="lp-citations">${JSON.stringify(citations).replace(/</g, '\\u003c')}</script>
`;

export function playgroundPage(ctx, cantonCodes) {
  const cantons = options(cantonCodes.map((c) => [c, c, c]), 'GE');
  return page({
    title: { fr: 'Calculer', en: 'Calculator' },
    path: 'playground.html',
    scripts: ctx.weights.map((w) => w.file.replace(/^assets\//, '')),
    styles: ['playground.css'],
    body: `<h1 class="no-print">${T('Calculer', 'Calculator')}</h1>
<p class="lead no-print">${T(
      "Les calculs tournent dans votre navigateur, sans serveur : rien de ce que vous saisissez ne quitte cette page. Dates en jj.mm.aaaa, montants en francs (1'234.50).",
      "The computations run in your browser, with no server: nothing you type leaves this page. Dates as dd.mm.yyyy, amounts in francs (1'234.50).",
    )}</p>
${weightNotice(ctx.weights)}${carriedCitations(ctx.citations)}${loadedNorms(ctx.norms ?? [])}<noscript><p>${T('Cette page a besoin de JavaScript.', 'This page needs JavaScript.')}</p></noscript>

<section class="playground no-print" aria-labelledby="household-heading">
<h2 id="household-heading">${T('Minimum vital et quotité saisissable', 'Minimum for subsistence and seizable part')}</h2>
<form id="household-form" class="panel" novalidate>
${dateField('household-asof', 'date', T('Date de référence', 'Reference date'), '01.06.2026', 'household-errors')}
${select('household-type', 'menage', T('Ménage', 'Household'), householdOptions(ctx.lib, 'single-parent'), 'household-errors')}
${field('household-children', T('Naissance des enfants', 'Children’s birth dates'), text('household-children', 'enfants', '01.03.2015', 'household-children-hint household-errors'), T('jj.mm.aaaa, séparées par des virgules ; vide si aucun', 'dd.mm.yyyy, comma-separated; empty if none'))}
${amountField('household-rent', 'loyer', T('Loyer mensuel', 'Monthly rent'), "1'800.00", 'household-errors')}
${amountField('household-health', 'lamal', T('Assurance-maladie (mois)', 'Health insurance (month)'), '450.00', 'household-errors')}
${amountField('household-professional', 'frais', T('Frais professionnels (mois)', 'Professional costs (month)'), '', 'household-errors')}
${amountField('household-income', 'revenu', T('Revenu net du débiteur (mois)', 'Debtor’s net income (month)'), "5'200.00", 'household-errors')}
${amountField('household-spouse-income', 'conjoint', T('Revenu net du conjoint (mois)', 'Spouse’s net income (month)'), '', 'household-errors')}
<button id="household-submit" type="submit">${T('Calculer', 'Compute')}</button>
</form>
<div id="household-errors" class="errors" role="alert" hidden></div>
<div id="household-result" class="result" aria-live="polite" hidden>
<dl class="facts">
<dt>${T('Minimum vital (par mois)', 'Minimum for subsistence (a month)')}</dt><dd class="answer" id="household-total"></dd>
<dt>${T('Part du débiteur au minimum vital', 'Debtor’s share of the minimum')}</dt><dd id="household-debtor-share"></dd>
<dt>${T('Quotité saisissable (par mois)', 'Seizable part (a month)')}</dt><dd class="answer" id="household-seizable"></dd>
<dt>${T('Édition des normes appliquée', 'Norms edition applied')}</dt><dd id="household-norms-version"></dd>
</dl>
<div class="table-wrap"><table><caption>${T('Composition du minimum vital', 'Breakdown of the minimum')}</caption>
<thead><tr><th scope="col">${T('Poste', 'Item')}</th><th scope="col" class="num">${T('Montant', 'Amount')}</th><th scope="col">${T('Source', 'Source')}</th></tr></thead>
<tbody id="household-breakdown"></tbody></table></div>
<p class="actions"><button id="household-print" type="button" class="primary">${T('Imprimer le décompte', 'Print the reckoning')}</button></p>
<div class="field"><label for="household-motivation">${T('Motivation (à coller dans la décision)', 'Reasoning (to paste into the decision)')}</label><textarea id="household-motivation" rows="7" readonly></textarea></div>
<p class="actions"><button id="household-copy" type="button">${T('Copier la motivation', 'Copy the reasoning')}</button> <span id="household-copy-status" aria-live="polite"></span></p>
${linkBox('household-link')}
${traceBlock('household-minimum-trace', 'Raisonnement : minimum vital', 'Reasoning: minimum for subsistence')}
${traceBlock('household-quota-trace', 'Raisonnement : quotité saisissable', 'Reasoning: seizable part')}
</div>
</section>

<section id="decompte" class="decompte" aria-labelledby="decompte-heading">
<h2 id="decompte-heading">${T('Décompte du minimum vital et de la quotité saisissable', 'Reckoning of the minimum for subsistence and the seizable part')}</h2>
<dl class="facts">
<dt>${T('Ménage', 'Household')}</dt><dd id="decompte-household"></dd>
<dt>${T('Date de référence', 'Reference date')}</dt><dd id="decompte-asof"></dd>
<dt>${T('Édition des normes', 'Norms edition')}</dt><dd id="decompte-edition"></dd>
<dt>${T('Calculé le', 'Computed on')}</dt><dd id="decompte-made"></dd>
</dl>
<div class="table-wrap"><table><thead><tr><th scope="col">${T('Poste', 'Item')}</th><th scope="col" class="num">${T('Montant mensuel', 'Monthly amount')}</th><th scope="col">${T('Source', 'Source')}</th></tr></thead>
<tbody id="decompte-breakdown"></tbody>
<tbody class="totals">
<tr><th scope="row">${T('Minimum vital', 'Minimum for subsistence')}</th><td class="num" id="decompte-total"></td><td></td></tr>
<tr><th scope="row">${T('Revenu net du débiteur', 'Debtor’s net income')}</th><td class="num" id="decompte-income"></td><td></td></tr>
<tr id="decompte-spouse-row" hidden><th scope="row">${T('Revenu net du conjoint', 'Spouse’s net income')}</th><td class="num" id="decompte-spouse-income"></td><td></td></tr>
<tr><th scope="row">${T('Part du débiteur au minimum vital', 'Debtor’s share of the minimum')}</th><td class="num" id="decompte-share"></td><td></td></tr>
<tr class="answer"><th scope="row">${T('Quotité saisissable', 'Seizable part')}</th><td class="num" id="decompte-seizable"></td><td>${T('par mois', 'a month')}</td></tr>
</tbody></table></div>
<p class="muted">${T('Établi avec lp-rules à partir des normes publiées ; à vérifier par l’autorité.', 'Prepared with lp-rules from the published norms; to be checked by the authority.')}</p>
</section>

<section class="playground no-print" aria-labelledby="service-heading">
<h2 id="service-heading">${T('Notification d’un commandement de payer', 'Service of a payment order')}</h2>
<form id="service-form" class="panel" novalidate>
${dateField('service-date', 'notifie', T('Date de notification', 'Service date'), '10.12.2026', 'service-errors')}
${field('service-time', T('Heure (facultative)', 'Time (optional)'), text('service-time', 'heure', '', 'service-time-hint service-errors', 'numeric'), T('hh:mm ; avant 7 h ou après 20 h, la notification prend effet plus tard (art. 56 LP)', 'hh:mm; before 7 am or after 8 pm, service takes effect later (art. 56 LP)'))}
${select('service-canton', 'canton', T('Canton', 'Canton'), cantons, 'service-errors')}
<button id="service-submit" type="submit">${T('Calculer', 'Compute')}</button>
</form>
<div id="service-errors" class="errors" role="alert" hidden></div>
<div id="service-result" class="result" aria-live="polite" hidden>
<h3>${T('Délai d’opposition (art. 74 al. 1 LP)', 'Time limit to oppose (art. 74 para. 1 LP)')}</h3>
<dl class="facts">${dated('opposition-effective-from', 'Notification effective le', 'Service takes effect on')}${dated('opposition-last-day', 'Dernier jour', 'Last day', 'answer')}</dl>
<ul id="opposition-extensions"></ul>
${traceBlock('opposition-trace', 'Raisonnement', 'Reasoning')}
<h3>${T('Délai de paiement (art. 69 al. 2 ch. 2 LP)', 'Time limit to pay (art. 69 para. 2 no. 2 LP)')}</h3>
<dl class="facts">${dated('payment-deadline-last-day', 'Dernier jour', 'Last day', 'answer')}${dated('payment-deadline-continuation', 'Continuation possible dès le', 'Continuation possible from')}</dl>
<ul id="payment-deadline-extensions"></ul>
${traceBlock('payment-deadline-trace', 'Raisonnement', 'Reasoning')}
${linkBox('service-link')}
</div>
</section>

<section class="playground no-print" aria-labelledby="timeline-heading">
<h2 id="timeline-heading">${T('Chronologie d’un dossier et agenda', 'A case’s timeline and calendar')}</h2>
<form id="timeline-form" class="panel" novalidate>
${dateField('timeline-notified', 'notifie', T('Notification du commandement', 'Service of the order'), '10.12.2026', 'timeline-errors')}
${field('timeline-opposition', T('Opposition formée le (facultatif)', 'Opposition filed on (optional)'), text('timeline-opposition', 'opposition', '14.12.2026', 'timeline-opposition-hint timeline-errors', 'numeric'), DATE_HINT)}
${select('timeline-status', 'statut', T('État de l’opposition', 'State of the opposition'), options([['pending', 'pendante', 'pending'], ['lifted', 'levée', 'lifted'], ['withdrawn', 'retirée', 'withdrawn']], 'lifted'), 'timeline-errors')}
${field('timeline-seized', T('Saisie exécutée le (facultatif)', 'Seizure executed on (optional)'), text('timeline-seized', 'saisie', '05.07.2027', 'timeline-seized-hint timeline-errors', 'numeric'), DATE_HINT)}
${select('timeline-asset', 'biens', T('Biens saisis', 'Assets seized'), options([['movable', 'biens mobiliers', 'movables'], ['immovable', 'immeubles', 'immovables'], ['income', 'salaire (revenu)', 'wages (income)']], 'movable'), 'timeline-errors')}
<button id="timeline-submit" type="submit">${T('Calculer', 'Compute')}</button>
</form>
<div id="timeline-errors" class="errors" role="alert" hidden></div>
<div id="timeline-result" class="result" aria-live="polite" hidden>
<div class="table-wrap"><table><thead><tr><th scope="col">${T('Date', 'Date')}</th><th scope="col">${T('Étape', 'Milestone')}</th><th scope="col">${T('Source', 'Source')}</th></tr></thead><tbody id="timeline-milestones"></tbody></table></div>
<p class="actions"><a id="timeline-ics" class="button primary" href="#timeline-heading">${T('Ajouter à l’agenda (.ics)', 'Add to calendar (.ics)')}</a> <span class="hint">${T('Outlook, Apple Calendar, Google Agenda ; rappel deux jours avant chaque dernier jour.', 'Outlook, Apple Calendar, Google Calendar; reminder two days before each last day.')}</span></p>
${linkBox('timeline-link')}
</div>
</section>

<section class="playground no-print" aria-labelledby="payment-heading">
<h2 id="payment-heading">${T('Paiement en ligne', 'Online payment')}</h2>
<form id="payment-form" class="panel" novalidate>
${select('payment-office', 'office', T('Office', 'Office'), options([['OCP', 'OCP (office cantonal des poursuites)', 'OCP (cantonal debt-enforcement office)'], ['OCPM', 'OCPM (office cantonal de la population et des migrations)', 'OCPM (cantonal population and migration office)']], 'OCP'), 'payment-errors')}
${amountField('payment-amount', 'montant', T('Montant payé', 'Amount paid'), '250.00', 'payment-errors')}
${select('payment-target-kind', 'objet', T('Objet', 'What is paid'), options([['poursuite', 'Poursuite', 'Poursuite (enforcement)'], ['adb', 'Acte de défaut de biens', 'Certificate of loss (ADB)'], ['', 'Non indiqué', 'Not given']], 'poursuite'), 'payment-errors')}
${amountField('payment-balance', 'solde', T('Solde dû', 'Balance due'), "1'000.00", 'payment-errors')}
${select('payment-method', 'moyen', T('Moyen de paiement', 'Payment method'), options([['twint', 'TWINT', 'TWINT'], ['card', 'Carte', 'Card']], 'twint'), 'payment-errors')}
<fieldset id="payment-card" hidden disabled>
<legend>${T('Carte', 'Card')}</legend>
${select('payment-card-brand', 'marque', T('Marque', 'Brand'), options([['visa', 'Visa', 'Visa'], ['mastercard', 'Mastercard', 'Mastercard'], ['maestro', 'Maestro', 'Maestro'], ['postfinance', 'PostFinance Card', 'PostFinance Card'], ['amex', 'American Express', 'American Express'], ['other', 'Autre', 'Other']], 'visa'), 'payment-errors')}
${select('payment-card-funding', 'type', T('Type', 'Type'), options([['debit', 'Débit', 'Debit'], ['credit', 'Crédit', 'Credit'], ['prepaid', 'Prépayée', 'Prepaid']], 'debit'), 'payment-errors')}
</fieldset>
<button id="payment-submit" type="submit">${T('Vérifier', 'Check')}</button>
</form>
<div id="payment-errors" class="errors" role="alert" hidden></div>
<div id="payment-result" class="result" aria-live="polite" hidden>
<p class="answer" id="payment-decision"></p>
<dl class="facts"><dt>${T('Solde après paiement', 'Balance after payment')}</dt><dd id="payment-balance-after"></dd></dl>
<ul id="payment-reasons"></ul>
${traceBlock('payment-trace', 'Raisonnement', 'Reasoning')}
${linkBox('payment-link')}
</div>
</section>`,
  });
}
