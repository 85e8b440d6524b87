// Small DOM helpers of the pages' script: elements built from data (never parsed as HTML).

export const $ = (id) => {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`site: #${id} is missing`);
  return found;
};

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
  return node;
}

/** A FR/EN text as the site renders it: two spans, the stylesheet shows one. */
export const bi = (text) => [el('span', { lang: 'fr' }, text.fr), el('span', { lang: 'en' }, text.en)];

export const lang = () => (document.documentElement.dataset.lang === 'en' ? 'en' : 'fr');
