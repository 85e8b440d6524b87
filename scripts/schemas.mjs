// Generates src/schemas/validators/*.generated.ts, one per schema (its compact schema, read by the SDK's own
// interpreter: no `new Function` at run time, so the SDK runs under a strict Content-Security-Policy), their
// barrel and, with --json DIR, the published *.schema.json files. A test regenerates the validators and fails if a committed file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED = join(root, 'src/schemas/validators.generated.ts');
export const VALIDATORS_DIR = join(root, 'src/schemas/validators');

/** Loads the TypeBox schemas from TypeScript source (bundled on the fly by esbuild). */
export async function loadSchemas() {
  const out = join(root, 'node_modules/.cache/lp-rules/registry.mjs');
  mkdirSync(dirname(out), { recursive: true });
  await build({ entryPoints: [join(root, 'src/schemas/registry.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error' });
  const mod = await import(`${pathToFileURL(out).href}?t=${Date.now()}`);
  // Plain JSON: drops TypeBox's symbol keys.
  return Object.fromEntries(Object.entries(mod.SCHEMAS).map(([k, v]) => [k, JSON.parse(JSON.stringify(v))]));
}

/** The output schemas, by their `$id` (ValidatePaymentResult, …): published, never compiled into the SDK. */
export async function loadResultSchemas() {
  const out = join(root, 'node_modules/.cache/lp-rules/registry.mjs');
  await loadSchemas();
  const mod = await import(`${pathToFileURL(out).href}?r=${Date.now()}`);
  return Object.fromEntries(Object.values(mod.RESULT_SCHEMAS).map((v) => [v.$id, JSON.parse(JSON.stringify(v))]));
}

// Annotations: published in the JSON Schemas, never needed to validate.
const ANNOTATIONS = new Set(['title', 'description', '$id', '$comment', 'examples', 'default', '$schema']);

/** The interpreter's keywords (src/schemas/schema-validator.ts), loaded as the schemas are. */
async function interpretedKeywords() {
  const out = join(root, 'node_modules/.cache/lp-rules/schema-validator.mjs');
  mkdirSync(dirname(out), { recursive: true });
  await build({ entryPoints: [join(root, 'src/schemas/schema-validator.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error' });
  return (await import(`${pathToFileURL(out).href}?t=${Date.now()}`)).KEYWORDS;
}

/**
 * A schema as the interpreter reads it: annotations dropped, `$ref`s naming a root `$defs` entry, a union of
 * string constants made an enum (unless `enums` is false: test/schema-validator.test.ts compares both forms). Throws on
 * a keyword or a form the interpreter does not implement, so a new schema cannot be validated wrongly.
 */
export function compactSchema(schema, keywords, where = '', enums = true) {
  const sub = (s, at) => (typeof s === 'boolean' ? s : compactSchema(s, keywords, at, enums));
  const map = (m, at) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, sub(v, `${at}/${k}`)]));
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    // A money node keeps its title: an issue's message names the two-decimal form (src/schemas/expected.ts).
    if (k === 'title' && v === 'Money') out[k] = v;
    if (ANNOTATIONS.has(k)) continue;
    if (!keywords.has(k)) throw new Error(`${where}: keyword ${k} is not interpreted by src/schemas/schema-validator.ts`);
    if (k === 'properties' || k === 'patternProperties' || k === '$defs') out[k] = map(v, `${where}/${k}`);
    else if (k === 'anyOf' || k === 'oneOf') out[k] = v.map((s, i) => sub(s, `${where}/${k}/${i}`));
    else if (k === 'items' || k === 'additionalProperties') {
      if (Array.isArray(v)) throw new Error(`${where}: tuple items are not interpreted`);
      out[k] = sub(v, `${where}/${k}`);
    } else out[k] = v;
  }
  // A union of string constants (TypeBox's Union of Literals) is an enum: one node instead of one per value.
  // Same verdict; ajv's errors differ only in form (one `enum` instead of a `const` per branch and the
  // `anyOf`), and both become the one INVALID_VALUE issue naming every allowed value (src/schemas/validate.ts).
  const constants = out.anyOf?.every((b) => typeof b === 'object' && b.type === 'string' && typeof b.const === 'string' && Object.keys(b).length === 2);
  if (enums && constants && Object.keys(out).every((k) => k === 'anyOf')) return { enum: out.anyOf.map((b) => b.const) };
  if (out.oneOf && !out.discriminator) throw new Error(`${where}: oneOf is interpreted with a discriminator only`);
  if (out.$ref && Object.keys(out).length > 1) throw new Error(`${where}: $ref beside other keywords is not interpreted`);
  for (const v of [out.const, ...(out.enum ?? [])]) if (v !== null && typeof v === 'object') throw new Error(`${where}: const/enum values must be primitives`);
  for (const [name, def] of Object.entries(schema.$defs ?? {})) if ((def.$id ?? name) !== name) throw new Error(`${where}: $defs/${name} has $id ${def.$id}`);
  return out;
}

/**
 * The validators, one module per schema (`src/schemas/validators/<Name>.generated.ts`, each holding only its
 * schema, read by the one shared interpreter), and `validators.generated.ts` re-exporting them: a
 * function's bundle carries its own input's schema only. Returns each file's path and text.
 */
export async function generateValidators() {
  const schemas = await loadSchemas();
  const keywords = await interpretedKeywords();
  const files = {};
  const header = '// Generated by scripts/schemas.mjs from src/schemas/registry.ts. Do not edit: run `npm run gen`.\n';
  for (const [name, schema] of Object.entries(schemas)) {
    const compact = JSON.stringify(compactSchema(schema, keywords, name));
    files[join(VALIDATORS_DIR, `${name}.generated.ts`)] =
      `${header}import { schemaValidator } from '../schema-validator.js';\n\nexport const validate${name} = /* @__PURE__ */ schemaValidator(${compact});\n`;
  }
  const barrel = Object.keys(schemas).map((name) => `export { validate${name} } from './validators/${name}.generated.js';`).join('\n');
  files[GENERATED] = `// Generated by scripts/schemas.mjs from src/schemas/registry.ts. Do not edit: run \`npm run gen\`.\n${barrel}\n`;
  return files;
}

async function main() {
  const jsonDir = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
  if (jsonDir) {
    const schemas = { ...(await loadSchemas()), ...(await loadResultSchemas()) };
    mkdirSync(jsonDir, { recursive: true });
    for (const [name, schema] of Object.entries(schemas)) {
      const file = join(jsonDir, `${name}.schema.json`);
      writeFileSync(file, `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema }, null, 2)}\n`);
    }
    console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to ${jsonDir}`);
  } else {
    mkdirSync(VALIDATORS_DIR, { recursive: true });
    const files = await generateValidators();
    for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
    console.log(`wrote ${Object.keys(files).length} files: ${GENERATED} and ${VALIDATORS_DIR}/*`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
