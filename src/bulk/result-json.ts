import { FAST_ITEMS } from '../engines/seizure/minimum-vital.js';
import type { ByteSink } from './byte-sink.js';
import type { QuotaResult, RecalculationResult } from './record.js';

const encoder = new TextEncoder();
const key = (name: string, comma = true): Uint8Array => encoder.encode(`${comma ? ',' : ''}"${name}":`);

// The untraced success's fixed shape, keys in the order `recalculateRecord` builds them (JSON.stringify's order).
const LINE = encoder.encode('{"line":');
const ID = key('id');
const OK = encoder.encode(',"ok":true,"result":{"asOf":');
const MINIMUM = key('minimumVital');
const DEBTOR = key('debtorShareOfMinimum');
const SPOUSE = key('spouseShareOfMinimum');
const SEIZABLE = key('seizable');
const ENDS = key('incomeSeizureEndsOn');
const NORMS = key('normsVersion');
const BREAKDOWN = key('breakdown');
const ITEMS = FAST_ITEMS.map((item) => key(item, false));
const PROVENANCE = key('provenance');
// One provenance per plan, shared by its records: its bytes are encoded once.
const provenanceBytes = new WeakMap<object, Uint8Array>();
const bytesOf = (p: QuotaResult['provenance']): Uint8Array => {
  let b = provenanceBytes.get(p);
  if (b === undefined) provenanceBytes.set(p, (b = encoder.encode(JSON.stringify(p))));
  return b;
};

// Every field of QuotaResult has its line below (this fails to typecheck when one is added without).
type Written = 'asOf' | 'minimumVital' | 'debtorShareOfMinimum' | 'spouseShareOfMinimum' | 'seizable' | 'incomeSeizureEndsOn' | 'normsVersion' | 'breakdown' | 'trace' | 'provenance';
const allWritten: [Exclude<keyof QuotaResult, Written>] extends [never] ? true : never = true;
void allWritten;

function field(sink: ByteSink, name: Uint8Array, value: string | undefined): void {
  if (value === undefined) return;
  sink.literal(name);
  sink.string(value);
}

/**
 * Writes `JSON.stringify(r)`'s bytes. The untraced success — nearly every line of a batch — is written by
 * its fixed shape, without walking the object (half the time of the general writer); anything else
 * (errors, traces) goes through `ByteSink.json`. Tests hold both equal to `JSON.stringify`.
 */
export function writeResult(sink: ByteSink, r: RecalculationResult): void {
  if (!r.ok || r.result.trace !== undefined || r.kept !== undefined) return sink.json(r);
  const q = r.result;
  sink.literal(LINE);
  sink.ascii(String(r.line));
  field(sink, ID, r.id);
  sink.literal(OK);
  sink.string(q.asOf);
  field(sink, MINIMUM, q.minimumVital);
  field(sink, DEBTOR, q.debtorShareOfMinimum);
  field(sink, SPOUSE, q.spouseShareOfMinimum);
  field(sink, SEIZABLE, q.seizable);
  field(sink, ENDS, q.incomeSeizureEndsOn);
  field(sink, NORMS, q.normsVersion);
  sink.literal(BREAKDOWN);
  sink.byte(123);
  let first = true;
  for (let k = 0; k < FAST_ITEMS.length; k++) {
    const amount = q.breakdown[FAST_ITEMS[k]!];
    if (amount === undefined) continue;
    if (!first) sink.byte(44);
    first = false;
    sink.literal(ITEMS[k]!);
    sink.string(amount);
  }
  sink.byte(125);
  sink.literal(PROVENANCE);
  sink.literal(bytesOf(q.provenance));
  sink.byte(125);
  sink.byte(125);
}
