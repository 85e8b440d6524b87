// Generates src/rules/families/generated/: for each norm file of the package (src/rules/**/*.rules.json),
// `<id>.json`, the family as calculators read it (without the words beside its norms: citation quotes
// and value notes), and `<id>.texts.json`, those words, which `getRuleSet` and `ruleSets` put back
// (src/rules/norm-texts.ts). The norm files stay the one source; a test fails if the generated files are
// stale (run `npm run gen:families`).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_DIR = join(root, 'src/rules/families/generated');

/** The projections of src/rules/norm-texts.ts (one definition for the script and the SDK). */
async function loadNormTexts() {
  const out = await build({ entryPoints: [join(root, 'src/rules/norm-texts.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const README = `# Generated: do not edit

Written by \`npm run gen:families\` (scripts/gen-families.mjs) from the norm files \`src/rules/**/*.rules.json\`,
which stay the one source. \`<id>.json\` is the family as calculators read it: without the words beside its
norms (citation quotes, value notes). \`<id>.texts.json\` holds those words; \`getRuleSet\` and \`ruleSets\` put
them back (src/rules/norm-texts.ts). test/families-generated.test.ts fails when these files are stale.
`;

/** Every generated file, by path, with the content it must have. */
export async function generateFamilies() {
  const { withoutTexts, textsOf } = await loadNormTexts();
  const dir = join(root, 'src/rules');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.rules.json')).sort();
  const out = new Map([[join(GENERATED_DIR, 'README.md'), README]]);
  for (const file of files) {
    const set = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    // JSON holds no comment: README.md in the folder says where these files come from.
    out.set(join(GENERATED_DIR, `${set.id}.json`), `${JSON.stringify(withoutTexts(set), null, 2)}\n`);
    out.set(join(GENERATED_DIR, `${set.id}.texts.json`), `${JSON.stringify(textsOf(set), null, 2)}\n`);
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [path, content] of await generateFamilies()) writeFileSync(path, content);
  console.log(`wrote ${GENERATED_DIR}`);
}
