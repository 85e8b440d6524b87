/** The signals that end a run early, and the exit code each gives (128 + its number, as a shell reports it). */
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNALS;

/**
 * SIGINT and SIGTERM, handled from the start of the process to its exit: the first one asks the run to stop
 * reading (every record read is still written, then the summary), later ones are the same request. Node's
 * default action would kill the process mid-write, without the summary, dropping the batches in flight.
 */
export class Interruption {
  signal: StopSignal | null = null;
  /** Resolves at the first signal. */
  readonly requested: Promise<StopSignal>;

  constructor() {
    let resolve: (s: StopSignal) => void = () => {};
    this.requested = new Promise((r) => (resolve = r));
    for (const name of Object.keys(SIGNALS) as StopSignal[]) {
      process.on(name, () => {
        this.signal ??= name;
        resolve(this.signal);
      });
    }
  }

  /** 130 after SIGINT, 143 after SIGTERM. */
  get exitCode(): number | null {
    return this.signal === null ? null : SIGNALS[this.signal];
  }
}
