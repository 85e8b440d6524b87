// A result's citation string ("LP 74 al. 1", as the SDK writes it) shown as lawyers write it, linked
// where the source has a stable address — the same naming as the generated pages (../legal.js).
import { actUrls, citationsByShortForm, lawyerCitation } from '../legal.js';
import { el } from './dom.js';

let known = null;
function data() {
  if (known === null) {
    const sets = globalThis.lpRules.ruleSets;
    // The playground's per-function bundles carry no norm catalogue: the page carries its citations (JSON).
    const carried = sets ? null : JSON.parse(document.getElementById('lp-citations').textContent);
    known = carried
      ? { urls: new Map(carried.urls), byShort: new Map(carried.byShort) }
      : { urls: actUrls(sets), byShort: citationsByShortForm(sets) };
  }
  return known;
}

/** `{ text, url }` for a short citation; unknown strings are kept as they are. */
export function lawyerText(short) {
  const { urls, byShort } = data();
  const c = byShort.get(short);
  return c ? lawyerCitation(c, urls) : { text: short };
}

export function citeNode(short) {
  const { text, url } = lawyerText(short);
  return el('cite', { class: 'citation' }, url ? el('a', { href: url, rel: 'external' }, text) : text);
}
