import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { caseReport, LpCaseError, parseCases, runCases, summarize, type Case, type CaseProblem } from '../cases/index.js';
import { loadNormsFrom } from './norm-files.js';
import { CliError, commandLine, UsageError } from './usage.js';

const OPTIONS = {
  norms: { type: 'string', multiple: true },
  lang: { type: 'string', default: 'fr' },
  format: { type: 'string', default: 'text' },
} as const;

const CASE_FILE = /\.(feature|csv)$/i;

/** The case files named: a file as given, or every *.feature and *.csv under a directory (in name order). */
function caseFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let directory: boolean;
    try {
      directory = statSync(p).isDirectory();
    } catch (error) {
      throw new CliError(`cannot read ${p}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (!directory) return [p];
    return readdirSync(p).sort().flatMap((name) => {
      const q = join(p, name);
      return statSync(q).isDirectory() ? caseFiles([q]) : CASE_FILE.test(name) ? [q] : [];
    });
  });
}

/**
 * `lp-rules test <files or dirs…> [--norms <file|dir>]… [--lang fr|en] [--format text|json]`: runs the cases
 * legal staff wrote (French Gherkin, CSV) and prints a report. Exit 0 when every case passes, 1 when one
 * fails, 2 when a case file does not read (every problem, with its file and line) or on a usage error.
 */
export async function testCommand(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, OPTIONS);
  if (values.lang !== 'fr' && values.lang !== 'en') throw new UsageError('--lang is fr or en');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format is text or json');
  if (positionals.length === 0) throw new UsageError('test takes case files or directories (*.feature, *.csv)');
  const lang = values.lang;
  const files = caseFiles(positionals);
  if (files.length === 0) throw new UsageError(`no case file (*.feature, *.csv) in ${positionals.join(', ')}`);
  const { norms } = loadNormsFrom(values.norms ?? []);
  const cases: Case[] = [];
  const problems: CaseProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    try {
      cases.push(...parseCases(text, file));
    } catch (error) {
      if (!(error instanceof LpCaseError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) {
    const other = lang === 'fr' ? 'en' : 'fr';
    const head = lang === 'fr' ? `${problems.length} problème(s) dans les fichiers de cas ; aucun cas n'a été calculé :` : `${problems.length} problem(s) in the case files; no case was run:`;
    const lines = problems.map((p) => `${p.file}:${p.line}: ${p.message[lang]}\n    (${p.message[other]})`);
    throw new CliError(`${head}\n${lines.join('\n')}`);
  }
  const results = runCases(cases, { norms });
  const summary = summarize(results);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify({ summary, results })}\n` : caseReport(results, lang));
  return summary.failed === 0 ? 0 : 1;
}
