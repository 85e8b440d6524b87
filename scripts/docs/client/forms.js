// The playground's forms: read in Swiss form, computed by the SDK, errors shown under the form, and the
// form's state kept in the URL (?f=<form>&<field>=<value>…) so that a link reproduces the computation.
import { parseSwissAmount, swissDateToIso } from '../swiss.js';
import { $ } from './dom.js';
import { describeError } from './errors.js';

/** A date field's value for the SDK: "01.06.2026" → "2026-06-01"; anything else as typed, for the SDK to judge. */
export const dateOf = (id) => swissDateToIso($(id).value) ?? $(id).value.trim();
/** An amount field's value for the SDK: "1'234.50" → "1234.50"; anything else as typed, for the SDK to judge. */
export const amountOf = (id) => parseSwissAmount($(id).value) ?? $(id).value.trim();
export const filled = (id) => $(id).value.trim() !== '';

/** The URL of the page with this form's fields (by name), without the other forms'. */
export function permalinkOf(form) {
  const q = new URLSearchParams({ f: form.id.replace(/-form$/, '') });
  for (const control of form.elements) {
    if (control.name && !control.disabled && control.value.trim() !== '') q.set(control.name, control.value.trim());
  }
  return `${location.href.split(/[?#]/)[0]}?${q}`;
}

/** The fields of the form the URL names, filled from it; true when there was one. */
export function restore(formId) {
  const q = new URLSearchParams(location.search);
  if (q.get('f') !== formId.replace(/-form$/, '')) return false;
  const form = $(formId);
  for (const control of form.elements) {
    if (!control.name) continue;
    control.value = q.get(control.name) ?? (control.tagName === 'SELECT' ? control.value : '');
  }
  return true;
}

/**
 * Wires a form: on submit (and when `now`), `compute()` runs; its error becomes the form's issue list.
 * `fields` maps JSON pointers of the SDK's input to field ids.
 */
export function wire({ form, errors, result, fields, link }, compute) {
  const run = (record) => {
    const box = $(errors);
    box.hidden = true;
    box.replaceChildren();
    for (const id of Object.values(fields)) $(id).removeAttribute('aria-invalid');
    try {
      compute();
      $(result).hidden = false;
      if (link) {
        const url = permalinkOf($(form));
        $(link).value = url;
        if (record) {
          try {
            history.replaceState(null, '', url);
          } catch {
            /* a file:// page may refuse: the link field still has it */
          }
        }
      }
    } catch (error) {
      $(result).hidden = true;
      box.append(...describeError(error, fields));
      box.hidden = false;
    }
  };
  $(form).addEventListener('submit', (event) => {
    event.preventDefault();
    run(true);
  });
  return run;
}
