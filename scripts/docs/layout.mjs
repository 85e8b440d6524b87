// The frame of every page of the documentation site: French first, English on the switch (lang.js sets
// <html lang>), a search box, no inline script or style (a strict Content-Security-Policy is in the page),
// relative links only, so the site works from file:// or any static host.
import { chf, longDate, swissDate } from './swiss.js';
import { lawyerCitation, plain } from './legal.js';

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A norm file's FR/EN wording, without internal references; the stylesheet shows one language. */
export const t = (l) => `<span lang="fr">${esc(plain(l.fr))}</span><span lang="en">${esc(plain(l.en))}</span>`;
export const T = (fr, en) => t({ fr, en });

/** The policy the pages state: scripts and styles of the site only, nothing else loaded or sent. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'";

/** A date as a <time>: "jeudi 31 décembre 2026" / "Thursday 31 December 2026". */
export const dateHtml = (iso) => (iso ? `<time datetime="${esc(iso)}">${T(longDate(iso, 'fr'), longDate(iso, 'en'))}</time>` : '—');
/** A short date as a <time>: "31.12.2026". */
export const shortDateHtml = (iso) => (iso ? `<time datetime="${esc(iso)}">${esc(swissDate(iso))}</time>` : '—');
export const moneyHtml = (decimal) => `<span class="amount" data-value="${esc(decimal)}">${esc(chf(decimal))}</span>`;

/** A citation as lawyers write it, linked where the source has a stable address. */
export function citeHtml(c, urls) {
  const { text, url, title } = lawyerCitation(c, urls);
  const label = url ? `<a href="${esc(url)}" rel="external">${esc(text)}</a>` : esc(text);
  const secondary = c.provenance === 'secondary' ? ` <span class="muted">${T('(reproduction secondaire)', '(secondary reproduction)')}</span>` : '';
  return `<cite class="citation"${title ? ` title="${esc(title)}"` : ''}>${label}</cite>${secondary}`;
}

const NAV = [
  ['index.html', 'Règles', 'Rules'],
  ['montants.html', 'Montants en vigueur', 'Amounts in force'],
  ['parametres.html', 'Paramètres', 'Parameters'],
  ['interpretations.html', 'Interprétations', 'Interpretations'],
  ['timeline.html', 'Chronologie', 'Timeline'],
  ['playground.html', 'Calculer', 'Calculator'],
];

/**
 * A whole page. `title` is FR/EN; `depth` is how many folders below docs/ it sits; `scripts` the extra
 * assets it loads before site.js (the SDK, the search index).
 */
export function page({ title, body, depth = 0, path, scripts = [], styles = [] }) {
  const up = '../'.repeat(depth);
  const nav = NAV.map(([href, fr, en]) => `<a href="${up}${href}"${href === path ? ' aria-current="page"' : ''}>${T(fr, en)}</a>`).join('\n');
  return `<!doctype html>
<html lang="fr" data-lang="fr" data-title-fr="${esc(title.fr)} — lp-rules" data-title-en="${esc(title.en)} — lp-rules">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${esc(title.fr)} — lp-rules</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${up}assets/style.css">
${styles.map((s) => `<link rel="stylesheet" href="${up}assets/${s}">`).join('\n')}
${[...scripts, 'site.js'].map((s) => `<script src="${up}assets/${s}" defer></script>`).join('\n')}
</head>
<body>
<a class="skip" href="#main">${T('Aller au contenu', 'Skip to content')}</a>
<header class="site">
<a class="brand" href="${up}index.html">lp-rules <span class="muted">${T('poursuites, Genève', 'debt enforcement, Geneva')}</span></a>
<nav aria-label="${esc('Site')}">
${nav}
</nav>
<form class="search" role="search" action="${up}recherche.html" method="get">
<label for="site-q" class="sr-only">${T('Rechercher', 'Search')}</label>
<input id="site-q" name="q" type="search" autocomplete="off" data-placeholder-fr="Rechercher une règle, un montant…" data-placeholder-en="Search a rule, an amount…" placeholder="Rechercher une règle, un montant…">
<button type="submit">${T('Chercher', 'Search')}</button>
</form>
<button id="lang-switch" type="button" aria-label="English / Français">${T('English', 'Français')}</button>
</header>
<main id="main">
${body}
</main>
<footer class="site">
<p>${T(
    'Généré à partir des fichiers de normes de lp-rules : chaque montant, délai et source vient des données du paquet, jamais recopié à la main.',
    'Generated from lp-rules’ norm files: every amount, time limit and source comes from the package’s data, never copied by hand.',
  )} <a href="${up}api/index.html">${T('Référence de l’API (intégrateurs)', 'API reference (integrators)')}</a></p>
</footer>
</body>
</html>
`;
}
