/** A progress line on a terminal (stderr only, never mixed into the output): bar, count, rate, ETA. */
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly stream: NodeJS.WriteStream, private readonly totalBytes: number | null) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(records: number, bytes: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = Math.round(records / seconds);
    let line = `${records.toLocaleString('en-US')} records  ${rate.toLocaleString('en-US')}/s`;
    if (this.totalBytes) {
      const part = Math.min(bytes / this.totalBytes, 1);
      const width = 24;
      const filled = Math.round(part * width);
      const eta = part > 0 ? Math.max(0, Math.round(seconds / part - seconds)) : 0;
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(part * 100).toFixed(0).padStart(3)}%  ${line}  ETA ${eta}s`;
    }
    this.stream.write(`\r${line}\u001b[K`);
  }

  done(): void {
    if (this.enabled) this.stream.write('\r\u001b[K');
  }
}
