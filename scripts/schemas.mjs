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

// Patterns without a format title, in words (the issue says what is expected, never a bare "wrong format").
const PATTERN_WORDS = {
  '\\S': { fr: 'un texte non vide', en: 'a non-empty text' },
  '^([01]\\d|2[0-3]):[0-5]\\d$': { fr: 'une heure HH:mm (p. ex. 14:30)', en: 'a time HH:mm (e.g. 14:30)' },
  '^(0(\\.\\d{1,4})?|1(\\.0{1,4})?)$': { fr: 'une part de 0 à 1, au plus quatre décimales (p. ex. 0.5)', en: 'a share from 0 to 1, at most four decimals (e.g. 0.5)' },
  '^[A-Z]{2}$': { fr: 'un code de canton de deux lettres majuscules (p. ex. GE)', en: 'a two-letter canton code in capitals (e.g. GE)' },
  '^https://': { fr: 'une adresse https://…', en: 'an https://… address' },
  '^\\d{2}:\\d{2}$': { fr: 'une heure HH:mm (p. ex. 14:30)', en: 'a time HH:mm (e.g. 14:30)' },
};
const TITLES = { IsoDate: 'date', IsoDateTime: 'datetime', IsoMonth: 'month', Money: 'money' };

/**
 * What a schema node expects, compact (rendered in French and English by src/schemas/expected.ts): a format
 * name, the allowed values (`v`), the JSON types (`t`) with an object's fields (`f`), a number's or a
 * list's bounds, or the branches of a union (`b`).
 */
function hintOf(node) {
  if (TITLES[node.title]) return TITLES[node.title];
  if (node.const !== undefined) return { v: [node.const] };
  if (Array.isArray(node.enum)) return { v: node.enum };
  const union = node.anyOf ?? node.oneOf;
  if (union && node.discriminator) {
    const tag = node.discriminator.propertyName;
    return { t: ['object'], tag, v: union.flatMap((b) => b.properties[tag].enum ?? [b.properties[tag].const]) };
  }
  if (union) {
    const branches = union.map(hintOf);
    return branches.every((b) => typeof b === 'object' && b.v) ? { v: branches.flatMap((b) => b.v) } : { b: branches };
  }
  if (node.$ref) return { t: ['object'] };
  const h = { t: [].concat(node.type ?? []) };
  if (node.type === 'string' && node.pattern !== undefined) {
    const words = PATTERN_WORDS[node.pattern];
    if (words) return { w: words };
    h.re = node.pattern;
  }
  if (node.type === 'object' && node.properties && node.additionalProperties === false) h.f = Object.keys(node.properties);
  for (const k of ['minimum', 'maximum', 'minItems', 'maxItems']) if (node[k] !== undefined) h[k] = node[k];
  return h;
}

/** The key of a node's hint: its schema path, shortened (src/schemas/expected.ts shortens the same way). */
export const hintKey = (schemaPath) => schemaPath.slice(1).replace(/\/properties\//g, '.');

/** Every node of a schema by its ajv schema path (as `schemaPath` names it in an error, without the keyword). */
export function hintsOf(schema) {
  const out = {};
  const walk = (node, path) => {
    if (node === null || typeof node !== 'object') return;
    const hint = hintOf(node);
    out[hintKey(path)] = hint;
    // A format or a list of values is one issue at its own path: its branches are never reported.
    if (typeof hint === 'string' || (hint.v && !hint.tag)) return;
    for (const [k, child] of Object.entries(node.properties ?? {})) walk(child, `${path}/properties/${k}`);
    for (const [k, child] of Object.entries(node.patternProperties ?? {})) walk(child, `${path}/patternProperties/${encodeURIComponent(k)}`);
    if (node.items && !Array.isArray(node.items)) walk(node.items, `${path}/items`);
    for (const key of ['anyOf', 'oneOf']) (node[key] ?? []).forEach((child, k) => walk(child, `${path}/${key}/${k}`));
  };
  walk(schema, '#');
  return out;
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
 * A schema as the interpreter reads it: annotations dropped, `$ref`s naming a root `$defs` entry. Throws on
 * a keyword or a form the interpreter does not implement, so a new schema cannot be validated wrongly.
 */
export function compactSchema(schema, keywords, where = '') {
  const sub = (s, at) => (typeof s === 'boolean' ? s : compactSchema(s, keywords, at));
  const map = (m, at) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, sub(v, `${at}/${k}`)]));
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue;
    if (!keywords.has(k)) throw new Error(`${where}: keyword ${k} is not interpreted by src/schemas/schema-validator.ts`);
    if (k === 'properties' || k === 'patternProperties' || k === '$defs') out[k] = map(v, `${where}/${k}`);
    else if (k === 'anyOf' || k === 'oneOf') out[k] = v.map((s, i) => sub(s, `${where}/${k}/${i}`));
    else if (k === 'items' || k === 'additionalProperties') {
      if (Array.isArray(v)) throw new Error(`${where}: tuple items are not interpreted`);
      out[k] = sub(v, `${where}/${k}`);
    } else out[k] = v;
  }
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
    // The validator carries what each of its nodes expects (pure: a bundle without it drops it).
    files[join(VALIDATORS_DIR, `${name}.generated.ts`)] =
      `${header}import { schemaValidator } from '../schema-validator.js';\n\nexport const validate${name} = /* @__PURE__ */ Object.assign(schemaValidator(${compact}), { hints: ${JSON.stringify(hintsOf(schema))} });\n`;
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
