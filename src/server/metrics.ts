// Prometheus text exposition (format 0.0.4), written by hand: four series are all the server needs, and
// prom-client would add a dependency and process-wide default collectors for them.

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const label = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labels = (l: Record<string, string>): string => {
  const parts = Object.entries(l).map(([k, v]) => `${k}="${label(v)}"`);
  return parts.length === 0 ? '' : `{${parts.join(',')}}`;
};

class Counter {
  private readonly values = new Map<string, number>();
  constructor(readonly name: string, readonly help: string) {}
  inc(l: Record<string, string> = {}, by = 1): void {
    const key = labels(l);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  get(l: Record<string, string> = {}): number {
    return this.values.get(labels(l)) ?? 0;
  }
  text(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [key, v] of this.values) lines.push(`${this.name}${key} ${v}`);
    return lines.join('\n');
  }
}

class Histogram {
  private readonly series = new Map<string, { l: Record<string, string>; counts: number[]; sum: number; count: number }>();
  constructor(readonly name: string, readonly help: string) {}
  observe(l: Record<string, string>, seconds: number): void {
    const key = labels(l);
    let s = this.series.get(key);
    if (s === undefined) this.series.set(key, (s = { l, counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    for (let k = 0; k < BUCKETS.length; k++) if (seconds <= BUCKETS[k]!) s.counts[k]!++;
    s.sum += seconds;
    s.count++;
  }
  text(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      BUCKETS.forEach((b, k) => lines.push(`${this.name}_bucket${labels({ ...s.l, le: String(b) })} ${s.counts[k]}`));
      lines.push(`${this.name}_bucket${labels({ ...s.l, le: '+Inf' })} ${s.count}`);
      lines.push(`${this.name}_sum${labels(s.l)} ${s.sum}`);
      lines.push(`${this.name}_count${labels(s.l)} ${s.count}`);
    }
    return lines.join('\n');
  }
}

/** The server's metrics: requests, their latency, records recalculated, errors by the library's code. */
export class Metrics {
  readonly requests = new Counter('lp_rules_http_requests_total', 'HTTP requests answered, by route, method and status');
  readonly latency = new Histogram('lp_rules_http_request_duration_seconds', 'Time to answer a request, by route');
  readonly records = new Counter('lp_rules_records_recalculated_total', 'Records recalculated by /v1/recalculate, by outcome');
  readonly errors = new Counter('lp_rules_errors_total', 'Problem documents sent, by error code');

  text(): string {
    return `${[this.requests, this.latency, this.records, this.errors].map((m) => m.text()).join('\n')}\n`;
  }
}
