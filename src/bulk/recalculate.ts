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
 * const files = [
 *   { id: 'DCSO-127-2024', asOf: '2024-06-03', household: { type: 'single' },
 *     expenses: { rent: '1792.00', professional: ['193.60', '70.00'] }, netIncome: '3551.85', seizedOn: '2024-06-03' },
 *   { id: 'BAD', asOf: '2024-06-03', household: { type: 'single' }, netIncome: '-1' },
 * ];
 * const results = [];
 * for await (const r of recalculateQuotas(files)) results.push(r);
 * results[0];
 * // → { line: 1, id: 'DCSO-127-2024', ok: true, result: { minimumVital: '3255.60', seizable: '296.25', incomeSeizureEndsOn: '2025-06-03', … } }
 * results[1].error.issues.map((i) => `${i.path} ${i.code}`); // → ['/netIncome NEGATIVE_MONEY']
 * @see computeMinimumVital, seizableQuota
 */
export async function* recalculateQuotas(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: RecalculationOptions = {},
): AsyncGenerator<RecalculationResult, void, undefined> {
  const plans = new PlanCache();
  let line = 0;
  // A synchronous source is read synchronously: `for await` would cost a promise per record.
  if (Symbol.iterator in Object(records)) {
    for (const record of records as Iterable<unknown>) yield recalculateRecord(record, ++line, options, plans);
    return;
  }
  for await (const record of records as AsyncIterable<unknown>) yield recalculateRecord(record, ++line, options, plans);
}
