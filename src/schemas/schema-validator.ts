import { pointer } from '../core/errors.js';
import type { StandaloneValidator } from './validate.js';

/**
 * The input validators: one small interpreter of the JSON Schema keywords the SDK's schemas use, instead of
 * ajv's standalone code (tens of kB per schema: a canton union alone unrolls into 26 branches of code). No
 * `new Function` or `eval`, so it runs under a strict Content-Security-Policy. It reports what ajv
 * (`allErrors`, `discriminator`) reports — the same errors (path, keyword, params) in the same order —
 * which test/schema-validator.test.ts checks against ajv itself on every schema; scripts/schemas.mjs
 * refuses a schema with a keyword this file does not know.
 */
export type Schema = { readonly [keyword: string]: any };

interface SchemaError {
  instancePath: string;
  /** ajv's schema path of the failing keyword (`#/properties/method/discriminator`): what the node expects is keyed by it. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type Errors = SchemaError[];

/** ajv's keyword groups, in ajv's order: the keywords of a data type run only on data of that type. */
const GROUPS: readonly [type: string, keywords: readonly string[]][] = [
  ['number', ['maximum', 'minimum']],
  ['string', ['maxLength', 'minLength', 'pattern']],
  ['array', ['maxItems', 'minItems', 'items']],
  ['object', ['required', 'additionalProperties', 'properties', 'patternProperties', 'discriminator']],
];

/** The keywords interpreted here (annotations are dropped by the generator, but for `title: 'Money'`, which messages read). */
export const KEYWORDS = new Set(['type', 'const', 'enum', 'anyOf', 'oneOf', '$ref', '$defs', ...GROUPS.flatMap(([, k]) => k)]);

const patterns = new Map<string, RegExp>();
const regExp = (p: string): RegExp => {
  let r = patterns.get(p);
  if (!r) patterns.set(p, (r = new RegExp(p, 'u')));
  return r;
};

function hasType(type: string, data: unknown): boolean {
  switch (type) {
    case 'object':
      return !!data && typeof data === 'object' && !Array.isArray(data);
    case 'array':
      return Array.isArray(data);
    case 'null':
      return data === null;
    case 'integer':
      return typeof data === 'number' && !(data % 1) && !Number.isNaN(data);
    default:
      return typeof data === type;
  }
}

const child = pointer;

function check(schema: Schema, data: any, path: string, root: Schema, errors: Errors, sp = '#'): boolean {
  const before = errors.length;
  const fail = (keyword: string, params: Record<string, unknown> = {}, at = path) => errors.push({ instancePath: at, schemaPath: `${sp}/${keyword}`, keyword, params });
  if (schema.$ref !== undefined) return check(root.$defs[schema.$ref], data, path, root, errors, `#/$defs/${schema.$ref}`);
  const types: string[] = schema.type === undefined ? [] : [].concat(schema.type);
  const used = GROUPS.filter(([, keywords]) => keywords.some((k) => schema[k] !== undefined));
  // ajv checks the type first unless it is a single type whose own keywords check it (then it reports it there).
  const typeFirst = types.length > 0 && !(types.length === 1 && used.some(([t]) => t === types[0]));
  if (typeFirst && !types.some((t) => hasType(t, data))) fail('type', { type: schema.type });
  if (schema.const !== undefined && data !== schema.const) fail('const', { allowedValue: schema.const });
  if (schema.enum !== undefined && !schema.enum.some((v: unknown) => v === data)) fail('enum', { allowedValues: schema.enum });
  if (schema.anyOf !== undefined) {
    const at = errors.length;
    if ((schema.anyOf as Schema[]).some((branch, k) => check(branch, data, path, root, errors, `${sp}/anyOf/${k}`))) errors.length = at;
    else fail('anyOf');
  }
  for (const [type] of used) {
    if (!hasType(type, data)) {
      if (!typeFirst && types[0] === type) fail('type', { type: schema.type });
      continue;
    }
    if (type === 'number') {
      if (schema.maximum !== undefined && (data > schema.maximum || Number.isNaN(data))) fail('maximum', { comparison: '<=', limit: schema.maximum });
      if (schema.minimum !== undefined && (data < schema.minimum || Number.isNaN(data))) fail('minimum', { comparison: '>=', limit: schema.minimum });
    } else if (type === 'string') {
      // ajv counts code points, not UTF-16 units.
      const length = () => [...data].length;
      if (schema.maxLength !== undefined && length() > schema.maxLength) fail('maxLength', { limit: schema.maxLength });
      if (schema.minLength !== undefined && length() < schema.minLength) fail('minLength', { limit: schema.minLength });
      if (schema.pattern !== undefined && !regExp(schema.pattern).test(data)) fail('pattern', { pattern: schema.pattern });
    } else if (type === 'array') {
      if (schema.maxItems !== undefined && data.length > schema.maxItems) fail('maxItems', { limit: schema.maxItems });
      if (schema.minItems !== undefined && data.length < schema.minItems) fail('minItems', { limit: schema.minItems });
      if (schema.items !== undefined) for (let i = 0; i < data.length; i++) check(schema.items, data[i], child(path, i), root, errors, `${sp}/items`);
    } else {
      checkObject(schema, data, path, root, errors, fail, sp);
    }
  }
  return errors.length === before;
}

function checkObject(schema: Schema, data: any, path: string, root: Schema, errors: Errors, fail: (k: string, p?: Record<string, unknown>, at?: string) => void, sp: string): void {
  for (const name of schema.required ?? []) if (data[name] === undefined) fail('required', { missingProperty: name });
  const names = Object.keys(schema.properties ?? {});
  const patternNames = Object.keys(schema.patternProperties ?? {});
  const extra = schema.additionalProperties;
  if (extra !== undefined) {
    for (const key in data) {
      if (names.includes(key) || patternNames.some((p) => regExp(p).test(key))) continue;
      if (extra === false) fail('additionalProperties', { additionalProperty: key });
      else check(extra, data[key], child(path, key), root, errors, `${sp}/additionalProperties`);
    }
  }
  for (const name of names) if (data[name] !== undefined) check(schema.properties[name], data[name], child(path, name), root, errors, `${sp}/properties/${name}`);
  for (const p of patternNames) {
    for (const key in data) if (regExp(p).test(key)) check(schema.patternProperties[p], data[key], child(path, key), root, errors, `${sp}/patternProperties/${encodeURIComponent(p)}`);
  }
  if (schema.discriminator !== undefined) {
    const tagName: string = schema.discriminator.propertyName;
    const tag = data[tagName];
    if (typeof tag !== 'string') fail('discriminator', { error: 'tag', tag: tagName, tagValue: tag });
    else {
      const k = (schema.oneOf as Schema[]).findIndex((b) => {
        const s = b.properties[tagName];
        return s.const !== undefined ? s.const === tag : s.enum.includes(tag);
      });
      if (k !== -1) check(schema.oneOf[k], data, path, root, errors, `${sp}/oneOf/${k}`);
      else fail('discriminator', { error: 'mapping', tag: tagName, tagValue: tag });
    }
  }
}

/** A validator with ajv's calling convention: `validate(data)` is true or false, `validate.errors` says why; `validate.schema` is what it reads. */
export function schemaValidator(schema: Schema): StandaloneValidator {
  const validate: StandaloneValidator = (data: unknown) => {
    const errors: Errors = [];
    check(schema, data, '', schema, errors);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  // What each node expects is read from the schema itself (src/schemas/expected.ts).
  validate.schema = schema;
  return validate;
}
