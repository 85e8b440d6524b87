// The playground: the SDK (window.lpRules, assets/lp-rules.browser.js) run in the page on what the reader
// types in Swiss form — a service's time limits, a case timeline exported as .ics, a household's
// minimum vital and seizable part with its printable décompte and reasoning paragraph, a payment.
import { chf, longDate, swissDateToIso } from '../swiss.js';
import { citeNode, lawyerText } from './cite.js';
import { $, bi, el, lang } from './dom.js';
import { amountOf, dateOf, filled, restore, wire } from './forms.js';
import { timelineIcs } from './ics.js';
import { itemLabel } from './labels.js';
import { motivation } from './motivation.js';

const sdk = () => globalThis.lpRules;

/** A date as the page shows it: "jeudi 31 décembre 2026" in <time>, both languages. */
const dateNode = (iso) => el('time', { datetime: iso }, ...bi({ fr: longDate(iso, 'fr'), en: longDate(iso, 'en') }));
const setDate = (id, iso) => {
  $(id).setAttribute('datetime', iso);
  $(id).replaceChildren(...bi({ fr: longDate(iso, 'fr'), en: longDate(iso, 'en') }));
};
const setMoney = (id, decimal) => {
  $(id).dataset.value = decimal;
  $(id).textContent = chf(decimal);
};

const EXTENSION_REASONS = {
  saturday: { fr: 'samedi : reporté au prochain jour ouvrable', en: 'Saturday: moved to the next working day' },
  sunday: { fr: 'dimanche : reporté au prochain jour ouvrable', en: 'Sunday: moved to the next working day' },
  holiday: { fr: 'jour férié : reporté au prochain jour ouvrable', en: 'public holiday: moved to the next working day' },
  feries: { fr: 'féries : prolongé au 3e jour utile', en: 'féries: extended to the 3rd working day' },
};

function renderExtensions(id, extensions) {
  $(id).replaceChildren(
    ...(extensions.length === 0
      ? [el('li', { class: 'muted' }, ...bi({ fr: 'Aucun report ni prolongation.', en: 'No shift or extension.' }))]
      : extensions.map((x) => el('li', { 'data-reason': x.reason }, ...bi(EXTENSION_REASONS[x.reason] ?? { fr: x.reason, en: x.reason }), x.name ? [' (', el('span', { lang: 'fr-CH' }, x.name), ')'] : null, ' → ', dateNode(x.until)))),
  );
}

/** The reasoning, step by step, each with its source. */
function renderTrace(id, steps) {
  $(id).replaceChildren(...steps.map((step) => el('li', { 'data-rule': step.rule }, ...bi(step.text), ' — ', citeNode(step.citation))));
}

// 1. Service of the payment order → time limits to oppose and to pay.
function startService() {
  const run = wire(
    { form: 'service-form', errors: 'service-errors', result: 'service-result', link: 'service-link', fields: { '/notifiedOn': 'service-date', '/notifiedAt': 'service-time', '/canton': 'service-canton' } },
    () => {
      const input = { notifiedOn: dateOf('service-date'), canton: $('service-canton').value };
      if (filled('service-time')) input.notifiedAt = $('service-time').value.trim().replace(/^(\d{1,2})\s*h\s*(\d{2})$/, (_, h, m) => `${h.padStart(2, '0')}:${m}`);
      const opposition = sdk().oppositionDeadline(input);
      const payment = sdk().paymentDeadline(input);
      setDate('opposition-effective-from', opposition.effectiveFrom);
      setDate('opposition-last-day', opposition.lastDay);
      renderExtensions('opposition-extensions', opposition.extensions);
      renderTrace('opposition-trace', opposition.trace);
      setDate('payment-deadline-last-day', payment.lastDay);
      setDate('payment-deadline-continuation', payment.earliestContinuationOn);
      renderExtensions('payment-deadline-extensions', payment.extensions);
      renderTrace('payment-deadline-trace', payment.trace);
    },
  );
  return run;
}

// 2. A case → its timeline, and the same as an .ics file.
let icsUrl = null;
function startTimeline() {
  return wire(
    {
      form: 'timeline-form',
      errors: 'timeline-errors',
      result: 'timeline-result',
      link: 'timeline-link',
      fields: { '/notifiedOn': 'timeline-notified', '/opposition/filedOn': 'timeline-opposition', '/opposition/status': 'timeline-status', '/seizure/seizedOn': 'timeline-seized', '/seizure/asset': 'timeline-asset' },
    },
    () => {
      const input = { notifiedOn: dateOf('timeline-notified') };
      if (filled('timeline-opposition')) input.opposition = { filedOn: dateOf('timeline-opposition'), status: $('timeline-status').value };
      if (filled('timeline-seized')) input.seizure = { seizedOn: dateOf('timeline-seized'), asset: $('timeline-asset').value };
      const timeline = sdk().caseTimeline(input);
      $('timeline-milestones').replaceChildren(
        ...timeline.milestones.map((m) => el('tr', { 'data-kind': m.kind, 'data-date': m.date }, el('td', null, dateNode(m.date)), el('td', null, ...bi(m.label)), el('td', null, citeNode(m.citation)))),
      );
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      const ics = timelineIcs(timeline, input, { stamp, cite: (c) => lawyerText(c).text, lang: lang() });
      if (icsUrl) URL.revokeObjectURL(icsUrl);
      icsUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      $('timeline-ics').href = icsUrl;
      $('timeline-ics').download = `poursuite-${input.notifiedOn}.ics`;
    },
  );
}

// 3. A household → minimum vital, seizable part, décompte and reasoning.
const HOUSEHOLD_FIELDS = {
  '/asOf': 'household-asof',
  '/household/type': 'household-type',
  '/household/children': 'household-children',
  '/expenses/rent': 'household-rent',
  '/expenses/healthInsurance': 'household-health',
  '/expenses/professional': 'household-professional',
  '/netIncome': 'household-income',
  '/spouseNetIncome': 'household-spouse-income',
};
let lastHousehold = null;

function computeHousehold() {
  const children = $('household-children').value.split(/[\s,;]+/).filter((d) => d !== '').map((d) => ({ birthDate: swissOrRaw(d) }));
  const expenses = {};
  if (filled('household-rent')) expenses.rent = amountOf('household-rent');
  if (filled('household-health')) expenses.healthInsurance = [amountOf('household-health')];
  if (filled('household-professional')) expenses.professional = [amountOf('household-professional')];
  const asOf = dateOf('household-asof');
  const type = $('household-type').value;
  const minimum = sdk().computeMinimumVital({ asOf, household: { type, ...(children.length ? { children } : {}) }, expenses });
  const quotaInput = { netIncome: amountOf('household-income'), minimumVital: minimum.total, asOf };
  if (filled('household-spouse-income')) quotaInput.spouseNetIncome = amountOf('household-spouse-income');
  const quota = sdk().seizableQuota(quotaInput);
  const result = quota.trace.find((s) => s.rule.endsWith('.result'))?.values ?? {};
  lastHousehold = { minimum, quota, asOf, type, netIncome: result.netIncome ?? quotaInput.netIncome, spouseNetIncome: result.spouseNetIncome ?? null };
  renderHousehold(lastHousehold);
}
const swissOrRaw = (text) => swissDateToIso(text) ?? text;

function renderHousehold(h) {
  const { minimum, quota } = h;
  setMoney('household-total', minimum.total);
  setMoney('household-seizable', quota.seizable);
  setMoney('household-debtor-share', quota.debtorShareOfMinimum);
  $('household-norms-version').textContent = minimum.normsVersion;
  const rows = () => minimum.breakdown.map((b) => el('tr', { 'data-item': b.item }, el('th', { scope: 'row' }, ...bi(itemLabel(b.item))), el('td', { class: 'num', 'data-value': b.amount }, chf(b.amount)), el('td', null, citeNode(b.citation))));
  $('household-breakdown').replaceChildren(...rows());
  renderTrace('household-minimum-trace', minimum.trace);
  renderTrace('household-quota-trace', quota.trace);
  // The décompte: one A4 page, what a file needs.
  const typeOption = $('household-type').selectedOptions[0];
  $('decompte-household').replaceChildren(...bi({ fr: typeOption.dataset.fr, en: typeOption.dataset.en }), childrenText(minimum.trace));
  $('decompte-asof').replaceChildren(dateNode(h.asOf));
  $('decompte-made').replaceChildren(dateNode(todayInZurich()));
  $('decompte-edition').textContent = minimum.normsVersion;
  $('decompte-breakdown').replaceChildren(...rows());
  setMoney('decompte-total', minimum.total);
  setMoney('decompte-income', h.netIncome);
  $('decompte-spouse-row').hidden = h.spouseNetIncome === null;
  if (h.spouseNetIncome !== null) setMoney('decompte-spouse-income', h.spouseNetIncome);
  setMoney('decompte-share', quota.debtorShareOfMinimum);
  setMoney('decompte-seizable', quota.seizable);
  renderMotivation();
}

function childrenText(trace) {
  const ages = trace.filter((s) => /\.child-(younger|older|adult)$/.test(s.rule) && s.values?.ageYears !== undefined).map((s) => s.values.ageYears);
  if (ages.length === 0) return '';
  return el('span', null, ' — ', ...bi({ fr: `${ages.length} enfant(s) de ${ages.join(', ')} ans`, en: `${ages.length} child(ren) aged ${ages.join(', ')}` }));
}

function renderMotivation() {
  if (lastHousehold === null) return;
  const l = lang();
  $('household-motivation').value = motivation(lastHousehold, { lang: l, label: itemLabel, cite: (c) => lawyerText(c).text });
  $('household-motivation').lang = l;
}

const todayInZurich = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Zurich' }).format(new Date());

function startHousehold() {
  const run = wire({ form: 'household-form', errors: 'household-errors', result: 'household-result', link: 'household-link', fields: HOUSEHOLD_FIELDS }, computeHousehold);
  $('household-print').addEventListener('click', () => window.print());
  $('household-copy').addEventListener('click', () => copy('household-motivation', 'household-copy-status'));
  new MutationObserver(renderMotivation).observe(document.documentElement, { attributes: true, attributeFilter: ['data-lang'] });
  return run;
}

async function copy(id, status) {
  const text = $(id).value;
  try {
    await navigator.clipboard.writeText(text);
    $(status).replaceChildren(...bi({ fr: 'Copié.', en: 'Copied.' }));
  } catch {
    $(id).select();
    $(status).replaceChildren(...bi({ fr: 'Texte sélectionné : copiez-le (Ctrl+C).', en: 'Text selected: copy it (Ctrl+C).' }));
  }
}

// 4. An online payment → accepted or refused, with the reasons.
function startPayment() {
  const showCard = () => {
    const card = $('payment-method').value === 'card';
    $('payment-card').hidden = !card;
    $('payment-card').disabled = !card;
  };
  $('payment-method').addEventListener('change', showCard);
  showCard();
  return wire(
    {
      form: 'payment-form',
      errors: 'payment-errors',
      result: 'payment-result',
      link: 'payment-link',
      fields: { '/office': 'payment-office', '/amount': 'payment-amount', '/target': 'payment-target-kind', '/target/balance': 'payment-balance', '/method': 'payment-method', '/method/brand': 'payment-card-brand', '/method/funding': 'payment-card-funding' },
    },
    () => {
      showCard();
      const method = $('payment-method').value;
      const input = {
        office: $('payment-office').value,
        amount: amountOf('payment-amount'),
        method: method === 'card' ? { type: 'card', brand: $('payment-card-brand').value, funding: $('payment-card-funding').value } : { type: method },
      };
      if ($('payment-target-kind').value !== '') input.target = { kind: $('payment-target-kind').value, balance: amountOf('payment-balance') };
      const result = sdk().validatePayment(input);
      $('payment-decision').dataset.accepted = String(result.accepted);
      $('payment-decision').replaceChildren(...bi(result.accepted ? { fr: 'Paiement accepté', en: 'Payment accepted' } : { fr: 'Paiement refusé', en: 'Payment refused' }));
      $('payment-balance-after').replaceChildren(result.balanceAfter ? chf(result.balanceAfter) : '—');
      $('payment-reasons').replaceChildren(
        ...(result.reasons.length === 0
          ? [el('li', { class: 'muted' }, ...bi({ fr: 'Aucun motif de refus.', en: 'No reason to refuse.' }))]
          : result.reasons.map((r) => el('li', { 'data-code': r.code }, ...bi(r.message), ' — ', citeNode(r.citation)))),
      );
      renderTrace('payment-trace', result.trace);
    },
  );
}

export function startPlayground() {
  if (document.getElementById('household-form') === null) return;
  if (!globalThis.lpRules) throw new Error('playground: assets/lp-rules.browser.js did not load');
  const forms = [
    ['service-form', startService()],
    ['timeline-form', startTimeline()],
    ['household-form', startHousehold()],
    ['payment-form', startPayment()],
  ];
  // The examples in the forms are computed at once; a permalink's form is filled from the URL first.
  let linked = null;
  for (const [id, run] of forms) {
    if (restore(id)) linked = id;
    run(false);
  }
  if (linked) $(linked).scrollIntoView();
  document.documentElement.dataset.playground = 'ready';
}

