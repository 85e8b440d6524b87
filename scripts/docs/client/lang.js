// The language switch: French by default, English on demand, remembered; <html lang>, the title,
// <option>s and placeholders follow (they cannot hold two spans).
import { lang } from './dom.js';

function localize() {
  const root = document.documentElement;
  const l = lang();
  root.lang = l;
  const title = root.dataset[l === 'en' ? 'titleEn' : 'titleFr'];
  if (title) document.title = title;
  for (const node of document.querySelectorAll('[data-fr][data-en]')) node.textContent = node.dataset[l];
  for (const node of document.querySelectorAll('[data-placeholder-fr]')) node.placeholder = node.dataset[l === 'en' ? 'placeholderEn' : 'placeholderFr'];
}

export function startLanguage() {
  const root = document.documentElement;
  let saved = null;
  try {
    saved = localStorage.getItem('lp-rules-lang');
  } catch {
    /* storage refused (file://, private mode): French */
  }
  if (saved === 'en' || saved === 'fr') root.dataset.lang = saved;
  new MutationObserver(localize).observe(root, { attributes: true, attributeFilter: ['data-lang'] });
  localize();
  document.getElementById('lang-switch')?.addEventListener('click', () => {
    root.dataset.lang = lang() === 'en' ? 'fr' : 'en';
    try {
      localStorage.setItem('lp-rules-lang', root.dataset.lang);
    } catch {
      /* not remembered */
    }
  });
}

/** Call after the page's script added options or placeholders. */
export const relocalize = localize;
