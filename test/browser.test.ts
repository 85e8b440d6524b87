// The documentation site in a real browser: Debian's Chromium (never a downloaded one), driven by
// playwright-core, on docs/ served from 127.0.0.1. Checks the catalogue against the package's rules, the
// playground against the library, the language switch, and that no page logs an error.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { oppositionDeadline, rules } from '../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const DOCS = resolve(dirname(fileURLToPath(import.meta.url)), '../docs');
const SCREENSHOT = join(DOCS, 'screenshots/playground.png');
const HAVE_CHROMIUM = existsSync(CHROMIUM);
// Locally, without Chromium, the suite is skipped (its name says why); in CI it must run.
const SKIP = !HAVE_CHROMIUM && !process.env.CI;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server of docs/ on 127.0.0.1 (random port): GET and HEAD, no directory listing, no escape. */
function serveDocs(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = resolve(DOCS, `.${decodeURIComponent(url.pathname)}`);
    if (file !== DOCS && !file.startsWith(DOCS + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

describe.skipIf(SKIP)(SKIP ? `browser: skipped, ${CHROMIUM} is missing (apt-get install chromium)` : 'documentation site in Chromium', () => {
  let server: Server;
  let origin = '';
  let browser: Browser;
  let context: BrowserContext;
  /** Everything a page said went wrong: console errors, uncaught exceptions, failed or refused requests. */
  const problems: string[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);
    ({ server, origin } = await serveDocs());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CH', timezoneId: 'Europe/Zurich' });
    // The site works offline: any request off this server is refused and reported.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
      problems.push(`request off the site: ${url}`);
      return route.abort();
    });
  }, 120_000);

  beforeEach(() => {
    problems.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  /** Opens a page of the site, recording every problem it reports. */
  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${path}: console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: uncaught: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`${path}: request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${path}: HTTP ${r.status()} for ${r.url()}`);
    });
    const response = await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    expect(response?.status(), `${path} must exist: run the docs generators`).toBe(200);
    return page;
  }

  it('the catalogue lists every rule of the package', async () => {
    expect(existsSync(join(DOCS, 'index.html')), 'docs/index.html is missing (scripts/build-docs.mjs writes it)').toBe(true);
    const page = await open('index.html');
    const ids = rules.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    const missing = await page.evaluate((all) => all.filter((id) => document.querySelector(`[data-rule-id="${CSS.escape(id)}"]`) === null), ids);
    expect(missing).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the playground computes the opposition deadline of a service in the Christmas féries as the library does', async () => {
    const expected = oppositionDeadline({ notifiedOn: '2026-12-21' });
    // The default canton is Geneva; the page sends it explicitly.
    expect(oppositionDeadline({ notifiedOn: '2026-12-21', canton: 'GE' }).lastDay).toBe(expected.lastDay);
    expect(expected.effectiveFrom > '2026-12-21').toBe(true); // served in the féries: effect deferred

    const page = await open('playground.html');
    await page.waitForSelector('html[data-playground="ready"]');
    await page.fill('#service-date', '2026-12-21');
    await page.fill('#service-time', '');
    await page.selectOption('#service-canton', 'GE');
    await page.click('#service-submit');
    await page.waitForFunction((day) => document.querySelector('#opposition-last-day')?.textContent === day, expected.lastDay);

    expect(await page.textContent('#opposition-last-day')).toBe(expected.lastDay);
    expect(await page.getAttribute('#opposition-last-day', 'datetime')).toBe(expected.lastDay);
    expect(await page.textContent('#opposition-effective-from')).toBe(expected.effectiveFrom);
    expect(await page.locator('#service-errors').isHidden()).toBe(true);
    // The cited trace, rule by rule, as the library gives it.
    const trace = await page.$$eval('#opposition-trace > li', (items) => items.map((li) => ({ rule: li.getAttribute('data-rule'), citation: li.querySelector('.citation')?.textContent })));
    expect(trace).toEqual(expected.trace.map((s) => ({ rule: s.rule, citation: s.citation })));

    // An input error is a list of issues in the page, never an exception.
    await page.fill('#household-children', '2015-02-30');
    await page.click('#household-submit');
    await page.waitForSelector('#household-errors:not([hidden]) li[data-code="INVALID_DATE"]');
    expect(await page.getAttribute('#household-errors li', 'data-path')).toBe('/household/children/0/birthDate');
    expect(await page.getAttribute('#household-children', 'aria-invalid')).toBe('true');
    await page.fill('#household-children', '2015-03-01');
    await page.click('#household-submit');
    await page.waitForSelector('#household-errors', { state: 'hidden' });

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the language switch shows English and hides French', async () => {
    const page = await open('playground.html');
    await page.waitForSelector('html[data-playground="ready"]');
    const fr = page.locator('#service-heading > span[lang="fr"]');
    const en = page.locator('#service-heading > span[lang="en"]');
    const display = (l: typeof fr) => l.evaluate((e) => getComputedStyle(e).display);
    expect(await fr.isVisible()).toBe(true);
    expect(await en.isVisible()).toBe(false);

    await page.click('#lang-switch');
    expect(await page.evaluate(() => document.documentElement.dataset.lang)).toBe('en');
    expect(await en.isVisible()).toBe(true);
    expect(await display(en)).not.toBe('none');
    expect(await fr.isVisible()).toBe(false);
    expect(await display(fr)).toBe('none');
    expect(await page.textContent('#household-type option[value="single"]')).toBe('Single person');

    await page.click('#lang-switch');
    expect(await fr.isVisible()).toBe(true);
    expect(await en.isVisible()).toBe(false);
    await page.close();
    expect(problems).toEqual([]);
  });
});
