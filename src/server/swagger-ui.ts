import type { FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Schema } from './openapi30.js';

/**
 * Swagger UI at /docs, from the files @fastify/swagger-ui ships in the package (no CDN, no online
 * validator), showing the same document as /openapi.json (@fastify/swagger in static mode only serves it).
 */
export async function swaggerUi(app: FastifyInstance, document: Schema): Promise<void> {
  await app.register(fastifySwagger, { mode: 'static', specification: { document: document as never } });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null, deepLinking: false }, staticCSP: true });
}
