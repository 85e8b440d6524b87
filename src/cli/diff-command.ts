import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseIsoDate } from '../core/dates.js';
import { readLine } from '../bulk/batch.js';
import { compareRecord, comparisonSetup, summarizeComparisons, unreadableComparison, type Comparison, type ComparisonSide } from '../bulk/compare.js';
import { comparisonReport } from '../bulk/comparison-report.js';
import { parseHeader, csvCell, type CsvColumn } from '../bulk/csv.js';
import type { RecalculationResult } from '../bulk/record.js';
import { chunksOf, openInput } from './input.js';
import { readBatches } from './lines.js';
import { loadNormsFrom } from './norm-files.js';
import type { Interruption } from './signals.js';
import { ioError, MAX_LINE_BYTES, UsageError } from './usage.js';

interface Side {
  options: ComparisonSide;
  normPaths: string[];
}

interface DiffOptions {
  source: string;
  out: string;
  format: 'jsonl' | 'csv';
  input: 'jsonl' | 'csv';
  report: string | undefined;
  lang: 'fr' | 'en';
  base: Side;
  compare: Side;
}

const READINGS = new Set(['childAge', 'cohabitingBase', 'professionalCosts', 'incomeSeizureEnd', 'leapDayBirthday']);

/**
 * `lp-rules diff <in> --base [side options] --compare [side options] [--out f] [--format jsonl|csv]
 * [--report r.html] [--lang fr|en]`; side options: `--norms <file|dir>` (repeatable), `--as-of D`,
 * `--latest-known-norms`, `--interpretation key=value` (repeatable).
 */
function readOptions(argv: string[]): DiffOptions {
  const sides: Record<'base' | 'compare', Side> = { base: { options: {}, normPaths: [] }, compare: { options: {}, normPaths: [] } };
  let side: Side | null = null;
  const o: Partial<DiffOptions> & { positionals: string[] } = { positionals: [], out: '-', format: 'jsonl', lang: 'fr' };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const value = (): string => {
      const v = argv[++k];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--base' || arg === '--compare') side = sides[arg === '--base' ? 'base' : 'compare'];
    else if (arg === '--norms' || arg === '--as-of' || arg === '--latest-known-norms' || arg === '--interpretation') {
      if (side === null) throw new UsageError(`${arg} belongs to a side: write it after --base or --compare`);
      if (arg === '--norms') side.normPaths.push(value());
      else if (arg === '--latest-known-norms') side.options.latestKnownNorms = true;
      else if (arg === '--as-of') {
        const d = value();
        if (parseIsoDate(d) === null) throw new UsageError('--as-of is a date YYYY-MM-DD');
        side.options.asOf = d;
      } else {
        const [key, v] = value().split('=');
        if (key === undefined || v === undefined || !READINGS.has(key)) throw new UsageError(`--interpretation is key=value, key one of ${[...READINGS].join(', ')}`);
        side.options.interpretation = { ...side.options.interpretation, [key]: v } as ComparisonSide['interpretation'];
      }
    } else if (arg === '--out') o.out = value();
    else if (arg === '--report') o.report = value();
    else if (arg === '--format' || arg === '--input-format') {
      const f = value();
      if (f !== 'jsonl' && f !== 'csv') throw new UsageError(`${arg} is jsonl or csv`);
      if (arg === '--format') o.format = f;
      else o.input = f;
    } else if (arg === '--lang') {
      const l = value();
      if (l !== 'fr' && l !== 'en') throw new UsageError('--lang is fr or en');
      o.lang = l;
    } else if (arg.startsWith('--') && arg.length > 2) throw new UsageError(`unknown option '${arg}'`);
    else o.positionals.push(arg);
  }
  if (o.positionals.length !== 1) throw new UsageError('diff takes exactly one input');
  const source = o.positionals[0]!;
  return { source, out: o.out!, format: o.format!, input: o.input ?? (source.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl'), report: o.report, lang: o.lang!, base: sides.base, compare: sides.compare };
}

const CSV_HEADER =
  'line,id,householdType,baseOk,baseMinimumVital,baseSeizable,baseNorms,compareOk,compareMinimumVital,compareSeizable,compareNorms,deltaMinimumVital,deltaSeizable,errors';

const sideCells = (r: RecalculationResult): string =>
  r.ok ? `true,${r.result.minimumVital},${r.result.seizable},${r.result.normsVersion}${r.result.provenance.provisional ? ' (provisional)' : ''}` : 'false,,,';

function toCsv(c: Comparison): string {
  const errors = [c.base, c.compare].flatMap((r) => (r.ok ? [] : [r.error.code, ...(r.error.issues ?? []).map((i) => `${i.path} ${i.code}`)]));
  return [c.line, csvCell(c.id ?? ''), c.householdType ?? '', sideCells(c.base), sideCells(c.compare), c.delta?.minimumVital ?? '', c.delta?.seizable ?? '', csvCell([...new Set(errors)].join(';'))].join(',');
}

/** `lp-rules diff`: one output record per input record, the summary on stderr, the HTML report if asked. */
export async function diffCommand(argv: string[], stop: Interruption): Promise<number> {
  const o = readOptions(argv);
  const base = loadNormsFrom(o.base.normPaths);
  const compare = loadNormsFrom(o.compare.normPaths);
  const setup = comparisonSetup({ base: { ...o.base.options, norms: base.norms }, compare: { ...o.compare.options, norms: compare.norms } });
  const input = openInput(o.source);
  const out: WriteStream | NodeJS.WriteStream = o.out === '-' ? process.stdout : createWriteStream(o.out);
  let failure: Error | null = null;
  out.on('error', (e) => (failure ??= ioError('write', o.out, e)));
  const write = async (text: string): Promise<void> => {
    if (failure) throw failure;
    if (!out.write(text)) {
      // The wait that loses the race is cancelled: a listener left per full buffer leaked (Node warned at 11).
      const settled = new AbortController();
      try {
        await Promise.race([once(out, 'drain', { signal: settled.signal }), once(out, 'error', { signal: settled.signal })]);
      } finally {
        settled.abort();
      }
    }
    if (failure) throw failure;
  };
  const totals = summarizeComparisons();
  const versions = { base: new Set<string>(), compare: new Set<string>() };
  let records = 0;
  let failed = 0;
  let columns: string[] | undefined;
  if (o.format === 'csv') await write(`${CSV_HEADER}\n`);
  const { chunks, ended } = chunksOf(input, stop.requested);
  for await (const item of readBatches(chunks, { size: 512, maxLineBytes: MAX_LINE_BYTES, header: o.input === 'csv' }, ended)) {
    if (!('lines' in item)) {
      const parsed = parseHeader(item.text);
      if ('error' in parsed) throw new UsageError(`line ${item.number}: ${parsed.error.en}`);
      columns = parsed.columns;
      continue;
    }
    const batch = { ...item, input: o.input, maxLineBytes: MAX_LINE_BYTES, ...(columns ? { columns } : {}) };
    let text = '';
    for (let k = 0; k < item.lines.length; k++) {
      const read = readLine(batch, k);
      const c = 'record' in read ? compareRecord(read.record, item.numbers[k]!, setup) : unreadableComparison(read.result);
      totals.add(c);
      records++;
      if (!c.base.ok || !c.compare.ok) failed++;
      if (c.base.ok) versions.base.add(c.base.result.normsVersion);
      if (c.compare.ok) versions.compare.add(c.compare.result.normsVersion);
      text += `${o.format === 'csv' ? toCsv(c) : JSON.stringify(c)}\n`;
    }
    await write(text);
  }
  if (out !== process.stdout) await new Promise<void>((resolve, reject) => (out as WriteStream).end((e?: Error | null) => (e ? reject(ioError('write', o.out, e)) : resolve())));
  const s = totals.summary();
  const label = (side: Side, seen: Set<string>): string =>
    `${[...seen].join(', ') || '—'}${side.options.asOf ? `, ${o.lang === 'fr' ? 'au' : 'on'} ${side.options.asOf}` : ''}${side.normPaths.length > 0 ? ` (${side.normPaths.join(', ')})` : ''}`;
  if (o.report !== undefined) {
    try {
      writeFileSync(o.report, comparisonReport(s, { base: label(o.base, versions.base), compare: label(o.compare, versions.compare) }, o.lang));
    } catch (error) {
      throw ioError('write', o.report, error);
    }
  }
  process.stderr.write(
    `lp-rules diff: ${records} records, ${s.changed} changed (${s.up} up, ${s.down} down), ${failed} with an error; seizable per month CHF ${s.seizableBefore} → ${s.seizableAfter}${stop.signal ? ' (interrupted)' : ''}\n`,
  );
  return stop.exitCode ?? (failed > 0 ? 1 : 0);
}
