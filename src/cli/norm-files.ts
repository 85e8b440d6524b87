import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LpNormError } from '../core/errors.js';
import { loadNorms, type NormFile, type Norms } from '../rules/norms.js';
import { CliError } from './usage.js';

/**
 * The norm files a `--norms` option names: a file, or every `*.json` of a directory (in name order).
 * A file that is not JSON is named with the place JSON.parse stopped.
 */
export function readNormFiles(paths: readonly string[]): NormFile[] {
  const files: string[] = [];
  for (const p of paths) {
    let directory: boolean;
    try {
      directory = statSync(p).isDirectory();
    } catch (error) {
      throw new CliError(`cannot read --norms ${p}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (directory) files.push(...readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f)));
    else files.push(p);
  }
  return files.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read --norms ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    try {
      return { name: basename(path), content: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
    } catch (error) {
      throw new CliError(`norm file ${basename(path)} is not JSON (fichier de normes illisible) : ${(error as Error).message}`);
    }
  });
}

/**
 * Loads the norms the options name; `undefined` without any. A malformed edition never half-loads:
 * every problem is listed, one per line, in French then English, with its file and JSON pointer.
 */
export function loadNormsFrom(paths: readonly string[]): { norms: Norms | undefined; files: NormFile[] } {
  if (paths.length === 0) return { norms: undefined, files: [] };
  const files = readNormFiles(paths);
  try {
    return { norms: loadNorms(files), files };
  } catch (error) {
    if (error instanceof LpNormError && error.issues.length > 0) {
      const lines = error.issues.map((i) => `  ${i.file}${i.path ? ` ${i.path}` : ''}: ${i.message.fr} / ${i.message.en}`);
      throw new CliError(`norms not loaded (normes non chargées), ${error.issues.length} problem(s):\n${lines.join('\n')}`);
    }
    throw error;
  }
}
