import type { RecalculationResult } from './record.js';

/** A JSON string literal: as `JSON.stringify`, without its generic machinery for the usual plain text. */
function str(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    // Control characters, quote, backslash and surrogates (lone ones are escaped) take the slow path.
    if (ch < 32 || ch === 34 || ch === 92 || (ch >= 0xd800 && ch <= 0xdfff)) return JSON.stringify(s);
  }
  return `"${s}"`;
}

/**
 * One output line of `lp-rules recalc --format jsonl`: exactly `JSON.stringify(result)`, written by
 * hand for the untraced result, the CLI's per-record common case (about 2.5× faster than the generic
 * `JSON.stringify`, ~10 % of a record's cost in a worker). Error records and traced results take
 * `JSON.stringify`. The field order is the one `recalculateRecord` builds; a test holds the two equal.
 */
export function resultToJsonLine(r: RecalculationResult): string {
  if (!r.ok || r.result.trace !== undefined) return JSON.stringify(r);
  const x = r.result;
  let s = `{"line":${r.line}`;
  if (r.id !== undefined) s += `,"id":${str(r.id)}`;
  s += `,"ok":true,"result":{"asOf":${str(x.asOf)},"minimumVital":${str(x.minimumVital)},"debtorShareOfMinimum":${str(x.debtorShareOfMinimum)}`;
  if (x.spouseShareOfMinimum !== undefined) s += `,"spouseShareOfMinimum":${str(x.spouseShareOfMinimum)}`;
  s += `,"seizable":${str(x.seizable)}`;
  if (x.incomeSeizureEndsOn !== undefined) s += `,"incomeSeizureEndsOn":${str(x.incomeSeizureEndsOn)}`;
  s += `,"normsVersion":${str(x.normsVersion)},"breakdown":{`;
  let first = true;
  const b = x.breakdown as Record<string, string | undefined>;
  for (const item in b) {
    const amount = b[item];
    if (amount === undefined) continue;
    s += `${first ? '' : ','}${str(item)}:${str(amount)}`;
    first = false;
  }
  return `${s}}}}`;
}
