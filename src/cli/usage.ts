import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { version } from '../../package.json';

export const VERSION = `lp-rules ${version}`;

/** Default of `--max-line-bytes`: far above any seizure file, far below what would strain memory. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export const USAGE = `Usage: lp-rules recalc <in.jsonl|in.csv|in.xlsx|-> [options]
       lp-rules norms check [--as-of YYYY-MM-DD] [--norms <file|dir>]… [--max-age-months 12] [--lang fr|en]
       lp-rules norms show <family> [--as-of YYYY-MM-DD] [--norms <file|dir>]… [--lang fr|en]
       lp-rules diff <in> --base [side] --compare [side] [--out f] [--format jsonl|csv] [--report r.html] [--lang fr|en]
         side: [--norms <file|dir>]… [--as-of YYYY-MM-DD] [--latest-known-norms] [--interpretation key=value]…
       lp-rules test <cases.feature|cases.csv|dir>… [--norms <file|dir>]… [--lang fr|en] [--format text|json]
       lp-rules serve [--port 8080] [--host 127.0.0.1] [--norms <file|dir>]… [--workers n] [--body-limit bytes]
         [--timeout ms] [--log-level info]
       lp-rules --version | --help

Recalculates the minimum vital and the seizable quota of every seizure file: one output record per input
record, in input order.

Options:
  --out <file|->              the output (default -: stdout)
  --format jsonl|csv|xlsx     the output format (default jsonl; xlsx: --out names a file). A CSV cell
                              echoing the input (id, issue paths) that starts with = + - @ tab or CR is
                              written as text: '-prefixed, quoted
  --csv-excel                 with --format csv: CSV for Excel in a Swiss locale: ; separated, a BOM, CRLF
  --input-format jsonl|csv|xlsx   default: from the name (*.csv, *.xlsx), else jsonl
  --sheet <name>              the sheet of an xlsx input (default: its first)
  --delimiter ','|';'         a CSV input's separator (default: the one its header reads with)
  --encoding utf-8|windows-1252   a CSV input's encoding (default utf-8: a line that is not is an error)
  --locale fr-CH|de-CH        read CSV/xlsx cells as a Swiss office writes them: 1'850.00, 1 850,50,
                              CHF 4200, 31.12.2026, 31/12/2026, oui/non, vrai/faux, ja/nein, 1/0. A
                              value that could mean two things (1,850) is an error, never a guess
  --unknown-fields error|ignore|keep   a column or field the seizure file does not have: refused
                              (default), left out, or copied through to the output record
  --lang fr|en                the language of the error messages in CSV/xlsx output (default fr)
  --errors <file|->           the error records again, in the output format (with the messages)
  --as-of YYYY-MM-DD          the recalculation date, for every file
  --workers <n>               worker threads (default 1; 0: in the main thread). At most the number of
                              cores (${availableParallelism()} here): more is reduced to that, with a note on stderr
  --max-line-bytes <n>        a longer input line becomes an error record, and is never held in memory
                              (default ${MAX_LINE_BYTES}, 16 MiB)
  --resume                    continue an interrupted run into the same --out file (and --errors file):
                              after its last complete record (a cut-off one is dropped), from the next
                              input line. Same input and options; the files end as an uninterrupted run's
  --trace                     explain each result
  --latest-known-norms        where no norms version covers the date, apply the latest known one
  --norms <file|dir>          norm editions or norm files to load on top of the package's (repeatable; a
                              directory: its *.json). A malformed one stops the run, every problem listed
  --version, --help

Input: UTF-8 (a BOM is dropped) or --encoding windows-1252; LF, CRLF or CR line ends; blank lines (and
empty sheet rows) skipped but counted in line numbers. A yes/no column (rentProven…) reads true/false
(any case), with --locale also oui/non…: anything else is an error, never a default.

norms check exits 1 when a family has no edition in force, only a provisional or carried-forward one, or
values not verified for --max-age-months; 0 otherwise. diff writes one record per input record (both
results and the deltas) and the summary on stderr; --report writes a self-contained HTML report.

test runs the cases legal staff write (French Gherkin *.feature, or CSV, one case per row) and prints a
report: exit 0 when every case passes, 1 when one fails, 2 when a case file does not read (each problem
with its file and line) or on a usage error.

serve answers every public function at POST /v1/<function> (JSON), POST /v1/recalculate (NDJSON), the
norms in force (GET /v1/rules, /v1/parameters/{id}, /v1/norms), GET /openapi.json (OpenAPI 3.0.3), /docs
(Swagger UI), /health, /ready and /metrics (Prometheus). SIGTERM: stops accepting, finishes the requests in
flight, exits 0.

Exit codes: 0 all records ok; 1 some records invalid (reported, never dropped); 2 usage or I/O error, one
line on stderr (what was written is whole records; an input named as an output is refused before anything
is written); 130 interrupted by SIGINT, 143 by SIGTERM (every record read is written, then the summary).`;

/** A mistake in the command line: exit 2, with the usage. */
export class UsageError extends Error {}

/** `parseArgs` with positionals, its complaints (an unknown option, a missing value) as usage errors. */
export function commandLine<T extends ParseArgsConfig['options']>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A run that cannot go on (an unreadable input, an unwritable output, a refused one): exit 2, one line. */
export class CliError extends Error {}

/** An I/O error as one line: "cannot write out.jsonl: ENOSPC: no space left on device, write". */
export function ioError(action: string, name: string, error: unknown): CliError {
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(`cannot ${action} ${name}: ${message.replace(/\s+/g, ' ')}`);
}
