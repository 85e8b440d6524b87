import { availableParallelism } from 'node:os';
import { loadNormsFrom } from '../cli/norm-files.js';
import type { Interruption } from '../cli/signals.js';
import { commandLine, UsageError } from '../cli/usage.js';
import { buildServer } from './app.js';

const OPTIONS = {
  port: { type: 'string', default: '8080' },
  host: { type: 'string', default: '127.0.0.1' },
  norms: { type: 'string', multiple: true },
  workers: { type: 'string', default: '0' },
  'body-limit': { type: 'string', default: String(1024 * 1024) },
  timeout: { type: 'string', default: '30000' },
  'log-level': { type: 'string', default: 'info' },
} as const;

const whole = (value: string, option: string, min: number, max: number): number => {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`${option} is a whole number from ${min} to ${max}`);
  return n;
};

/**
 * `lp-rules serve [--port 8080] [--host 127.0.0.1] [--norms f]… [--workers n]`: the package over HTTP.
 * On SIGTERM or SIGINT it stops accepting connections, finishes the requests in flight, and exits 0.
 */
export async function serve(argv: string[], stop: Interruption): Promise<number> {
  const { values, positionals } = commandLine(argv, OPTIONS);
  if (positionals.length > 0) throw new UsageError('serve takes no positional argument');
  const port = whole(values.port, '--port', 0, 65535);
  const workers = Math.min(whole(values.workers, '--workers', 0, 1024), availableParallelism());
  const level = values['log-level'];
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(level)) throw new UsageError('--log-level is fatal, error, warn, info, debug, trace or silent');
  // Checked before listening: a malformed edition stops the start with every problem listed.
  const { files } = loadNormsFrom(values.norms ?? []);
  const app = await buildServer({
    normFiles: files,
    workers,
    bodyLimit: whole(values['body-limit'], '--body-limit', 1, 1024 ** 3),
    requestTimeout: whole(values.timeout, '--timeout', 1, 3_600_000),
    logger: { level },
  });
  const address = await app.listen({ port, host: values.host });
  // One line a supervisor (or a test) reads to know where the server is.
  process.stderr.write(`lp-rules serve: listening on ${address}\n`);
  const signal = await stop.requested;
  app.lp.shuttingDown = true;
  app.log.info({ signal }, 'shutting down: finishing the requests in flight');
  await app.close();
  process.stderr.write(`lp-rules serve: stopped (${signal})\n`);
  return 0;
}
