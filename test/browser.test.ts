// The documentation site in a real browser: Debian's Chromium (never a downloaded one), driven by
// playwright-core, on docs/ opened from file:// — the site must work with no server and no network.
// One browser, two widths (1280 px and a 375 px phone). Each check compares the page with the library
// itself, computed here; screenshots of each kind of page at both widths go to docs/screenshots/.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseTimeline, computeMinimumVital, createLpRules, getRuleSet, loadNorms, oppositionDeadline, rules, seizableQuota } from '../src/index.js';
import { buildPlayground, readNormFiles } from '../scripts/build-playground.mjs';
import { parseIcs } from './support/ics.js';

const CHROMIUM = '/usr/bin/chromium';
const DOCS = resolve(dirname(fileURLToPath(import.meta.url)), '../docs');
const SHOTS = join(DOCS, 'screenshots');
const HAVE_CHROMIUM = existsSync(CHROMIUM);
// Locally, without Chromium, the suite is skipped (its name says why); in CI it must run.
const SKIP = !HAVE_CHROMIUM && !process.env.CI;
const AXE = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../node_modules/axe-core/axe.min.js'), 'utf8');

/** "CHF 1'234.50" from "1234.50", written here independently of the site's formatter. */
const chf = (d: string) => `CHF ${d.replace(/\B(?=(\d{3})+(?!\d))(?=\d*\.)/g, "'")}`;
const swiss = (iso: string) => iso.split('-').reverse().join('.');

/** Every HTML page of the generated site (the API reference aside). */
function sitePages(dir = DOCS): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'api' || e.name === 'screenshots' ? [] : sitePages(path);
    return e.name.endsWith('.html') ? [relative(DOCS, path)] : [];
  });
}

describe.skipIf(SKIP)(SKIP ? `browser: skipped, ${CHROMIUM} is missing (apt-get install chromium)` : 'documentation site in Chromium, from file://', () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let phone: BrowserContext;
  /** Everything a page said went wrong: console errors (CSP refusals included), uncaught exceptions, requests off the site. */
  const problems: string[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const options = { locale: 'fr-CH', timezoneId: 'Europe/Zurich', acceptDownloads: true };
    desktop = await browser.newContext({ ...options, viewport: { width: 1280, height: 900 } });
    phone = await browser.newContext({ ...options, viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    for (const context of [desktop, phone]) {
      // The site works offline: any request off docs/ is refused and reported.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        problems.push(`request off the site: ${url}`);
        return route.abort();
      });
    }
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  beforeEach(() => {
    problems.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page of the site (path relative to docs/, query allowed), recording every problem it reports. */
  async function open(path: string, context = desktop): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${path}: console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: uncaught: ${e.message}`));
    const [file = '', query] = path.split('?');
    await page.goto(`${pathToFileURL(join(DOCS, file)).href}${query === undefined ? '' : `?${query}`}`, { waitUntil: 'load' });
    return page;
  }

  /** A screenshot: the whole page at 1280 px; at 375 px the first screens (a family page is ~20,000 px tall there). */
  async function shoot(page: Page, name: string) {
    const { width } = page.viewportSize()!;
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), ...(width > 375 ? { fullPage: true } : { clip: { x: 0, y: 0, width, height: 2400 } }) });
  }

  /**
   * axe-core's serious and critical violations on the page as it is now. It is injected through the
   * DevTools protocol, which the page's CSP does not govern; `preload: false` keeps it from fetching the
   * stylesheets again (the CSP refuses that, rightly: the site itself never fetches).
   */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(AXE);
    const result = await page.evaluate(() => (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { preload: false, resultTypes: ['violations'] }));
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('the catalogue lists every rule of the package, in French, with article links to Fedlex', async () => {
    const page = await open('index.html');
    const missing = await page.evaluate((all) => all.filter((id) => document.querySelector(`[data-rule-id="${CSS.escape(id)}"]`) === null), rules.map((r) => r.id));
    expect(missing).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const fedlex = await page.$$eval('a[href*="fedlex.admin.ch"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(fedlex.length).toBeGreaterThan(0);
    for (const href of fedlex) expect(href, 'a Fedlex link opens the article').toMatch(/#art_\d+(_[a-z])?$/);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('search finds a parameter by its French name, as typed, accents and case aside', async () => {
    const page = await open('recherche.html?q=montant%20de%20base%20COUPLE');
    await page.waitForSelector('html[data-search="ready"]');
    expect(await page.getAttribute('#search-results li:first-child a', 'href')).toBe('parametres/seizure.minimum-vital.baseCouple.html');
    await page.fill('#search-q', 'federies paques'); // no such word: nothing
    expect(await page.locator('#search-results li').count()).toBe(0);
    await page.fill('#search-q', 'féries pâques');
    expect(await page.locator('#search-results a[href="parametres/lp.deadlines.feries.html"]').count()).toBe(1);
    await page.fill('#search-q', '114 III 12'); // a decision, by its reference
    expect(await page.locator('#search-results a[href^="rules/seizure.quota.html#"]').count()).toBeGreaterThan(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('"Montants en vigueur" gives the library’s base amounts for random dates and households', async () => {
    const page = await open('montants.html');
    await page.waitForSelector('html[data-amounts="ready"]');
    const cases = fc.sample(
      fc.record({
        day: fc.integer({ min: Date.UTC(2009, 6, 1) / 864e5, max: Date.UTC(2026, 11, 31) / 864e5 }),
        type: fc.constantFrom('couple', 'single-parent'),
        younger: fc.integer({ min: 0, max: 3 }),
        older: fc.integer({ min: 1, max: 2 }),
      }),
      { numRuns: 5, seed: 20 },
    );
    for (const c of cases) {
      const asOf = new Date(c.day * 864e5).toISOString().slice(0, 10);
      const born = (years: number) => `${Number(asOf.slice(0, 4)) - years}${asOf.slice(4).replace('-02-29', '-02-28')}`;
      const expected = computeMinimumVital({ asOf, household: { type: c.type, children: [...Array(c.younger).fill(born(4)), ...Array(c.older).fill(born(13))].map((birthDate) => ({ birthDate })) } });
      await page.fill('#amounts-date', swiss(asOf));
      await page.selectOption('#amounts-household', c.type);
      await page.fill('#amounts-younger', String(c.younger));
      await page.fill('#amounts-older', String(c.older));
      await page.click('#amounts-form button[type="submit"]');
      await page.waitForFunction((d) => document.querySelector('#amounts-when time, #amounts-when')?.textContent?.includes(d), String(Number(asOf.slice(8))));
      const shown = await page.$$eval('#amounts-breakdown tr', (trs) => trs.map((tr) => ({ item: tr.getAttribute('data-item'), amount: tr.querySelector('td')!.textContent })));
      expect(shown, asOf).toEqual(expected.breakdown.map((b) => ({ item: b.item, amount: chf(b.amount) })));
      expect(await page.textContent('#amounts-total'), asOf).toBe(chf(expected.total));
      // The parameter rows shown are the versions in force that day, one per parameter.
      const baseRows = await page.$$eval('#amounts-all tr[data-param="seizure.minimum-vital.baseCouple"]:not([hidden]) .amount', (xs) => xs.map((x) => x.getAttribute('data-value')));
      const baseCouple = getRuleSet('seizure.minimum-vital').parameters.baseCouple!.values.filter((v) => v.validFrom <= asOf && (!v.validTo || asOf <= v.validTo));
      expect(baseRows, asOf).toEqual(baseCouple.map((v) => v.value));
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the playground reads Swiss input; its permalink reproduces the computation; the printed décompte and the motivation carry the library’s figures', async () => {
    const asOf = '2026-06-01';
    const input = { asOf, household: { type: 'couple' as const, children: [{ birthDate: '2015-03-01' }] }, expenses: { rent: '1800.00', healthInsurance: ['450.00'] } };
    const minimum = computeMinimumVital(input);
    const quota = seizableQuota({ netIncome: '5200.00', spouseNetIncome: '3000.00', minimumVital: minimum.total, asOf });

    const page = await open('playground.html');
    await page.waitForSelector('html[data-playground="ready"]');
    await page.fill('#household-asof', '01.06.2026');
    await page.selectOption('#household-type', 'couple');
    await page.fill('#household-children', '01.03.2015');
    await page.fill('#household-rent', "1'800.00");
    await page.fill('#household-health', '450');
    await page.fill('#household-income', "5'200.00");
    // Keyboard only: the last field typed, the form sent with Enter.
    await page.focus('#household-spouse-income');
    await page.keyboard.type("3'000.00");
    await page.keyboard.press('Enter');
    await page.waitForFunction((v) => document.querySelector('#household-seizable')?.getAttribute('data-value') === v, quota.seizable);
    expect(await page.textContent('#household-total')).toBe(chf(minimum.total));
    expect(await page.textContent('#household-debtor-share')).toBe(chf(quota.debtorShareOfMinimum));

    const motivation = await page.inputValue('#household-motivation');
    for (const figure of [minimum.total, quota.debtorShareOfMinimum, quota.seizable, '3000.00', ...minimum.breakdown.map((b) => b.amount)]) expect(motivation).toContain(chf(figure));
    expect(motivation).toContain('lundi 1er juin 2026');
    expect(motivation).toContain('ATF 114 III 12');
    expect(motivation).toContain('art. 93 al. 1 LP');

    // Printed: the décompte alone, one A4 page, the library's figures.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#decompte').isVisible()).toBe(true);
    expect(await page.locator('#household-form').isVisible()).toBe(false);
    expect(await page.locator('header.site').isVisible()).toBe(false);
    const printed = await page.$$eval('#decompte-breakdown tr', (trs) => trs.map((tr) => [tr.getAttribute('data-item'), tr.querySelector('td')!.textContent]));
    expect(printed).toEqual(minimum.breakdown.map((b) => [b.item, chf(b.amount)]));
    expect(await page.textContent('#decompte-total')).toBe(chf(minimum.total));
    expect(await page.textContent('#decompte-spouse-income')).toBe(chf('3000.00'));
    expect(await page.textContent('#decompte-share')).toBe(chf(quota.debtorShareOfMinimum));
    expect(await page.textContent('#decompte-seizable')).toBe(chf(quota.seizable));
    expect(await page.textContent('#decompte-edition')).toBe(minimum.normsVersion);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 'the décompte prints on one A4 page').toBe(1);
    await page.screenshot({ path: join(SHOTS, 'decompte-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The permalink, opened in a fresh page, fills the form and computes the same.
    const link = await page.inputValue('#household-link');
    expect(link).toContain('f=household');
    const again = await desktop.newPage();
    await again.goto(link);
    await again.waitForSelector('html[data-playground="ready"]');
    expect(await again.inputValue('#household-spouse-income')).toBe("3'000.00");
    expect(await again.getAttribute('#household-seizable', 'data-value')).toBe(quota.seizable);
    expect(await again.inputValue('#household-motivation')).toBe(motivation);
    await again.close();

    // A date the calendar lacks is the SDK's own issue, on its field.
    await page.fill('#household-children', '30.02.2015');
    await page.click('#household-submit');
    await page.waitForSelector('#household-errors:not([hidden]) li[data-code="INVALID_DATE"]');
    expect(await page.getAttribute('#household-errors li', 'data-path')).toBe('/household/children/0/birthDate');
    expect(await page.getAttribute('#household-children', 'aria-invalid')).toBe('true');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the service date in the Christmas féries gives the library’s last day; the case timeline exports an .ics whose dates are the library’s', async () => {
    const expected = oppositionDeadline({ notifiedOn: '2026-12-21', canton: 'GE' });
    const page = await open('playground.html');
    await page.waitForSelector('html[data-playground="ready"]');
    await page.fill('#service-date', '21.12.2026');
    await page.click('#service-submit');
    await page.waitForFunction((d) => document.querySelector('#opposition-last-day')?.getAttribute('datetime') === d, expected.lastDay);
    expect(await page.getAttribute('#opposition-effective-from', 'datetime')).toBe(expected.effectiveFrom);

    const input = { notifiedOn: '2026-12-10', opposition: { filedOn: '2026-12-14', status: 'lifted' as const }, seizure: { seizedOn: '2027-07-05', asset: 'movable' as const } };
    const timeline = caseTimeline(input);
    const download = async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#timeline-ics')]);
      return readFileSync((await file.path())!, 'utf8');
    };
    await page.click('#timeline-submit');
    const ics = await download();
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = parseIcs(ics);
    expect(calendar.VERSION).toBe('2.0');
    expect(calendar.events.map((e) => [e['DTSTART;VALUE=DATE'], e.SUMMARY])).toEqual(timeline.milestones.map((m) => [m.date.replace(/-/g, ''), m.label.fr]));
    expect(new Set(calendar.events.map((e) => e.UID)).size).toBe(timeline.milestones.length);
    for (const e of calendar.events) expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    const reminded = calendar.events.filter((e) => e.alarms.length > 0).map((e) => e.SUMMARY);
    expect(reminded).toContain(timeline.milestones.find((m) => m.kind === 'opposition-last-day')!.label.fr);
    expect(calendar.events.find((e) => e.alarms.length > 0)!.alarms[0]?.TRIGGER).toBe('-P2D');
    // Computed again, the same case keeps its UIDs (a second import updates, never doubles).
    await page.click('#timeline-submit');
    expect(parseIcs(await download()).events.map((e) => e.UID)).toEqual(calendar.events.map((e) => e.UID));
    await page.close();
    expect(problems).toEqual([]);
  });

  it('English is complete: <html lang> follows, no French shows, the title and the options switch', async () => {
    const page = await open('rules/seizure.minimum-vital.html');
    await page.click('#lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toMatch(/^Minimum for subsistence/);
    const visibleFrench = await page.$$eval('[lang="fr"]', (xs) => xs.filter((x) => x !== document.documentElement && (x as HTMLElement).offsetParent !== null).length);
    expect(visibleFrench).toBe(0);
    await page.close();
    const playground = await open('playground.html');
    await playground.waitForSelector('html[data-playground="ready"]');
    expect(await playground.getAttribute('html', 'lang')).toBe('en'); // remembered
    expect(await playground.textContent('#household-type option[value="couple"]')).toBe('Married couple or registered partners');
    await playground.click('#lang-switch');
    expect(await playground.getAttribute('html', 'lang')).toBe('fr');
    await playground.close();
    expect(problems).toEqual([]);
  });

  it('a playground built with --norms computes with the loaded draft edition (NI-2027) and says so', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lp-playground-'));
    const norms = readNormFiles([resolve(DOCS, '../examples/norms/NI-2027.draft.json')]);
    await buildPlayground({ outDir: out, norms });
    copyFileSync(join(DOCS, 'assets/style.css'), join(out, 'assets/style.css'));
    // Monday 4 January 2027: only the draft is in force; the package alone has no edition that day.
    const input = { asOf: '2027-01-04', household: { type: 'single' as const }, expenses: { rent: '1800.00', healthInsurance: ['450.00'] } };
    const expected = createLpRules({ norms: loadNorms(norms) }).computeMinimumVital(input);
    expect(() => computeMinimumVital(input)).toThrow();
    const page = await desktop.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`playground --norms: console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`playground --norms: uncaught: ${e.message}`));
    await page.goto(pathToFileURL(join(out, 'playground.html')).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-playground="ready"]');
    expect(await page.textContent('#loaded-norms')).toContain('NI-2027');
    await page.fill('#household-asof', '04.01.2027');
    await page.selectOption('#household-type', 'single');
    await page.fill('#household-children', '');
    await page.fill('#household-rent', "1'800.00");
    await page.fill('#household-health', '450');
    await page.fill('#household-spouse-income', '');
    await page.click('#household-submit');
    await page.waitForFunction((v) => document.querySelector('#household-total')?.getAttribute('data-value') === v, expected.total);
    expect(expected.normsVersion).toBe('NI-2027');
    expect(await page.textContent('#household-norms-version')).toBe(expected.normsVersion);
    await page.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('no page scrolls sideways at 375 px', async () => {
    const page = await phone.newPage();
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    const wide: string[] = [];
    for (const path of sitePages()) {
      await page.goto(pathToFileURL(join(DOCS, path)).href, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('each kind of page passes axe-core (no serious or critical violation); screenshots at both widths', async () => {
    // [name, path, what the page's script marks ready, checked at 375 px too (the layouts that change most)]
    const kinds: [string, string, string | null, boolean][] = [
      ['index', 'index.html', null, false],
      ['family', 'rules/seizure.minimum-vital.html', null, false],
      ['parameter', 'parametres/seizure.minimum-vital.baseCouple.html', null, false],
      ['parameters', 'parametres.html', null, false],
      ['amounts', 'montants.html', 'amounts', true],
      ['search', 'recherche.html?q=minimum%20vital', 'search', false],
      ['interpretations', 'interpretations.html', null, false],
      ['timeline', 'timeline.html', null, false],
      ['playground', 'playground.html', 'playground', true],
      ['guide', 'guide/recalc.html', null, true],
    ];
    const violations: string[] = [];
    for (const context of [desktop, phone]) {
      for (const [name, path, ready, onPhone] of kinds) {
        const page = await open(path, context);
        if (ready) await page.waitForSelector(`html[data-${ready}="ready"]`);
        if (context === desktop || onPhone) violations.push(...(await axeViolations(page)).map((v) => `${path} @${page.viewportSize()!.width}: ${v}`));
        await shoot(page, name);
        await page.close();
      }
    }
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  }, 240_000); // axe on every kind of page at two widths: ~45 s alone, minutes on a loaded machine
});
