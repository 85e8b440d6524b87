import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_BUNDLES, renderPlayground } from '../scripts/build-playground.mjs';

// The playground loads the per-function bundles (only the functions each form calls, from dist/index.js)
// and shows what each weighs. The figure it shows must be the gzip size of the very file it loads.

let files: Record<string, Uint8Array> = {};
let html = '';
beforeAll(async () => {
  files = await renderPlayground();
  html = Buffer.from(files['playground.html']!).toString('utf8');
}, 120_000);

const shown = () => [...html.matchAll(/<li data-file="([^"]+)" data-gzip-bytes="(\d+)"><code>(.*?)<\/code> — <span class="weight">([^<]+)<\/span>/g)];

describe('the playground shows its own weight', () => {
  it('one line per form bundle, each naming the functions the form calls', () => {
    const lines = shown();
    expect(lines.map((m) => m[1])).toEqual(Object.keys(PLAYGROUND_BUNDLES).map((form) => `assets/lp-rules.${form}.js`));
    expect(lines.map((m) => m[3]!.split('</code> + <code>'))).toEqual(Object.values(PLAYGROUND_BUNDLES));
  });

  it('each figure shown is the gzip size of the file the page loads, and the page loads exactly those files', () => {
    for (const [, file, bytes, , text] of shown()) {
      const measured = gzipSync(files[file!]!, { level: 9 }).length;
      expect(Number(bytes), file).toBe(measured);
      expect(text, file).toBe(`${(measured / 1000).toFixed(1)} kB gzip`);
      expect(html).toContain(`<script src="${file}" defer></script>`);
    }
    expect(html).not.toContain('lp-rules.browser.js');
  });

  it('a form bundle carries its functions only: the payment form does not carry the seizure norms', () => {
    const payment = Buffer.from(files['assets/lp-rules.payment.js']!).toString('utf8');
    const household = Buffer.from(files['assets/lp-rules.household.js']!).toString('utf8');
    expect(household).toContain('seizure.minimum-vital');
    expect(payment).not.toContain('seizure.minimum-vital');
    expect(payment).toContain('payment.ocp');
  });
});
