// What every bench shares: a seeded PRNG for deterministic records, and the table of a tinybench run.

/** mulberry32: a tiny seeded PRNG, so every run measures the same records. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Records per second of each task of a finished tinybench run (one pass = `perPass` records), and its
 * markdown rows: name, records/s, ± RME, mean and median ms per pass, passes.
 */
export function taskRates(bench, perPass) {
  const rate = {};
  const rows = [];
  for (const task of bench.tasks) {
    const r = task.result;
    if (!r || r.error) throw new Error(`Task ${task.name} failed: ${r?.error?.message ?? 'no result'}`);
    const perSecond = (perPass * 1000) / r.latency.mean;
    rate[task.name] = perSecond;
    rows.push(
      `| ${task.name} | ${Math.round(perSecond).toLocaleString('en-US')} | ${r.latency.rme.toFixed(2)}% | ${r.latency.mean.toFixed(3)} | ${r.latency.p50.toFixed(3)} | ${r.latency.samples.length} |`,
    );
  }
  return { rate, rows };
}
