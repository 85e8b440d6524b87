import { randomUUID } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { createLpRules, type LpRules } from '../api/create-lp-rules.js';
import { containsCardNumber, redactCardNumbers } from '../core/card-number.js';
import { issue } from '../core/errors.js';
import { loadNorms, type NormFile, type Norms } from '../rules/norms.js';
import { BatchPool } from '../cli/pool.js';
import { HTTP_FUNCTIONS } from './functions.js';
import { Metrics } from './metrics.js';
import { dateParameter, normsOf, parametersOf, rulesOf } from './norms-routes.js';
import { openApiDocument } from './openapi.js';
import { languageOf, loggable, problemOf, ServerRefusal, type Problem } from './problem.js';
import { recalculateStream, recalculationOptions } from './recalculate-route.js';
import { swaggerUi } from './swagger-ui.js';

export interface ServerOptions {
  /** Norm files loaded on top of the package's (`--norms`), already read. */
  normFiles?: readonly NormFile[];
  /** Worker threads for /v1/recalculate (0: in the event loop's thread). */
  workers?: number;
  /** Where the worker script is (dist/cli-worker.js next to the built CLI). */
  workerUrl?: URL;
  /** Largest JSON body, in bytes (413 above). */
  bodyLimit?: number;
  /**
   * `--timeout`, in ms. A JSON call: received and answered within it, from its headers (408 when its
   * body is not in by then, 503 PROCESSING_TIMEOUT when it is). An NDJSON stream: the longest silence of
   * its connection, and the time each batch of records may take — never the whole stream.
   */
  requestTimeout?: number;
  /** The server's own clocks alone — a JSON call's, a recalculation batch's — without the socket's silence (default: `requestTimeout`). */
  handlerTimeout?: number;
  /** Longest NDJSON line, in bytes: a longer one is an error record, never held in memory. */
  maxLineBytes?: number;
  /** pino options (level, stream); false: no logs. */
  logger?: false | { level?: string; stream?: { write(line: string): void } };
}

const NDJSON = 'application/x-ndjson';

/** The server, with its metrics, its worker pool and whether it is shutting down (then /ready says 503). */
export type LpServer = FastifyInstance & { lp: { metrics: Metrics; shuttingDown: boolean; pool: BatchPool } };

/** A request's id: the caller's `X-Request-Id` when it is a short token (and no card number), else a new UUID. */
function requestId(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && /^[A-Za-z0-9._:-]{1,64}$/.test(given) && !containsCardNumber(given) ? given : randomUUID();
}

/** pino through Fastify: request ids, and only what is safe (the URL with any card number written out; never a body). */
function loggerOptions(given: ServerOptions['logger']): FastifyServerOptions['logger'] {
  if (given === false) return false;
  return {
    level: given?.level ?? 'info',
    ...(given?.stream ? { stream: given.stream } : {}),
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: safeUrl(req.url) }),
      err: (e: unknown) => ({ type: 'Error', stack: '', ...loggable(e) }),
    },
    redact: { paths: ['req.headers', 'headers', 'body'], remove: true },
  } as unknown as FastifyServerOptions['logger'];
}

/** A URL as it may be logged or echoed: without any card number, escaped (`%20`) or not. */
function safeUrl(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // Malformed escapes: the raw text is checked.
  }
  return containsCardNumber(decoded) || containsCardNumber(url) ? redactCardNumbers(decoded) : url;
}

/** A card number anywhere in the URL or a header: refused before routing, never logged. */
function cardNumberIn(request: FastifyRequest): boolean {
  if (safeUrl(request.url) !== request.url) return true;
  return Object.values(request.headers).some((v) => (Array.isArray(v) ? v.some((x) => containsCardNumber(x)) : typeof v === 'string' && containsCardNumber(v)));
}

/**
 * The HTTP face of the package: every public function at `POST /v1/<name>`, NDJSON recalculation, the
 * norms in force, the OpenAPI 3.0.3 contract, Swagger UI, health, readiness and Prometheus metrics.
 */
export async function buildServer(o: ServerOptions = {}): Promise<LpServer> {
  const norms: Norms = loadNorms(o.normFiles ?? []);
  const lp: LpRules = createLpRules({ norms });
  const metrics = new Metrics();
  const pool = new BatchPool(o.workers ?? 0, o.workerUrl ?? new URL('./cli-worker.js', import.meta.url), o.normFiles ?? []);
  const document = openApiDocument();
  // Computed on the first /ready (it compiles every family): not on the start-up path.
  let readyBody: string | null = null;
  const maxLineBytes = o.maxLineBytes ?? 1024 * 1024;
  const handlerTimeout = o.handlerTimeout ?? o.requestTimeout ?? 30_000;
  // On the functions' routes only: /v1/recalculate has its own limit (per batch: a stream may run for
  // hours), and the GET routes answer synchronously from memory.
  const limited = { config: { timed: true } };

  const app = Fastify({
    bodyLimit: o.bodyLimit ?? 1024 * 1024,
    // Node's whole-request clock would cut an NDJSON upload longer than the limit while records flow: the
    // JSON routes have their own clock (handlerTimeout, from routing through parsing), the socket its silence.
    requestTimeout: 0,
    connectionTimeout: o.requestTimeout ?? 30_000,
    genReqId: (req) => requestId(req.headers['x-request-id']),
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    logger: loggerOptions(o.logger),
  });
  const state = Object.assign(app, { lp: { metrics, shuttingDown: false, pool } }) as unknown as LpServer;

  const sendProblem = (request: FastifyRequest, reply: FastifyReply, p: Problem) => {
    metrics.errors.inc({ code: p.code });
    const lang = languageOf(request.headers['accept-language']);
    return reply
      .code(p.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .header('content-language', lang)
      .send(JSON.stringify({ ...p, instance: safeUrl(request.url.split('?')[0]!), requestId: request.id }));
  };

  // Bodies: JSON (checked UTF-8, parsed without echoing anything of it) and NDJSON (streamed to the route).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) return done(new ServerRefusal('INVALID_UTF8'), undefined);
    try {
      // The parse error's message quotes the body (it may hold a card number): never passed on.
      done(null, JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')));
    } catch {
      done(new ServerRefusal('INVALID_JSON'), undefined);
    }
  });
  app.addContentTypeParser(NDJSON, (_req, payload, done) => done(null, payload));

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (cardNumberIn(request)) throw new ServerRefusal('SENSITIVE_DATA', [issue('', 'SENSITIVE_DATA')]);
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ route, method: request.method, status: String(reply.statusCode) });
    metrics.latency.observe({ route }, reply.elapsedTime / 1000);
  });

  // The JSON calls' clock, from routing: past it, a 408 while the body is still coming, a 503 once it is in.
  // Its own, not Fastify's handlerTimeout: that one takes the request stream's 'close' (emitted as soon as
  // a body is read) for the client leaving, and stops the clock there.
  const clocks = new WeakMap<FastifyRequest, AbortController>();
  const received = new WeakSet<FastifyRequest>();
  app.addHook('onRequest', async (request, reply) => {
    if ((request.routeOptions.config as { timed?: boolean } | undefined)?.timed !== true) return;
    const clock = new AbortController();
    clocks.set(request, clock);
    const timer = setTimeout(() => {
      if (reply.sent) return;
      clock.abort();
      const code = received.has(request) ? 'PROCESSING_TIMEOUT' : 'REQUEST_TIMEOUT';
      request.log.warn({ problem: code, route: request.routeOptions.url }, 'request abandoned: time limit');
      void sendProblem(request, reply, problemOf(new ServerRefusal(code), languageOf(request.headers['accept-language'])));
    }, handlerTimeout);
    // The answer sent, or the client gone: the clock stops, and a call still running learns it is abandoned.
    reply.raw.once('close', () => {
      clearTimeout(timer);
      clock.abort();
    });
  });
  app.addHook('preValidation', async (request) => void received.add(request));
  const NEVER = new AbortController().signal;

  app.setErrorHandler((error, request, reply) => {
    const p = problemOf(error, languageOf(request.headers['accept-language']));
    if (p.code === 'PROCESSING_TIMEOUT') request.log.warn({ problem: p.code, route: request.routeOptions.url }, 'request abandoned: time limit');
    else if (p.status >= 500) request.log.error({ err: error, stack: redactCardNumbers(String((error as Error).stack ?? '')) }, 'request failed');
    else request.log.info({ problem: p.code, status: p.status }, 'request refused');
    return sendProblem(request, reply, p);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, problemOf(new ServerRefusal('NOT_FOUND'), languageOf(request.headers['accept-language']))));

  const isStream = (body: unknown): boolean => body !== null && typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe === 'function';

  for (const f of HTTP_FUNCTIONS) {
    app.post(`/v1/${f.name}`, limited, async (request, reply) => {
      if (isStream(request.body)) throw new ServerRefusal('UNSUPPORTED_MEDIA_TYPE');
      const signal = clocks.get(request)?.signal ?? NEVER;
      let result: unknown;
      try {
        result = await f.call(lp, request.body, signal);
      } catch (error) {
        // Time up: the problem is sent already; what the abandoned call says next goes nowhere.
        if (reply.sent) return reply;
        throw error;
      }
      if (reply.sent) return reply;
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(result));
    });
  }

  app.post('/v1/recalculate', async (request, reply) => {
    if (!isStream(request.body)) throw new ServerRefusal('UNSUPPORTED_MEDIA_TYPE');
    const options = recalculationOptions(request.query as Record<string, unknown>);
    const stream = await recalculateStream(request.body as AsyncIterable<Buffer>, options, pool, { maxLineBytes, idleMs: handlerTimeout }, (b) => {
      metrics.records.inc({ outcome: 'ok' }, b.ok);
      metrics.records.inc({ outcome: 'error' }, b.failed);
    });
    // A batch too slow once the answer has started: the response is cut (logged, counted), the server goes on.
    stream.on('error', (e) => {
      if (e instanceof ServerRefusal) metrics.errors.inc({ code: e.code });
    });
    return reply.type(`${NDJSON}; charset=utf-8`).send(stream);
  });

  app.get('/v1/rules', async (_request, reply) => reply.type('application/json; charset=utf-8').send(JSON.stringify(rulesOf(norms))));
  app.get('/v1/parameters/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const at = dateParameter((request.query as { at?: unknown }).at);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(parametersOf(norms, id, at)));
  });
  app.get('/v1/norms', async (request, reply) => {
    const at = dateParameter((request.query as { at?: unknown }).at);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(normsOf(norms, at)));
  });
  app.get('/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(JSON.stringify(document)));
  app.get('/health', async (_request, reply) => reply.type('application/json; charset=utf-8').send('{"status":"ok"}'));
  app.get('/ready', async (request, reply) => {
    if (state.lp.shuttingDown) return sendProblem(request, reply, problemOf(new ServerRefusal('SHUTTING_DOWN'), languageOf(request.headers['accept-language'])));
    readyBody ??= JSON.stringify({ status: 'ready', norms: normsOf(norms, dateParameter(undefined)).fingerprint });
    return reply.type('application/json; charset=utf-8').send(readyBody);
  });
  app.get('/metrics', async (_request, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.text()));
  await swaggerUi(app, document);
  app.addHook('onClose', async () => pool.close());
  return state;
}
