import { issue, LpInputError } from '../core/errors.js';
import { jsonValue } from '../core/json-value.js';
import { parseIsoDate } from '../core/dates.js';
import { checkInput } from '../schemas/check-input.js';
import { normsOption } from '../rules/scope.js';
import { validateRecalculationOptions } from '../schemas/validators.generated.js';
import { PlanCache, recalculateRecord, type RecalculationOptions, type RecalculationResult } from './record.js';

export type { QuotaResult, RecalculationOptions, RecalculationResult, RecordError } from './record.js';

const INVALID_FILE = { fr: 'Dossier invalide.', en: 'Invalid file.' };

/**
 * One record of the caller's: its JSON copy goes on to be recalculated; a value JSON cannot hold
 * (a BigInt, a class instance, a cycle…) is that record's error, by path — it never stops the batch.
 */
export function recalculate(record: unknown, line: number, options: RecalculationOptions, plans: PlanCache): RecalculationResult {
  const json = jsonValue(record);
  if (json.ok) return recalculateRecord(json.value, line, options, plans);
  return { line, ok: false, error: { code: 'INVALID_INPUT', message: INVALID_FILE, issues: json.issues } };
}

function withoutNorms(options: unknown): { norms: ReturnType<typeof normsOption>; json: unknown } {
  let given: PropertyDescriptor | undefined;
  try {
    given = options !== null && typeof options === 'object' ? Object.getOwnPropertyDescriptor(options, 'norms') : undefined;
  } catch {
    return { norms: undefined, json: options };
  }
  if (given === undefined || !('value' in given)) return { norms: undefined, json: options };
  const norms = normsOption(given.value === undefined ? undefined : { norms: given.value });
  const json = new Proxy(options as object, {
    ownKeys: (t) => Reflect.ownKeys(t).filter((k) => k !== 'norms'),
    getOwnPropertyDescriptor: (t, k) => (k === 'norms' ? undefined : Reflect.getOwnPropertyDescriptor(t, k)),
  });
  return { norms, json };
}

/** The checked options of a recalculation and its plan cache (bound to the options' norms). */
export function recalculationSetup(options: RecalculationOptions, at = ''): { o: RecalculationOptions; plans: PlanCache } {
  // `norms` is not JSON (a set made by loadNorms): taken apart, unread otherwise (a getter stays the JSON
  // check's to refuse); the other options are checked as any input, through a view without it.
  const { norms, json } = withoutNorms(options);
  try {
    const o = checkInput<RecalculationOptions>(validateRecalculationOptions, json, (x) =>
      x.asOf !== undefined && parseIsoDate(x.asOf) === null ? [issue('/asOf', 'INVALID_DATE')] : [],
    );
    return { o, plans: new PlanCache(norms) };
  } catch (error) {
    // A comparison checks two sets of options: each side's issues under its name.
    if (at !== '' && error instanceof LpInputError) throw new LpInputError(error.issues.map((i) => ({ ...i, path: `${at}${i.path}` })));
    throw error;
  }
}

/** How `records` is read: a synchronous iterable (not a text), an asynchronous one, or neither (an input error). */
export function sourceKind(records: unknown): 'sync' | 'async' {
  try {
    if (records !== null && typeof records === 'object') {
      if (typeof (records as Iterable<unknown>)[Symbol.iterator] === 'function') return 'sync';
      if (typeof (records as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') return 'async';
    }
  } catch {
    // A Proxy or getter that throws: not a source of records either.
  }
  throw new LpInputError([issue('', 'INVALID_TYPE')]);
}

/**
 * Recalculates the minimum vital and the seizable quota of every seizure file, in input order: exactly
 * one result per record, numbered from 1 (`line`), either `ok: true` with the result or `ok: false` with
 * every validation issue — a bad record never stops the batch and is never dropped. Takes arrays, any
 * iterable, async iterables and Node streams in object mode. Rules are compiled and parameters resolved
 * once per reference date; per record, only validation and integer arithmetic (trace off by default).
 * Options are checked like any input, and `records` must be iterable: otherwise the first `next()`
 * rejects with `LpInputError` (`records` at "", the options at `/<option>`).
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
  const { o, plans } = recalculationSetup(options);
  const sync = sourceKind(records) === 'sync';
  let line = 0;
  // A synchronous source is read synchronously: `for await` would cost a promise per record.
  if (sync) {
    for (const record of records as Iterable<unknown>) yield recalculate(record, ++line, o, plans);
    return;
  }
  for await (const record of records as AsyncIterable<unknown>) yield recalculate(record, ++line, o, plans);
}
