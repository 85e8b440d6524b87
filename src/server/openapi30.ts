/** A JSON Schema (draft 07, as TypeBox writes it) or an OpenAPI 3.0 Schema Object. */
export type Schema = Record<string, unknown>;

// Keywords OpenAPI 3.0 has no room for and that the SDK's schemas never use: refused here, so a new
// schema using one fails the server's start-up test instead of publishing a wrong contract.
const UNSUPPORTED = ['$ref', '$defs', 'definitions', 'if', 'then', 'else', 'contains', 'propertyNames', 'prefixItems', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties'];
// Kept as they are (same meaning in both dialects).
const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf'];

const isNull = (s: unknown): boolean => typeof s === 'object' && s !== null && (s as Schema).type === 'null' && Object.keys(s).length === 1;

/**
 * A JSON Schema converted to an OpenAPI 3.0.3 Schema Object: `const` → one-value `enum`, `type: 'null'`
 * (in a union or a type list) → `nullable: true`, `patternProperties` → `additionalProperties`,
 * numeric `exclusiveMinimum/Maximum` → the boolean form; `$id`, `$schema` and ajv's `discriminator` (an
 * OpenAPI 3.0 discriminator needs named component schemas) are left out. Validation is unchanged.
 */
export function toOpenApi30(schema: Schema, at = '#'): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (UNSUPPORTED.includes(key)) throw new Error(`${at}: '${key}' has no OpenAPI 3.0 form`);
    if (key === '$id' || key === '$schema' || key === 'discriminator' || key === '$comment') continue;
    if (key === 'const') out.enum = [value];
    else if (key === 'properties') out.properties = Object.fromEntries(Object.entries(value as Record<string, Schema>).map(([k, s]) => [k, toOpenApi30(s, `${at}/properties/${k}`)]));
    else if (key === 'items') out.items = toOpenApi30(value as Schema, `${at}/items`);
    else if (key === 'additionalProperties') out.additionalProperties = typeof value === 'boolean' ? value : toOpenApi30(value as Schema, `${at}/additionalProperties`);
    else if (key === 'patternProperties') {
      const patterns = Object.values(value as Record<string, Schema>);
      if (patterns.length !== 1) throw new Error(`${at}: several patternProperties have no OpenAPI 3.0 form`);
      out.additionalProperties = toOpenApi30(patterns[0]!, `${at}/patternProperties`);
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      out[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'] = value;
      out[key] = true;
    } else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null');
      if (types.length !== 1) throw new Error(`${at}: a type list has no OpenAPI 3.0 form`);
      out.type = types[0];
      if (types.length < value.length) out.nullable = true;
    } else if (SCHEMA_LISTS.includes(key)) Object.assign(out, union(key, value as Schema[], at));
    else out[key] = value;
  }
  return out;
}

/** A union; its `null` branch becomes `nullable` on the others (OpenAPI 3.0 has no null type). */
function union(key: string, branches: Schema[], at: string): Schema {
  const converted = branches.filter((b) => !isNull(b)).map((b, k) => toOpenApi30(b, `${at}/${key}/${k}`));
  const nullable = converted.length < branches.length;
  if (converted.length === 1) return nullable ? { ...converted[0], nullable: true } : { [key]: converted };
  // Literals of one type (`'a' | 'b'`): one enum, as generators turn it into one enum type.
  const enums = converted.every((b) => Array.isArray(b.enum) && (b.enum as unknown[]).length === 1 && b.type === converted[0]!.type && Object.keys(b).length === 2);
  if (enums && converted.length > 0) return { type: converted[0]!.type, enum: [...converted.map((b) => (b.enum as unknown[])[0]), ...(nullable ? [null] : [])], ...(nullable ? { nullable: true } : {}) };
  return { [key]: nullable ? converted.map((b) => (b.type === undefined ? b : { ...b, nullable: true })) : converted };
}
