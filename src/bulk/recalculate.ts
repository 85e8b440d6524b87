import { PlanCache, recalculateRecord, type RecalculationOptions, type RecalculationResult } from './record.js';

export type { QuotaResult, RecalculationOptions, RecalculationResult, RecordError } from './record.js';

/**
 * Recalculates the minimum vital and the seizable quota of every seizure file, in input order: exactly
 * one result per record, numbered from 1 (`line`), either `ok: true` with the result or `ok: false` with
 * every validation issue — a bad record never stops the batch and is never dropped. Takes arrays, any
 * iterable, async iterables and Node streams in object mode. Rules are compiled and parameters resolved
 * once per reference date; per record, only validation and integer arithmetic (trace off by default).
 *
 * @example
 * for await (const r of recalculateQuotas(files, { asOf: '2026-01-01' })) {
 *   if (r.ok) save(r.id, r.result.seizable); else report(r.line, r.error.issues);
 * }
 * @see computeMinimumVital, seizableQuota
 */
export async function* recalculateQuotas(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: RecalculationOptions = {},
): AsyncGenerator<RecalculationResult, void, undefined> {
  const plans = new PlanCache();
  let line = 0;
  for await (const record of records as AsyncIterable<unknown>) {
    line += 1;
    yield recalculateRecord(record, line, options, plans);
  }
}
