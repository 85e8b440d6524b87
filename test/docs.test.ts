import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleSets, rules } from '../src/index.js';
// @ts-expect-error — plain ESM scripts, typed by their use here
import { pages, rulesWithoutExample } from '../scripts/build-docs.mjs';
import { readNormFiles, renderPlayground, stalePlaygroundFiles } from '../scripts/build-playground.mjs';
// @ts-expect-error — plain ESM, shared by the generator and the pages' script
import { fold, timelineIcs } from '../scripts/docs/client/ics.js';
// @ts-expect-error — idem
import { search } from '../scripts/docs/client/search.js';
// @ts-expect-error — idem
import { actUrls, fedlexArticleUrl, lawyerCitation, plain } from '../scripts/docs/legal.js';
// @ts-expect-error — idem
import { chf, longDate, parseSwissAmount, parseSwissDate, swissDate } from '../scripts/docs/swiss.js';

// The documentation is generated from the package's own data (scripts/build-docs.mjs, `npm run docs`)
// and committed; these tests fail when it is stale or when a page loses what legal staff need.

const docs = join(__dirname, '../docs');
const site = pages as Map<string, string>;
const html = [...site].filter(([name]) => name.endsWith('.html'));
/** The French text of a page: its markup and its English spans (and English-only guides) removed. */
const frenchText = (page: string) =>
  page
    .replace(/<span lang="en">[^<]*<\/span>/g, '')
    .replace(/<article class="guide" lang="en">[\s\S]*?<\/article>/g, '')
    .replace(/<details class="tech">[\s\S]*?<\/details>/g, '')
    .replace(/<(pre|code)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ');

describe('rule documentation', () => {
  it('every rule has a citation, French and English wording, and a worked example', () => {
    for (const r of rules) {
      expect(r.citation.trim(), r.id).not.toBe('');
      expect(r.title.fr.trim() && r.title.en.trim() && r.event.params.message.fr.trim() && r.event.params.message.en.trim(), r.id).toBeTruthy();
    }
    expect(rulesWithoutExample).toEqual([]);
  });

  it('the committed pages are what the generator writes now (run `npm run docs`)', () => {
    for (const [name, text] of site) expect(readFileSync(join(docs, name), 'utf8'), `docs/${name} is stale`).toBe(text);
  });

  it('the committed playground and pages’ script are what their generator writes (the SDK bundle is built by `npm test`)', async () => {
    expect((await stalePlaygroundFiles()).filter((f: string) => !/lp-rules\.[\w]+\.js$/.test(f))).toEqual([]);
  });

  it('the catalogue names every rule, links its family page, and every parameter has its page', () => {
    const index = site.get('index.html')!;
    for (const r of rules) expect(index, r.id).toContain(`data-rule-id="${r.id}"`);
    for (const r of rules) expect(site.get(`rules/${r.ruleSet}.html`), r.id).toContain(`id="${r.id}"`);
    for (const f of ruleSets) for (const name of Object.keys(f.parameters)) expect(site.get(`parametres/${f.id}.${name}.html`), `${f.id}.${name}`).toContain(`data-parameter="${f.id}.${name}"`);
  });

  it('the French pages speak to lawyers: no internal references, amounts in Swiss form, no English example titles', () => {
    for (const [name, page] of html) {
      const text = frenchText(page);
      expect(text.match(/.{0,60}(\bseed \d|normes §|norms §).{0,30}/)?.[0], name).toBeUndefined();
      expect(text, name).not.toMatch(/\b\d{4,}\.\d{2}\b/); // "1200.00": written CHF 1'200.00
      expect(text, name).not.toMatch(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
      expect(page, name).not.toMatch(/<script>|\son[a-z]+="|style="/); // strict CSP: no inline script, handler or style
    }
    expect(site.get('rules/seizure.minimum-vital.html')).toContain("CHF 1'700.00");
  });

  it('every citation of a federal act links to the article cited', () => {
    let links = 0;
    for (const [name, page] of html) {
      for (const [, href] of page.matchAll(/<cite[^>]*><a href="(https:\/\/www\.fedlex\.admin\.ch\/[^"]*)"/g)) {
        expect(href, name).toMatch(/#art_\d+(_[a-z])?$/);
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(40);
  });
});

describe('Swiss forms (scripts/docs/swiss.js)', () => {
  const isoDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('a date written dd.mm.yyyy reads back as the same ISO date; an unreal one is refused', () => {
    fc.assert(fc.property(isoDate, (iso) => parseSwissDate(swissDate(iso)) === iso));
    expect(parseSwissDate('29.02.2026')).toBeNull();
    expect(parseSwissDate('1.6.2026')).toBe('2026-06-01');
  });

  it('the long date names the weekday JavaScript’s calendar gives', () => {
    const days = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
    fc.assert(fc.property(isoDate, (iso) => longDate(iso, 'fr').startsWith(`${days[new Date(`${iso}T00:00:00Z`).getUTCDay()]} `)));
    expect(longDate('2026-12-31', 'fr')).toBe('jeudi 31 décembre 2026');
    expect(longDate('2026-07-01', 'fr')).toBe('mercredi 1er juillet 2026');
  });

  it('an amount in francs reads back as the decimal it shows', () => {
    const decimal = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 99 })).map(([f, c]) => `${f}.${String(c).padStart(2, '0')}`);
    fc.assert(fc.property(decimal, (d) => parseSwissAmount(chf(d)) === d && chf(d).replace(/['CHF ]/g, '') === d));
    expect(parseSwissAmount("1'234.50")).toBe('1234.50');
    expect(parseSwissAmount('1 234,50')).toBe('1234.50');
    expect(parseSwissAmount('12a')).toBeNull();
  });
});

describe('sources as lawyers cite them (scripts/docs/legal.js)', () => {
  it('names and links the sources of the norm files', () => {
    const urls = actUrls(ruleSets);
    expect(fedlexArticleUrl('https://www.fedlex.admin.ch/eli/cc/11/529_488_529/fr', '8a')).toBe('https://www.fedlex.admin.ch/eli/cc/11/529_488_529/fr#art_8_a');
    expect(lawyerCitation({ document: 'LP', article: '74', paragraph: '1' }, urls)).toMatchObject({ text: 'art. 74 al. 1 LP', url: 'https://www.fedlex.admin.ch/eli/cc/11/529_488_529/fr#art_74' });
    expect(lawyerCitation({ document: 'CG OCP', article: 'ch. 3' }, urls).text).toBe("Conditions générales de l'OCP, ch. 3");
    expect(lawyerCitation({ document: "Normes d'insaisissabilité 2026 (rsGE E 3 60.04)", article: 'ch. I.3' }, urls).text).toBe('NI 2026, rsGE E 3 60.04, ch. I.3');
    expect(lawyerCitation({ document: 'ATF', article: '114 III 12' }, urls).url).toContain('114-III-12');
    expect(plain('Lecture pour le concubinage (normes §4 ch. 11)')).toBe('Lecture pour le concubinage');
    expect(plain('(ATF 130 III 765 ; normes §3.8, §4 ch. 11).')).toBe('(ATF 130 III 765).');
    expect(plain('saisissable 2499.99, minimum 1234567.00, ATF 78 III 121')).toBe("saisissable 2'499.99, minimum 1'234'567.00, ATF 78 III 121");
  });
});

describe('.ics export (scripts/docs/client/ics.js)', () => {
  it('folds every line within 75 octets without splitting a character, and unfolds to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const folded = fold(`SUMMARY:${s}`) as string;
        return folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75) && folded.replace(/\r\n /g, '') === `SUMMARY:${s}`;
      }),
    );
  });

  it('gives the same UIDs for the same case and different ones for another', () => {
    const timeline = { milestones: [{ date: '2027-01-06', kind: 'opposition-last-day', citation: 'LP 74 al. 1', label: { fr: 'Dernier jour', en: 'Last day' } }] };
    const uid = (input: object) => /UID:(.*)/.exec(timelineIcs(timeline, input, { stamp: '20260101T000000Z' }))![1];
    expect(uid({ notifiedOn: '2026-12-10' })).toBe(uid({ notifiedOn: '2026-12-10' }));
    expect(uid({ notifiedOn: '2026-12-10' })).not.toBe(uid({ notifiedOn: '2026-12-11' }));
  });
});

describe('playground with loaded norms (build-playground.mjs --norms)', () => {
  const DRAFT = join(__dirname, '../examples/norms/NI-2027.draft.json');

  it('carries the norm files for the page to compute with, and lists each edition with its status and period', async () => {
    const norms = readNormFiles([DRAFT]);
    expect(norms.map((f: { name: string }) => f.name)).toEqual(['NI-2027.draft.json']);
    const page = Buffer.from((await renderPlayground({ norms }))['playground.html']!).toString('utf8');
    const carried = page.match(/<script type="application\/json" id="lp-norms">([^<]*)<\/script>/)?.[1];
    expect(JSON.parse(carried ?? 'null')).toEqual(norms);
    expect(page).toMatch(/<code>seizure\.minimum-vital<\/code> — NI-2027 \(<span lang="fr">provisoire<\/span><span lang="en">provisional<\/span>\), 2027-01-01 – 2027-12-31/);
    // The committed page, built without --norms, carries none.
    expect(readFileSync(join(docs, 'playground.html'), 'utf8')).not.toContain('id="lp-norms"');
  });

  it('a malformed edition stops the build, every problem named with its file, before any page is written', async () => {
    const draft = JSON.parse(readFileSync(DRAFT, 'utf8'));
    const bad = [{ name: 'bad.json', content: { ...draft, status: 'draft', values: { baseSingle: 'beaucoup' } } }];
    await expect(renderPlayground({ norms: bad })).rejects.toMatchObject({ code: 'NORM_INVALID', issues: expect.arrayContaining([expect.objectContaining({ file: 'bad.json', path: '/status' })]) });
  });

  it('a directory of editions is read as the CLI reads it: its *.json files in name order', () => {
    const files = readNormFiles([join(__dirname, '../examples/norms')]);
    expect(files.map((f: { name: string }) => f.name)).toEqual(['NI-2027.draft.json']);
  });
});

describe('the guides (docs/guide/*.md: the reference the README links to)', () => {
  const guides = readdirSync(join(docs, 'guide')).filter((f) => f.endsWith('.md'));

  it('each is a page of the site, linked from its front page and listed by the guides’ index', () => {
    expect(guides.length).toBeGreaterThanOrEqual(10);
    const index = site.get('index.html')!;
    const listed = readFileSync(join(docs, 'guide/index.md'), 'utf8');
    for (const f of guides) {
      const name = f.replace(/\.md$/, '');
      expect(site.get(`guide/${name}.html`), f).toContain('<article class="guide" lang="en">');
      expect(index, f).toContain(`href="guide/${name}.html"`);
      if (f !== 'index.md') expect(listed, f).toContain(`](${f})`);
    }
  });

  it('a guide page holds its Markdown rendered: headings, code and tables; a link to another guide goes to its page', () => {
    const page = site.get('guide/recalc.html')!;
    expect(page).toContain('<h1>Bulk recalculation: <code>recalculateQuotas</code> and <code>lp-rules recalc</code></h1>');
    expect(page).toMatch(/<pre><code class="language-sh">lp-rules recalc files\.jsonl --out results\.jsonl/);
    expect(page).toContain('<div class="table-wrap"><table>');
    expect(site.get('guide/norm-editions.html')).toContain('href="cases.html"');
    expect(page, 'raw Markdown left').not.toMatch(/^#{1,6} |^\| --- /m);
  });

  it('the search finds each guide by its headings and lead-ins, after what the norms say', () => {
    const index = JSON.parse(/window\.LP_SEARCH_INDEX = (.*);\n$/.exec(site.get('assets/search-index.js')!)![1]!) as { url: string; kind: string }[];
    for (const f of guides) expect(index.filter((e) => e.kind === 'guide' && e.url === `guide/${f.replace(/\.md$/, '')}.html`), f).toHaveLength(1);
    expect((search(index, 'resume') as { url: string }[]).map((e) => e.url)).toContain('guide/recalc.html');
    const found = (search(index, 'minimum vital') as { kind: string }[]).map((e) => e.kind);
    expect(found).toContain('guide');
    expect(found.indexOf('guide')).toBeGreaterThan(found.indexOf('parameter'));
  });

  it('every relative link of every guide page reaches a page of the site or a file of the repository', () => {
    for (const f of guides) {
      const name = `guide/${f.replace(/\.md$/, '')}.html`;
      for (const [, href] of site.get(name)!.matchAll(/href="(?!https?:|#|mailto:|data:)([^"#?]+)[^"]*"/g)) {
        const target = posix.normalize(posix.join(posix.dirname(name), href!));
        if (target.startsWith('api/')) continue; // the API reference: built by `npm run docs`, not committed
        expect(site.has(target) || existsSync(join(docs, target)), `${name} → ${href}`).toBe(true);
      }
    }
  });
});
