import { closeSync, constants, createWriteStream, fstatSync, ftruncateSync, openSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { CliError, ioError } from './usage.js';

/** An output as the command line names it: `-` is stdout. */
export interface OutputTarget {
  option: string;
  path: string;
}

/** Where an existing output is taken up again (`--resume`): the bytes kept and the input line of its last record. */
export interface ResumePoint {
  keep: number;
  line: number;
}

/**
 * An output, written with backpressure. A write error (ENOSPC, EPIPE, EFBIG…) never escapes as an
 * unhandled 'error' event: it fails the next write or close as a one-line `CliError`, and a regular file
 * of ours is cut back to the writes that completed — whole batches, so whole records.
 */
export class Output {
  private failure: Error | null = null;
  private readonly waiting = new Set<(e: Error) => void>();
  /** Bytes written completely (their callback came without error), after the `start` ones kept. */
  private written = 0;
  /** Records written completely. */
  records = 0;

  constructor(
    readonly name: string,
    private readonly stream: Writable,
    /** A file we opened (closed here, a regular one cut back on failure), else null (stdout). */
    private readonly file: { fd: number; regular: boolean } | null,
    /** Bytes already there (a resumed run's), and the input line of the last record among them. */
    readonly start = 0,
    readonly resumedAfter = 0,
  ) {
    stream.on('error', (e: Error) => {
      this.failure ??= e;
      for (const w of this.waiting) w(e);
    });
  }

  /** Queues `data` (holding `records` records); returns once the stream takes more. `done` runs once the stream is done with it. */
  async write(data: string | Uint8Array, records: number, done?: () => void): Promise<void> {
    this.check();
    if (data.length === 0) return done?.();
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    const more = this.stream.write(data, (e) => {
      if (e) this.failure ??= e;
      else {
        this.written += bytes;
        this.records += records;
      }
      done?.();
    });
    if (!more) await this.until((settle) => this.stream.once('drain', settle));
  }

  /** Writes `data` and returns once it is written (an `--errors` file must never lag behind `--out`). */
  async writeThrough(data: string | Uint8Array, records: number): Promise<void> {
    let written: () => void = () => {};
    const done = new Promise<void>((settle) => (written = settle));
    await this.write(data, records, written);
    await this.until((settle) => void done.then(settle));
    this.check();
  }

  /** Everything written, then closed (stdout is only flushed). */
  async close(): Promise<void> {
    this.check();
    const s = this.stream;
    await this.until((settle) => {
      const done = (e?: Error | null): void => {
        if (e) this.failure ??= e;
        settle();
      };
      if (s === process.stdout) s.write('', done);
      else s.end(done);
    });
    this.check();
    this.release();
  }

  /** Closes our file; after a failure, a regular file keeps only its complete writes (whole records). */
  release(): void {
    const f = this.file;
    if (f === null || f.fd < 0) return;
    try {
      if (this.failure !== null && f.regular) ftruncateSync(f.fd, this.start + this.written);
    } catch {
      // Best effort: the write error is what is reported.
    }
    closeSync(f.fd);
    f.fd = -1;
  }

  private check(): void {
    if (this.failure !== null) throw this.error(this.failure);
  }

  private error(e: Error): CliError {
    const error = ioError('write', this.name, e);
    if (this.file?.regular) error.message += ' (the file keeps whole records: --resume continues it)';
    return error;
  }

  /** Waits for `start`'s event, or fails at the first write error. */
  private until(start: (settle: () => void) => void): Promise<void> {
    return new Promise<void>((settle, fail) => {
      if (this.failure !== null) return fail(this.error(this.failure));
      const failed = (e: Error): void => {
        this.waiting.delete(failed);
        fail(this.error(e));
      };
      this.waiting.add(failed);
      start(() => {
        this.waiting.delete(failed);
        settle();
      });
    });
  }
}

/** The same file (device and inode) — a terminal or /dev/null may be shared, they hold nothing to destroy. */
const same = (a: Stats | null, b: Stats | null): boolean => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino && !a.isCharacterDevice();

function statOf(path: string): Stats | null {
  try {
    return path === '-' ? fstatSync(1) : statSync(path);
  } catch {
    return null; // not there yet (or not reachable: opening it says why)
  }
}

/** Refuses an output that is the input, or another output, before anything is truncated or written. */
function refuseOverlaps(targets: readonly OutputTarget[], ids: readonly (Stats | null)[], input: { name: string; stats: Stats }): void {
  targets.forEach((t, k) => {
    if (same(ids[k]!, input.stats)) throw new CliError(`refused: ${t.option} ${t.path === '-' ? '- (stdout)' : t.path} is the input ${input.name} (the same file): it would be destroyed`);
    for (let j = 0; j < k; j++) {
      const u = targets[j]!;
      const samePath = t.path === '-' ? u.path === '-' : u.path !== '-' && resolve(t.path) === resolve(u.path);
      if (samePath || same(ids[k]!, ids[j]!)) throw new CliError(`refused: ${t.option} and ${u.option} name the same file (${t.path})`);
    }
  });
}

/**
 * Opens the outputs for writing. An output that is the input (same device and inode: the same path, a
 * symbolic or hard link, stdout redirected onto it) or another output is refused, checked before opening
 * and again on the opened files; nothing is truncated until every output is open and checked, and a file
 * created for a run that is then refused is removed. `resumeAt` reads where an existing file is taken up
 * again (`--resume`); otherwise a file starts empty.
 */
export function openOutputs(
  targets: readonly OutputTarget[],
  input: { name: string; stats: Stats },
  resumeAt?: (fd: number, size: number, name: string) => ResumePoint,
): Output[] {
  refuseOverlaps(targets, targets.map((t) => statOf(t.path)), input);
  const opened: { fd: number; created: boolean }[] = [];
  const undo = (): void => {
    targets.forEach((t, k) => {
      const o = opened[k];
      if (o === undefined || o.fd === 1) return;
      closeSync(o.fd);
      if (o.created) unlinkSync(t.path);
    });
  };
  try {
    for (const t of targets) {
      if (t.path === '-') {
        opened.push({ fd: 1, created: false });
        continue;
      }
      const existed = statOf(t.path) !== null;
      try {
        opened.push({ fd: openSync(t.path, (resumeAt ? constants.O_RDWR : constants.O_WRONLY) | constants.O_CREAT, 0o666), created: !existed });
      } catch (error) {
        throw ioError('write', t.path, error);
      }
    }
    const ids = opened.map((o) => fstatSync(o.fd));
    refuseOverlaps(targets, ids, input);
    // Where each regular file is taken up (all read before any is cut), then the streams.
    const at = opened.map(({ fd }, k) => (fd === 1 || !ids[k]!.isFile() ? null : resumeAt ? resumeAt(fd, ids[k]!.size, targets[k]!.path) : { keep: 0, line: 0 }));
    return targets.map((t, k) => {
      const { fd } = opened[k]!;
      const from = at[k];
      if (fd === 1) return new Output('stdout', process.stdout, null);
      // autoClose off: a failed stream would close the file before it is cut back to whole records.
      if (from == null) return new Output(t.path, createWriteStream(t.path, { fd, autoClose: false }), { fd, regular: false });
      ftruncateSync(fd, from.keep);
      return new Output(t.path, createWriteStream(t.path, { fd, start: from.keep, autoClose: false }), { fd, regular: true }, from.keep, from.line);
    });
  } catch (error) {
    undo();
    throw error;
  }
}
