// An error of the SDK as the form's list of issues, in both languages, its field marked invalid.
import { $, bi, el } from './dom.js';

/** The field whose input path starts the issue's path (a JSON pointer into the SDK's input). */
function fieldOf(path, fields) {
  const match = Object.keys(fields)
    .filter((prefix) => path === prefix || path.startsWith(`${prefix}/`))
    .sort((a, b) => b.length - a.length)[0];
  return match === undefined ? null : fields[match];
}

// The playground's per-function bundles each carry their own error classes (lpRules.errorClasses); the
// whole browser build has one pair, on lpRules itself.
const isA = (error, name) => (globalThis.lpRules.errorClasses ?? [globalThis.lpRules]).some((classes) => error instanceof classes[name]);

export function describeError(error, fields) {
  if (isA(error, 'LpInputError')) {
    for (const issue of error.issues) {
      const field = fieldOf(issue.path, fields);
      if (field !== null) $(field).setAttribute('aria-invalid', 'true');
    }
    return [
      el('p', null, ...bi({ fr: 'Entrée invalide :', en: 'Invalid input:' })),
      el('ul', { class: 'issues' }, ...error.issues.map((issue) => el('li', { 'data-code': issue.code, 'data-path': issue.path }, ...bi(issue.message), ' ', el('code', { class: 'muted' }, issue.path || '/')))),
    ];
  }
  if (isA(error, 'LpError')) return [el('p', { 'data-code': error.code }, ...bi(error.messages))];
  const message = error instanceof Error ? error.message : String(error);
  return [el('p', { 'data-code': 'UNEXPECTED' }, ...bi({ fr: `Erreur inattendue : ${message}`, en: `Unexpected error: ${message}` }))];
}
