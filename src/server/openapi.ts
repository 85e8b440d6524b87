import { PACKAGE_ID } from '../engines/evaluator/provenance.js';
import { SCHEMAS } from '../schemas/registry.js';
import { HTTP_FUNCTIONS } from './functions.js';
import { HTTP_SCHEMAS } from './http-schemas.js';
import { toOpenApi30, type Schema } from './openapi30.js';

const json = (s: unknown): Schema => JSON.parse(JSON.stringify(s)) as Schema;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const ok = (schema: unknown, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const LANGUAGE = { name: 'Accept-Language', in: 'header', required: false, description: 'fr or en (default en): the language of problem texts', schema: { type: 'string' } };
const AT = (description: string) => ({ name: 'at', in: 'query', required: false, description, schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } });
const COMMON_ERRORS = { '400': problem('Invalid input: every issue with its JSON pointer'), '500': problem('Unexpected failure (never with a stack)') };

/**
 * The OpenAPI 3.0.3 description of the server, built from the SDK's own schemas (inputs and results)
 * and the route table: the contract cannot drift from the package.
 */
export function openApiDocument(): Schema {
  const schemas: Record<string, Schema> = {};
  for (const f of HTTP_FUNCTIONS) {
    schemas[f.input.name] = toOpenApi30(json(f.input.schema), f.input.name);
    schemas[f.result.name] = toOpenApi30(json(f.result.schema), f.result.name);
  }
  schemas.SeizureFile = toOpenApi30(json(SCHEMAS.SeizureFile), 'SeizureFile');
  for (const [name, s] of Object.entries(HTTP_SCHEMAS)) schemas[name] = toOpenApi30(json(s), name);

  const paths: Record<string, unknown> = {};
  for (const f of HTTP_FUNCTIONS) {
    paths[`/v1/${f.name}`] = {
      post: {
        operationId: f.name,
        summary: f.summary,
        tags: ['functions'],
        parameters: [LANGUAGE],
        requestBody: { required: true, content: { 'application/json': { schema: ref(f.input.name), ...(f.examples ? { example: f.examples[0]!.input } : {}) } } },
        responses: {
          '200': ok(ref(f.result.name), `The result of ${f.name}, with its provenance`),
          ...COMMON_ERRORS,
          '413': problem('Body too large'),
          '415': problem('Not application/json'),
          '422': problem('No norm in force on the date asked (NO_NORM_IN_FORCE)'),
          '503': problem('Not computed within the time limit (PROCESSING_TIMEOUT): abandoned, the server goes on'),
          ...Object.fromEntries(Object.entries(f.problems ?? {}).map(([status, text]) => [status, problem(text)])),
        },
      },
    };
  }
  paths['/v1/recalculate'] = {
    post: {
      operationId: 'recalculate',
      summary: 'Recalculates seizure files streamed as NDJSON: one output line per input line, in order; a bad line is an error record',
      tags: ['bulk'],
      parameters: [
        LANGUAGE,
        { name: 'asOf', in: 'query', required: false, description: 'The recalculation date, for every file', schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
        { name: 'trace', in: 'query', required: false, schema: { type: 'boolean' } },
        { name: 'latestKnownNorms', in: 'query', required: false, schema: { type: 'boolean' } },
      ],
      requestBody: { required: true, description: 'One SeizureFile per line (application/x-ndjson)', content: { 'application/x-ndjson': { schema: ref('SeizureFile') } } },
      responses: {
        '200': { description: 'One RecalculationLine per input line (application/x-ndjson)', content: { 'application/x-ndjson': { schema: ref('RecalculationLine') } } },
        ...COMMON_ERRORS,
        '415': problem('Not application/x-ndjson'),
        '503': problem('The first batch of records not computed within the time limit (PROCESSING_TIMEOUT); a later batch too slow cuts the response'),
      },
    },
  };
  paths['/v1/rules'] = { get: { operationId: 'rules', summary: 'Every built-in norm: id, family, citation, period, parameters read', tags: ['norms'], responses: { '200': ok(ref('Rules')), '500': COMMON_ERRORS['500'] } } };
  paths['/v1/parameters/{id}'] = {
    get: {
      operationId: 'parameters',
      summary: "A norm family's parameters in force on a date",
      tags: ['norms'],
      parameters: [LANGUAGE, { name: 'id', in: 'path', required: true, description: 'Family id, e.g. seizure.minimum-vital', schema: { type: 'string' } }, AT('Default: today in Geneva')],
      responses: { '200': ok(ref('ParametersInForce')), ...COMMON_ERRORS, '404': problem('No such family (UNKNOWN_RULE_SET)') },
    },
  };
  paths['/v1/norms'] = {
    get: {
      operationId: 'norms',
      summary: 'The editions in force on a date, with the fingerprint of the norms (as results carry in their provenance)',
      tags: ['norms'],
      parameters: [LANGUAGE, AT('Default: today in Geneva')],
      responses: { '200': ok(ref('NormsInForce')), ...COMMON_ERRORS },
    },
  };
  paths['/health'] = { get: { operationId: 'health', summary: 'Liveness', tags: ['operations'], responses: { '200': ok(ref('Health')) } } };
  paths['/ready'] = {
    get: { operationId: 'ready', summary: 'Readiness: norms loaded, not shutting down', tags: ['operations'], responses: { '200': ok(ref('Ready')), '503': problem('Shutting down') } },
  };
  paths['/metrics'] = {
    get: { operationId: 'metrics', summary: 'Prometheus metrics', tags: ['operations'], responses: { '200': { description: 'Prometheus text format 0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } } } },
  };
  paths['/openapi.json'] = {
    get: { operationId: 'openapi', summary: 'This document', tags: ['operations'], responses: { '200': ok({ type: 'object', additionalProperties: true }) } },
  };
  return {
    openapi: '3.0.3',
    info: {
      title: 'lp-rules',
      version: PACKAGE_ID.slice('lp-rules@'.length),
      description:
        "Geneva's debt-enforcement norms (LP/SchKG, OCP) over HTTP: the same functions, schemas and results as the lp-rules package. Errors are RFC 9457 problem documents.",
      license: { name: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas },
  };
}
