// The playground's script, inlined into docs/playground.html by scripts/build-playground.mjs: it runs the
// browser build of lp-rules in the page. Plain DOM, no framework, nothing logged: every error the SDK
// throws is shown in the page, under the form that caused it.
import {
  LpError,
  LpInputError,
  computeMinimumVital,
  oppositionDeadline,
  paymentDeadline,
  seizableQuota,
  validatePayment,
} from './assets/lp-rules.browser.js';

const $ = (id) => {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`playground: #${id} is missing`);
  return found;
};

/** An element with attributes and children (strings become text: data is never parsed as HTML). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
  return node;
}

/** A FR/EN text as the documentation renders it: two spans, the stylesheet shows one. */
const bi = (text) => [el('span', { lang: 'fr' }, text.fr), el('span', { lang: 'en' }, text.en)];

const LONG_DATE = {
  fr: new Intl.DateTimeFormat('fr-CH', { dateStyle: 'full', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }),
};

/** An ISO date as a <time>: the ISO text itself, then the long date in both languages. */
function setDate(id, iso) {
  const node = $(id);
  node.setAttribute('datetime', iso);
  node.textContent = iso;
  const long = $(`${id}-long`);
  const day = new Date(`${iso}T00:00:00Z`);
  long.replaceChildren(...(Number.isNaN(day.getTime()) ? [] : bi({ fr: LONG_DATE.fr.format(day), en: LONG_DATE.en.format(day) })));
}

const EXTENSION_REASONS = {
  saturday: { fr: 'samedi : reporté au prochain jour ouvrable', en: 'Saturday: moved to the next working day' },
  sunday: { fr: 'dimanche : reporté au prochain jour ouvrable', en: 'Sunday: moved to the next working day' },
  holiday: { fr: 'jour férié : reporté au prochain jour ouvrable', en: 'public holiday: moved to the next working day' },
  feries: { fr: 'féries : prolongé au 3e jour utile (LP 63)', en: 'closed period (féries): extended to the 3rd working day (LP 63)' },
};

function renderExtensions(id, extensions) {
  const list = $(id);
  if (extensions.length === 0) {
    list.replaceChildren(el('li', { class: 'muted' }, ...bi({ fr: 'Aucun report ni prolongation.', en: 'No shift or extension.' })));
    return;
  }
  list.replaceChildren(
    ...extensions.map((x) =>
      el(
        'li',
        { 'data-reason': x.reason },
        ...bi(EXTENSION_REASONS[x.reason] ?? { fr: x.reason, en: x.reason }),
        // Names of holidays and féries come from the Geneva sources, in French, shown in both languages.
        x.name ? [' (', el('span', { lang: 'fr-CH' }, x.name), ')'] : null,
        ' → ',
        el('time', { datetime: x.until }, x.until),
      ),
    ),
  );
}

/** The values a trace step recorded, folded: the text already says what they mean. */
function valuesOf(values) {
  const entries = Object.entries(values ?? {});
  if (entries.length === 0) return null;
  return el(
    'details',
    { class: 'values' },
    el('summary', null, ...bi({ fr: 'valeurs', en: 'values' })),
    el('dl', null, ...entries.flatMap(([k, v]) => [el('dt', null, el('code', null, k)), el('dd', null, el('code', null, v === null ? 'null' : String(v)))])),
  );
}

function renderTrace(id, steps) {
  $(id).replaceChildren(
    ...steps.map((step) =>
      el(
        'li',
        { 'data-rule': step.rule },
        el('code', { class: 'rule-id' }, step.rule),
        ' ',
        el('span', { class: 'citation' }, step.citation),
        el('br'),
        ...bi(step.text),
        valuesOf(step.values),
      ),
    ),
  );
}

/** Runs one form's computation; an error of the SDK becomes the form's list of issues, never an exception. */
function submitWith(form, { errors, result, fields }, compute) {
  $(form).addEventListener('submit', (event) => {
    event.preventDefault();
    run({ errors, result, fields }, compute);
  });
}

function run({ errors, result, fields }, compute) {
  const box = $(errors);
  box.hidden = true;
  box.replaceChildren();
  for (const id of Object.values(fields)) $(id).removeAttribute('aria-invalid');
  try {
    compute();
    $(result).hidden = false;
  } catch (error) {
    $(result).hidden = true;
    box.append(...describeError(error, fields));
    box.hidden = false;
  }
}

/** The first field whose input path starts the issue's path (a JSON pointer into the SDK's input). */
function fieldOf(path, fields) {
  const match = Object.keys(fields)
    .filter((prefix) => path === prefix || path.startsWith(`${prefix}/`))
    .sort((a, b) => b.length - a.length)[0];
  return match === undefined ? null : fields[match];
}

function describeError(error, fields) {
  if (error instanceof LpInputError) {
    for (const issue of error.issues) {
      const field = fieldOf(issue.path, fields);
      if (field !== null) $(field).setAttribute('aria-invalid', 'true');
    }
    return [
      el('p', null, ...bi({ fr: 'Entrée invalide :', en: 'Invalid input:' })),
      el(
        'ul',
        { class: 'issues' },
        ...error.issues.map((issue) =>
          el('li', { 'data-code': issue.code, 'data-path': issue.path }, el('code', { class: 'path' }, issue.path || '/'), ' ', el('code', { class: 'code' }, issue.code), ' — ', ...bi(issue.message)),
        ),
      ),
    ];
  }
  if (error instanceof LpError) {
    return [el('p', { 'data-code': error.code }, el('code', { class: 'code' }, error.code), ' — ', ...bi(error.messages))];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [el('p', { 'data-code': 'UNEXPECTED' }, ...bi({ fr: `Erreur inattendue : ${message}`, en: `Unexpected error: ${message}` }))];
}

const text = (id) => $(id).value.trim();

// 1. Service of the payment order → opposition and payment deadlines.
const serviceForm = {
  errors: 'service-errors',
  result: 'service-result',
  fields: { '/notifiedOn': 'service-date', '/notifiedAt': 'service-time', '/canton': 'service-canton' },
};
function computeService() {
  const input = { notifiedOn: text('service-date'), canton: $('service-canton').value };
  if (text('service-time') !== '') input.notifiedAt = text('service-time').slice(0, 5);
  const opposition = oppositionDeadline(input);
  const payment = paymentDeadline(input);
  setDate('opposition-effective-from', opposition.effectiveFrom);
  setDate('opposition-nominal-end', opposition.nominalEnd);
  setDate('opposition-last-day', opposition.lastDay);
  renderExtensions('opposition-extensions', opposition.extensions);
  renderTrace('opposition-trace', opposition.trace);
  setDate('payment-deadline-last-day', payment.lastDay);
  setDate('payment-deadline-continuation', payment.earliestContinuationOn);
  renderExtensions('payment-deadline-extensions', payment.extensions);
  renderTrace('payment-deadline-trace', payment.trace);
}
submitWith('service-form', serviceForm, computeService);

// 2. An online payment → accepted or refused, with the reasons.
const paymentForm = {
  errors: 'payment-errors',
  result: 'payment-result',
  fields: {
    '/office': 'payment-office',
    '/at': 'payment-at',
    '/amount': 'payment-amount',
    '/target': 'payment-target-kind',
    '/target/balance': 'payment-balance',
    '/method': 'payment-method',
    '/method/brand': 'payment-card-brand',
    '/method/funding': 'payment-card-funding',
    '/issuerResponse': 'payment-issuer-response',
  },
};
function showCardFields() {
  const card = $('payment-method').value === 'card';
  $('payment-card').hidden = !card;
  $('payment-card').disabled = !card;
}
$('payment-method').addEventListener('change', showCardFields);
function computePayment() {
  const method = $('payment-method').value;
  const input = {
    office: $('payment-office').value,
    amount: text('payment-amount'),
    method: method === 'card' ? { type: 'card', brand: $('payment-card-brand').value, funding: $('payment-card-funding').value } : { type: method },
  };
  if (text('payment-at') !== '') input.at = text('payment-at');
  if ($('payment-target-kind').value !== '') input.target = { kind: $('payment-target-kind').value, balance: text('payment-balance') };
  if ($('payment-issuer-response').value !== '') input.issuerResponse = $('payment-issuer-response').value;
  const result = validatePayment(input);
  const decision = $('payment-decision');
  decision.dataset.accepted = String(result.accepted);
  decision.replaceChildren(...bi(result.accepted ? { fr: 'Paiement accepté', en: 'Payment accepted' } : { fr: 'Paiement refusé', en: 'Payment refused' }));
  const kind = { full: { fr: 'solde entier', en: 'whole balance' }, partial: { fr: 'acompte', en: 'instalment' } }[result.kind];
  $('payment-kind').replaceChildren(...(kind ? bi(kind) : ['—']));
  $('payment-balance-after').textContent = result.balanceAfter ?? '—';
  $('payment-reasons').replaceChildren(
    ...(result.reasons.length === 0
      ? [el('li', { class: 'muted' }, ...bi({ fr: 'Aucun motif de refus.', en: 'No reason to refuse.' }))]
      : result.reasons.map((r) =>
          el('li', { 'data-code': r.code, 'data-rule': r.rule }, el('code', { class: 'code' }, r.code), ' ', el('span', { class: 'citation' }, r.citation), el('br'), ...bi(r.message)),
        )),
  );
  renderTrace('payment-trace', result.trace);
}
submitWith('payment-form', paymentForm, computePayment);

// 3. A household → minimum vital (LP 93) and the seizable part of the income.
const ITEMS = {
  base: { fr: 'Montant de base', en: 'Base amount' },
  children: { fr: 'Enfants', en: 'Children' },
  rent: { fr: 'Loyer', en: 'Rent' },
  healthInsurance: { fr: 'Assurance-maladie', en: 'Health insurance' },
  professional: { fr: 'Frais professionnels', en: 'Professional costs' },
  alimony: { fr: 'Contributions d’entretien', en: 'Maintenance payments' },
  childcare: { fr: 'Frais de garde', en: 'Childcare' },
  education: { fr: 'Frais de formation', en: 'Education' },
};
const householdForm = {
  errors: 'household-errors',
  result: 'household-result',
  fields: {
    '/asOf': 'household-asof',
    '/household/type': 'household-type',
    '/household/children': 'household-children',
    '/expenses/rent': 'household-rent',
    '/expenses/healthInsurance': 'household-health',
    '/netIncome': 'household-income',
  },
};
function computeHousehold() {
  const children = text('household-children').split(/[\s,;]+/).filter((d) => d !== '');
  const expenses = {};
  if (text('household-rent') !== '') expenses.rent = text('household-rent');
  if (text('household-health') !== '') expenses.healthInsurance = [text('household-health')];
  const asOf = text('household-asof');
  const minimum = computeMinimumVital({
    asOf,
    household: { type: $('household-type').value, ...(children.length > 0 ? { children: children.map((birthDate) => ({ birthDate })) } : {}) },
    expenses,
  });
  const quota = seizableQuota({ netIncome: text('household-income'), minimumVital: minimum.total, asOf });
  $('household-total').textContent = minimum.total;
  $('household-norms-version').textContent = minimum.normsVersion;
  $('household-breakdown').replaceChildren(
    ...minimum.breakdown.map((b) =>
      el('tr', { 'data-item': b.item }, el('td', null, ...bi(ITEMS[b.item] ?? { fr: b.item, en: b.item })), el('td', { class: 'amount' }, b.amount), el('td', { class: 'citation' }, b.citation)),
    ),
  );
  $('household-seizable').textContent = quota.seizable;
  $('household-debtor-share').textContent = quota.debtorShareOfMinimum;
  renderTrace('household-minimum-trace', minimum.trace);
  renderTrace('household-quota-trace', quota.trace);
}
submitWith('household-form', householdForm, computeHousehold);

// Options cannot hold two spans: their text follows the language switch instead.
function localize() {
  const lang = document.documentElement.dataset.lang === 'en' ? 'en' : 'fr';
  document.documentElement.lang = lang;
  document.title = lang === 'en' ? 'Playground — lp-rules' : 'Essayer — lp-rules';
  for (const option of document.querySelectorAll('option[data-fr]')) {
    option.textContent = option.dataset[lang] ?? option.dataset.fr;
  }
}
new MutationObserver(localize).observe(document.documentElement, { attributes: true, attributeFilter: ['data-lang'] });
localize();

// The examples filled in the forms are computed at once, so the page opens on results.
showCardFields();
run(serviceForm, computeService);
run(paymentForm, computePayment);
run(householdForm, computeHousehold);
document.documentElement.dataset.playground = 'ready';
