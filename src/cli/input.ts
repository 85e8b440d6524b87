import { constants, createReadStream, fstatSync, openSync, statSync, type Stats } from 'node:fs';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { CliError, ioError } from './usage.js';

/** An input opened for reading: a file, a named pipe, or stdin (`-`). */
export interface Input {
  /** As the user wrote it ('stdin' for `-`), for messages. */
  name: string;
  stream: Readable;
  /** What it is (device and inode): an output naming the same file is refused. */
  stats: Stats;
  /** Its size when it is a regular file (the progress bar's 100 %), else null. */
  size: number | null;
}

/**
 * Opens `source` for reading. A named pipe is opened without blocking and read as a socket (epoll): a read
 * blocked in the thread pool, as `fs` reads are, could not be stopped by a signal, nor an open waiting
 * for a writer.
 */
export function openInput(source: string): Input {
  if (source === '-') {
    const stats = fstatSync(0);
    return { name: 'stdin', stream: process.stdin, stats, size: stats.isFile() ? stats.size : null };
  }
  let fd: number;
  let stats: Stats;
  try {
    const fifo = statSync(source).isFIFO();
    fd = openSync(source, fifo ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY);
    stats = fstatSync(fd);
  } catch (error) {
    throw ioError('read', source, error);
  }
  if (stats.isDirectory()) throw new CliError(`cannot read ${source}: it is a directory`);
  const stream = stats.isFIFO() ? new Socket({ fd, readable: true, writable: false }) : createReadStream(source, { fd });
  return { name: source, stream, stats, size: stats.isFile() ? stats.size : null };
}

/**
 * The chunks of `input` until its end or `stop`: at the stop, what the stream already holds (read from the
 * system, not yet given) is still given, then the stream is closed; `ended()` tells the input's end from a
 * stop. A read error is a `CliError`.
 */
export function chunksOf(input: Input, stop: Promise<unknown>): { chunks: AsyncGenerator<Buffer>; ended: () => boolean } {
  const stream = input.stream;
  let ended = false;
  let stopped = false;
  const held: Buffer[] = [];
  let wake: (() => void) | null = null;
  const onEvent = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  void stop.then(() => {
    stopped = true;
    for (let c = stream.read() as Buffer | null; c !== null; c = stream.read() as Buffer | null) held.push(c);
    stream.destroy();
    onEvent();
  });
  async function* chunks(): AsyncGenerator<Buffer> {
    stream.on('readable', onEvent).on('end', onEvent).on('error', onEvent).on('close', onEvent);
    try {
      for (;;) {
        if (stopped) {
          yield* held.splice(0);
          return;
        }
        const chunk = stream.read() as Buffer | null;
        if (chunk !== null) {
          yield chunk;
          continue;
        }
        if (stream.readableEnded) {
          ended = true;
          return;
        }
        if (stream.errored) throw ioError('read', input.name, stream.errored);
        if (stream.destroyed) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      stream.off('readable', onEvent).off('end', onEvent).off('error', onEvent).off('close', onEvent);
    }
  }
  return { chunks: chunks(), ended: () => ended };
}
