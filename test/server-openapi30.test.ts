import { describe, expect, it } from 'vitest';
import { toOpenApi30 } from '../src/server/openapi30.js';

// JSON Schema (as TypeBox writes it) → OpenAPI 3.0.3 Schema Objects: each rule of the conversion.

describe('toOpenApi30', () => {
  it('turns const into a one-value enum and drops $id and discriminator', () => {
    expect(toOpenApi30({ $id: 'X', type: 'string', const: 'a', discriminator: { propertyName: 'type' } })).toEqual({ type: 'string', enum: ['a'] });
  });

  it('turns a null branch into nullable', () => {
    expect(toOpenApi30({ anyOf: [{ type: 'string', pattern: '^x$' }, { type: 'null' }] })).toEqual({ type: 'string', pattern: '^x$', nullable: true });
    expect(toOpenApi30({ type: ['integer', 'null'] })).toEqual({ type: 'integer', nullable: true });
    expect(toOpenApi30({ anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] })).toEqual({
      anyOf: [{ type: 'string', nullable: true }, { type: 'number', nullable: true }],
    });
  });

  it('merges a union of literals into one enum (null included when nullable)', () => {
    expect(toOpenApi30({ anyOf: [{ type: 'string', const: 'a' }, { type: 'string', const: 'b' }, { type: 'null' }] })).toEqual({
      type: 'string',
      enum: ['a', 'b', null],
      nullable: true,
    });
  });

  it('turns patternProperties into additionalProperties, and numeric exclusive bounds into the boolean form', () => {
    expect(toOpenApi30({ type: 'object', patternProperties: { '^(.*)$': { type: 'string', const: 'x' } } })).toEqual({ type: 'object', additionalProperties: { type: 'string', enum: ['x'] } });
    expect(toOpenApi30({ type: 'number', exclusiveMinimum: 0 })).toEqual({ type: 'number', minimum: 0, exclusiveMinimum: true });
  });

  it('converts nested schemas and refuses what OpenAPI 3.0 cannot say, naming where', () => {
    expect(toOpenApi30({ type: 'object', properties: { a: { type: 'array', items: { const: 1 } } } })).toEqual({ type: 'object', properties: { a: { type: 'array', items: { enum: [1] } } } });
    expect(() => toOpenApi30({ type: 'object', properties: { a: { if: {} } } })).toThrow("#/properties/a: 'if' has no OpenAPI 3.0 form");
    expect(() => toOpenApi30({ $ref: '#/$defs/X' })).toThrow(/\$ref/);
  });
});
