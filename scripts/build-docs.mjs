// Builds the documentation site under docs/ from the package's own data, so it can never drift: the
// rule catalogue (scripts/docs/pages/catalogue.mjs), one page per dated parameter, the amounts in force,
// the interpretations, the case timeline, the search page and its index, the guides (docs/guide/*.md)
// and the site's stylesheet.
// The playground and the pages' script are built by scripts/build-playground.mjs. Runs the built package
// (npm run build first). Deterministic: a test rebuilds and compares.
// Usage: node scripts/build-docs.mjs [--norms FILE|DIR ...]  (editions loaded as `lp-rules --norms` loads them)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { actUrls, citationsByShortForm } from './docs/legal.js';
import { examplesByRule, runExamples } from './docs/norms.mjs';
import { amountsPage } from './docs/pages/amounts.mjs';
import { catalogue, traceCitation } from './docs/pages/catalogue.mjs';
import { guidePages, guideSources } from './docs/pages/guides.mjs';
import { interpretationsPage } from './docs/pages/interpretations.mjs';
import { parameterPages } from './docs/pages/parameters.mjs';
import { searchIndexScript, searchPage } from './docs/pages/search.mjs';
import { timelinePage } from './docs/pages/timeline.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);

/** What every page reads: the package, the acts' addresses, the citations by their short form. */
export function siteContext(pkg, ruleSets = pkg.ruleSets) {
  const data = { ...pkg, ruleSets };
  const ctx = {
    lib: data,
    urls: actUrls(ruleSets),
    byShortForm: citationsByShortForm(ruleSets),
    interp: JSON.parse(readFileSync(join(root, 'docs-src/interpretations.json'), 'utf8')),
    guides: guideSources(root),
  };
  ctx.cite = (text) => traceCitation(ctx, text);
  const examples = runExamples(pkg, root);
  ctx.examplesByRule = examplesByRule(pkg, examples);
  return ctx;
}

/** Every generated file of the site but the playground's, by path under docs/. */
export function renderSite(ctx) {
  const files = new Map([...catalogue(ctx), ...parameterPages(ctx), ...guidePages(ctx.guides)]);
  files.set('montants.html', amountsPage(ctx));
  files.set('interpretations.html', interpretationsPage(ctx));
  files.set('timeline.html', timelinePage(ctx));
  files.set('recherche.html', searchPage(ctx));
  files.set('assets/search-index.js', searchIndexScript(ctx));
  files.set('assets/style.css', readFileSync(join(root, 'scripts/docs/assets/style.css'), 'utf8'));
  return files;
}

const ctx = siteContext(lib);
export const pages = renderSite(ctx);
/** Every rule with no worked example: the catalogue promises one each (a test holds it). */
export const rulesWithoutExample = lib.rules.filter((r) => !ctx.examplesByRule.has(r.id)).map((r) => r.id);

export function writeDocs(outDir, files = pages) {
  for (const [name, text] of files) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), text);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const norms = args.flatMap((a, k) => (args[k - 1] === '--norms' ? [resolve(a)] : []));
  let files = pages;
  if (norms.length > 0) {
    if (typeof lib.loadNorms !== 'function') throw new Error('build-docs: this build of lp-rules cannot load norm editions (--norms)');
    const { readNormFiles } = await import('./build-playground.mjs');
    const loaded = lib.loadNorms(readNormFiles(norms));
    files = renderSite(siteContext(lib, loaded.ruleSets));
  }
  writeDocs(join(root, 'docs'), files);
  console.log(`wrote ${files.size} files to docs/; rules without a worked example: ${rulesWithoutExample.length ? rulesWithoutExample.join(', ') : 'none'}`);
}
