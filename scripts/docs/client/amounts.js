// "Montants en vigueur": the date and household read in Swiss form, the household's base amounts asked of
// the SDK (computeMinimumVital, no supplement), the parameter rows whose period covers the date shown;
// the choice is kept in the URL, so the page can be linked.
import { chf, longDate, parseSwissDate, swissDate } from '../swiss.js';
import { citeNode } from './cite.js';
import { $, bi, el } from './dom.js';
import { describeError } from './errors.js';
import { itemLabel } from './labels.js';

/** A birth date giving an age of `years` on `iso` (28 February for a 29 February that year lacks). */
export function bornYearsBefore(iso, years) {
  const [y, m, d] = iso.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function householdInput(asOf, type, younger, older) {
  const children = [...Array(younger).fill(5), ...Array(older).fill(12)].map((age) => ({ birthDate: bornYearsBefore(asOf, age) }));
  return { asOf, household: { type, ...(children.length ? { children } : {}) } };
}

const count = (id) => Math.max(0, Math.min(12, Number.parseInt($(id).value, 10) || 0));

function show() {
  const errors = $('amounts-errors');
  errors.hidden = true;
  $('amounts-date').removeAttribute('aria-invalid');
  const asOf = parseSwissDate($('amounts-date').value);
  if (asOf === null) {
    $('amounts-date').setAttribute('aria-invalid', 'true');
    errors.replaceChildren(el('p', null, ...bi({ fr: 'Date invalide : écrivez-la jj.mm.aaaa, par exemple 01.06.2026.', en: 'Invalid date: write it dd.mm.yyyy, e.g. 01.06.2026.' })));
    errors.hidden = false;
    return;
  }
  const type = $('amounts-household').value;
  const younger = count('amounts-younger');
  const older = count('amounts-older');
  for (const row of document.querySelectorAll('#amounts-all tbody tr')) {
    row.hidden = !(row.dataset.validFrom <= asOf && (row.dataset.validTo === '' || asOf <= row.dataset.validTo));
  }
  $('amounts-all-hint').replaceChildren(...bi({ fr: `Valeurs en vigueur le ${longDate(asOf, 'fr')}.`, en: `Values in force on ${longDate(asOf, 'en')}.` }));
  $('amounts-when').replaceChildren(...bi({ fr: `au ${longDate(asOf, 'fr')}`, en: `on ${longDate(asOf, 'en')}` }));
  try {
    const result = globalThis.lpRules.computeMinimumVital(householdInput(asOf, type, younger, older));
    $('amounts-breakdown').replaceChildren(
      ...result.breakdown.map((b) => el('tr', { 'data-item': b.item }, el('th', { scope: 'row' }, ...bi(itemLabel(b.item))), el('td', { class: 'num', 'data-value': b.amount }, chf(b.amount)), el('td', null, citeNode(b.citation)))),
    );
    $('amounts-total').replaceChildren(chf(result.total));
    $('amounts-total').dataset.value = result.total;
    $('amounts-edition').replaceChildren(...bi({ fr: `Édition ${result.normsVersion}`, en: `Edition ${result.normsVersion}` }));
    $('amounts-household-result').hidden = false;
  } catch (error) {
    $('amounts-household-result').hidden = true;
    errors.replaceChildren(...describeError(error, {}));
    errors.hidden = false;
  }
  try {
    history.replaceState(null, '', `?date=${swissDate(asOf)}&menage=${encodeURIComponent(type)}&moins10=${younger}&plus10=${older}`);
  } catch {
    /* not every file:// setup allows it */
  }
}

export function startAmounts() {
  const form = document.getElementById('amounts-form');
  if (form === null) return;
  const q = new URLSearchParams(location.search);
  if (q.get('date')) $('amounts-date').value = q.get('date');
  if (q.get('menage')) $('amounts-household').value = q.get('menage');
  if (q.get('moins10')) $('amounts-younger').value = q.get('moins10');
  if (q.get('plus10')) $('amounts-older').value = q.get('plus10');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  show();
  document.documentElement.dataset.amounts = 'ready';
}
