// The search page: the index (window.LP_SEARCH_INDEX, generated from the norm files) searched as the
// reader types; every word must be found, accents and case ignored; titles rank first.
import { $, bi, el } from './dom.js';

const KINDS = {
  family: { fr: 'Famille de normes', en: 'Norm family' },
  rule: { fr: 'Règle', en: 'Rule' },
  parameter: { fr: 'Paramètre', en: 'Parameter' },
  interpretation: { fr: 'Interprétation', en: 'Interpretation' },
  guide: { fr: 'Guide technique', en: 'Technical guide' },
};

/** Lower case, accents and the thousands apostrophe removed: "Montant de BASE 1'700" ~ "montant de base 1700". */
export const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '').toLowerCase();

/** The entries matching every word of the query, best first. */
export function search(index, query) {
  const words = fold(query).split(/[^a-z0-9._/-]+/).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const scored = [];
  for (const entry of index) {
    const title = fold(`${entry.title.fr} ${entry.title.en}`);
    const all = `${title} ${fold(entry.text)}`;
    if (!words.every((w) => all.includes(w))) continue;
    const inTitle = words.filter((w) => title.includes(w)).length;
    scored.push({ entry, score: inTitle * 10 + (entry.kind === 'parameter' ? 2 : entry.kind === 'rule' ? 1 : 0) });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.entry);
}

export function startSearch() {
  const input = document.getElementById('search-q');
  if (input === null || !Array.isArray(window.LP_SEARCH_INDEX)) return;
  const index = window.LP_SEARCH_INDEX;
  const render = () => {
    const found = search(index, input.value).slice(0, 50);
    const q = input.value.trim();
    $('search-count').replaceChildren(...(q === '' ? [] : bi({ fr: `${found.length} résultat(s) pour « ${q} »`, en: `${found.length} result(s) for “${q}”` })));
    $('search-results').replaceChildren(
      ...found.map((e) =>
        el('li', { 'data-kind': e.kind }, el('span', { class: 'kind' }, ...bi(KINDS[e.kind])), el('br'), el('a', { href: e.url }, ...bi(e.title)), ' — ', el('span', { class: 'muted' }, ...bi(e.detail))),
      ),
    );
  };
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  input.addEventListener('input', render);
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    } catch {
      /* some file:// setups refuse it: the results are shown all the same */
    }
    render();
  });
  render();
  document.documentElement.dataset.search = 'ready';
}
