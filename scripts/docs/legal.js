// Sources as lawyers name and find them, derived from the norm files' citations: "art. 74 al. 1 LP"
// linked to the article on Fedlex, "ATF 114 III 12" linked to the Federal Supreme Court's page, "NI 2026,
// rsGE E 3 60.04, ch. I.3" linked to the Geneva register. Shared by the generator and the pages' script.
import { groupThousands } from './swiss.js';

/** A federal act's article: digits and an optional letter ("8a", "149a"). */
const ARTICLE = /^(\d+)([a-z]?)$/;
const RSGE = /\(rsGE ([A-Z] \d+ [\d.]+)\)/;
const NI = /^Normes d'insaisissabilité (\d{4}) \(rsGE ([^)]+)\)$/;
const GUIDELINES = /^Lignes directrices pour le calcul du minimum d'existence en matière de poursuite \(Conférence des préposés, ([^)]+)\)$/;

/** The article's address on Fedlex (`…/fr#art_8_a`), when the act's address is a Fedlex one. */
export function fedlexArticleUrl(actUrl, article) {
  const m = ARTICLE.exec(article);
  if (!actUrl || !m || !actUrl.startsWith('https://www.fedlex.admin.ch/')) return undefined;
  return `${actUrl.replace(/#.*$/, '')}#art_${m[1]}${m[2] ? `_${m[2]}` : ''}`;
}

/** The published ATF's page on bger.ch ("114 III 12"). */
export function atfUrl(reference) {
  const m = /^(\d+) ([IV]+|Ia|Ib|V) (\d+)$/.exec(reference);
  if (!m) return undefined;
  return `https://www.bger.ch/ext/eurospider/live/fr/php/clir/http/index.php?highlight_docid=atf%3A%2F%2F${m[1]}-${m[2]}-${m[3]}%3Afr&lang=fr&type=show_document`;
}

/** The Geneva register's page of an rsGE number ("E 3 60.04" → rsg_e3_60p04.htm). */
export function rsgeUrl(number) {
  const m = /^([A-Z]) (\d+) ([\d.]+)$/.exec(number);
  if (!m) return undefined;
  return `https://silgeneve.ch/legis/data/rsg/rsg_${m[1].toLowerCase()}${m[2]}_${m[3].replace('.', 'p')}.htm`;
}

/** The acts' addresses, by document, as the norm files give them (a citation's own url wins). */
export function actUrls(ruleSets) {
  const urls = new Map();
  const visit = (c) => {
    if (c && typeof c === 'object') {
      if (typeof c.document === 'string' && typeof c.url === 'string' && !urls.has(c.document)) urls.set(c.document, c.url);
      for (const v of Object.values(c)) visit(v);
    }
  };
  for (const set of ruleSets) {
    if (set.source?.url && !urls.has(set.source.document)) urls.set(set.source.document, set.source.url);
    visit(set);
  }
  return urls;
}

/** General terms ("CG OCP") are named in full: "Conditions générales de l'OCP". */
const TERMS = /^CG /;
const termsName = (who) => (/^[AEIOU][A-Z]+$/.test(who) ? `Conditions générales de l'${who}` : /^[A-Z]+$/.test(who) ? `Conditions générales du ${who}` : `Conditions générales (${who})`);

/** The pinpoint after the article: "al. 1 ch. 2 let. d". */
const pinpoint = (c) => [c.paragraph && `al. ${c.paragraph}`, c.number && `ch. ${c.number}`, c.letter && `let. ${c.letter}`].filter(Boolean).join(' ');

/**
 * A citation as a lawyer writes and finds it: `{ text, url?, title? }` — title being the document's
 * full name where the text abbreviates it.
 */
export function lawyerCitation(c, urls = new Map()) {
  const pin = pinpoint(c);
  const actUrl = c.url ?? urls.get(c.document);
  if (c.document === 'ATF') return { text: `ATF ${c.article}${pin ? ` ${pin}` : ''}`, url: atfUrl(c.article) };
  if (c.document === 'TF') return { text: `arrêt du Tribunal fédéral ${c.article}`, title: 'TF' };
  const bare = c.article.replace(/^art\. /, '');
  if (ARTICLE.test(bare) && !TERMS.test(c.document)) {
    const document = c.document.replace(/ \((RS [\d.]+)\)$/, '');
    return { text: `art. ${bare}${pin ? ` ${pin}` : ''} ${document}`, url: fedlexArticleUrl(actUrl, bare) ?? actUrl, title: c.document };
  }
  const rsge = RSGE.exec(c.document)?.[1];
  const ni = NI.exec(c.document);
  const guidelines = GUIDELINES.exec(c.document);
  let name = c.document;
  if (ni) name = `NI ${ni[1]}, rsGE ${ni[2]}`;
  else if (rsge) name = c.document.replace(RSGE, `, rsGE ${rsge}`).replace(' ,', ',');
  else if (guidelines) name = `Lignes directrices de la Conférence des préposés du ${guidelines[1]}`;
  else if (TERMS.test(c.document)) name = termsName(c.document.slice(3));
  const article = /^(ch\.|art\.|section) /.test(c.article) ? c.article : /^[\dIVX]/.test(c.article) ? `ch. ${c.article}` : `« ${c.article} »`;
  return { text: `${name}, ${article}${pin ? ` ${pin}` : ''}`, url: actUrl ?? (rsge ? rsgeUrl(rsge) : undefined), title: name === c.document ? undefined : c.document };
}

/** The short form the SDK writes in traces and results ("LP 74 al. 1"), to find a citation back. */
export const shortCitation = (c) => `${c.document} ${c.article}${c.paragraph ? ` al. ${c.paragraph}` : ''}${c.number ? ` ch. ${c.number}` : ''}${c.letter ? ` let. ${c.letter}` : ''}`;

/** Every citation of the norm files by its short form, for a result's `citation` strings. */
export function citationsByShortForm(ruleSets) {
  const found = new Map();
  const visit = (c) => {
    if (c && typeof c === 'object') {
      if (typeof c.document === 'string' && typeof c.article === 'string') found.set(shortCitation(c), c);
      for (const v of Object.values(c)) visit(v);
    }
  };
  ruleSets.forEach(visit);
  return found;
}

/**
 * The wording of the norm files without the project's internal references, which mean nothing to a
 * reader of the site: "(normes §4 ch. 1)", "(norms §4 item 1)", "; normes §3.8" — the reading they name is
 * on the interpretations page, where each is set out. Amounts in the wording get their thousands
 * apostrophes ("2499.99" → "2'499.99").
 */
export function plain(text) {
  return String(text)
    .replace(/\s*\((?:normes|norms) §[^)]*\)/g, '')
    .replace(/\s*[;,]\s*(?:normes|norms) §[\d.]+(?:,\s*§[\d.]+)*(?:\s+(?:ch\.|item)\s+\d+)?/g, '')
    .replace(/\s*\(seed \d+[^()]*\)/g, '')
    .replace(/\s*[;,]\s*seed \d+/g, '')
    .replace(/^(?:seed \d+|(?:normes|norms) §.*)$/, '')
    .replace(/\s*\(\s*\)/g, '')
    .replace(/(?<![\d'.])(\d{4,})(\.\d{2})(?!\d)/g, (_, francs, cents) => `${groupThousands(francs)}${cents}`);
}
