import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';
// @ts-expect-error — a plain ESM script, typed by its use here
import { pages, rulesWithoutExample } from '../scripts/build-docs.mjs';
import { stalePlaygroundFiles } from '../scripts/build-playground.mjs';

// The documentation is generated from the package's own data (scripts/build-docs.mjs, `npm run docs`)
// and committed; these tests fail when it is stale or when a norm lacks what legal staff need.

const docs = join(__dirname, '../docs');

describe('rule documentation', () => {
  it('every rule has a citation, French and English wording, and a worked example', () => {
    for (const r of rules) {
      expect(r.citation.trim(), r.id).not.toBe('');
      expect(r.title.fr.trim() && r.title.en.trim() && r.event.params.message.fr.trim() && r.event.params.message.en.trim(), r.id).toBeTruthy();
    }
    expect(rulesWithoutExample).toEqual([]);
  });

  it('the committed pages are what the generator writes now (run `npm run docs`)', () => {
    for (const [name, html] of pages as Map<string, string>) {
      expect(readFileSync(join(docs, name), 'utf8'), `docs/${name} is stale`).toBe(html);
    }
  });

  it('the committed playground page is what its generator writes (the SDK bundle is built by `npm test`)', async () => {
    expect((await stalePlaygroundFiles()).filter((f) => !f.endsWith('lp-rules.browser.js'))).toEqual([]);
  });

  it('the catalogue names every rule and links its family page', () => {
    const index = (pages as Map<string, string>).get('index.html')!;
    for (const r of rules) expect(index, r.id).toContain(`data-rule-id="${r.id}"`);
    for (const r of rules) expect((pages as Map<string, string>).get(`rules/${r.ruleSet}.html`), r.id).toContain(`id="${r.id}"`);
  });
});
