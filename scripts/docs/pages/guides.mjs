// The guides (docs/guide/*.md): the reference the README links to. The Markdown is the source, readable
// where the code is hosted; the site renders each one in its frame, so the site holds the whole reference
// and its front page links every guide. Rendered with markdown-it (typedoc's own renderer), raw HTML off.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { esc, page, T } from '../layout.mjs';

const md = new MarkdownIt({ html: false });

/** Every guide, in the order index.md lists them (then any other by name): its name, title (its `# ` line) and Markdown. */
export function guideSources(root) {
  const dir = join(root, 'docs/guide');
  const listed = [...readFileSync(join(dir, 'index.md'), 'utf8').matchAll(/\]\(([\w-]+)\.md\)/g)].map((m) => m[1]);
  const rank = (name) => (name === 'index' ? -1 : listed.includes(name) ? listed.indexOf(name) : listed.length);
  const names = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return names.map((name) => {
    const text = readFileSync(join(dir, `${name}.md`), 'utf8');
    const heading = /^# (.+)$/m.exec(text);
    if (!heading) throw new Error(`docs/guide/${name}.md has no "# " title`);
    return { name, title: heading[1].replace(/`/g, ''), text };
  });
}

/** A guide's HTML: links to another guide go to its page; tables scroll inside their box on a phone. */
function guideHtml(text, names) {
  return md
    .render(text)
    .replace(/href="([\w-]+)\.md(#[^"]*)?"/g, (all, name, hash = '') => (names.has(name) ? `href="${name}.html${hash}"` : all))
    .replace(/<table>/g, '<div class="table-wrap"><table>')
    .replace(/<\/table>/g, '</table></div>');
}

/** One page per guide, under guide/. */
export function guidePages(guides) {
  const names = new Set(guides.map((g) => g.name));
  return new Map(
    guides.map((g) => [
      `guide/${g.name}.html`,
      page({
        title: { fr: g.title, en: g.title },
        depth: 1,
        body: `<p class="muted">${T('Guide technique, en anglais — ', 'Technical guide — ')}<a href="index.html">${T('tous les guides', 'all guides')}</a></p>
<article class="guide" lang="en">
${guideHtml(g.text, names)}</article>`,
      }),
    ]),
  );
}

/** The front page's list of guides. */
export const guideList = (guides) =>
  `<h2>${T('Guides techniques', 'Technical guides')}</h2>
<ul class="guides">${guides.map((g) => `<li><a href="guide/${esc(g.name)}.html">${esc(g.title)}</a></li>`).join('\n')}</ul>`;
