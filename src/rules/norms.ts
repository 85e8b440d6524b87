import { issue, LpInputError, LpNormError, pointer, type Issue, type NormIssue } from '../core/errors.js';
import { findSensitiveValues } from '../core/sensitive.js';
import type { NormEdition } from '../schemas/edition.js';
import type { RuleSetDefinition } from '../schemas/rule-set.js';
import { jsonInput } from '../schemas/check-input.js';
import { schemaIssues } from '../schemas/validate.js';
import { validateNormEdition, validateRuleSet } from '../schemas/validators.generated.js';
import { ruleSetProblemsLocalized } from './check-rule-set.js';
import { applyEdition, editionProblems } from './editions.js';
import { ruleSets as builtIn } from './index.js';
import { loadRuleSet, type RuleSet } from './rule-set.js';
import { markNorms } from './scope.js';

/** A norm file as read: its name (for messages and provenance) and its parsed JSON. */
export interface NormFile {
  /** The file's name, e.g. "NI-2027.json": named in every problem and in the provenance of results. */
  name: string;
  content: unknown;
}

/**
 * A set of norms: the package's own families, with the editions and norm files their owners loaded.
 * Immutable; loading norms changes nothing global, so instances with different norms run side by side.
 */
export interface Norms {
  /** Every family, in the catalogue's order (families added by a file come last). */
  readonly ruleSets: readonly RuleSet[];
  /** The family with this id as these norms hold it; `undefined` when there is none. */
  family(id: string): RuleSet | undefined;
  /** The files loaded, in the order applied. */
  readonly files: readonly string[];
}

const isEdition = (c: unknown): boolean => c !== null && typeof c === 'object' && 'family' in c && 'edition' in c;

/** An edition's problems with its family's parameters, for a file the schema already refused (never throws). */
function valueProblems(edition: NormEdition, family: RuleSetDefinition | undefined, schema: { path: string }[]): { path: string; message: { fr: string; en: string } }[] {
  if (family === undefined || edition.values === null || typeof edition.values !== 'object') return [];
  try {
    const seen = new Set(schema.map((i) => i.path));
    return editionProblems(edition, family).filter((p) => p.path.startsWith('/values') && !seen.has(p.path));
  } catch {
    return [];
  }
}

/** Applies editions in an order where each one's `supersedes` is already in place (built in, or applied before it). */
function editionOrder(files: { file: NormFile; edition: NormEdition }[]): { file: NormFile; edition: NormEdition }[] {
  const pending = [...files].sort((a, b) => (a.edition.validFrom < b.edition.validFrom ? -1 : a.edition.validFrom > b.edition.validFrom ? 1 : 0));
  const ordered: typeof pending = [];
  while (pending.length > 0) {
    const waits = (x: (typeof pending)[number]): boolean =>
      pending.some((p) => p !== x && p.edition.family === x.edition.family && p.edition.edition === x.edition.supersedes);
    const k = pending.findIndex((x) => !waits(x));
    // A cycle (each replaces the other) has no order: take them as given; their overlap is then reported.
    ordered.push(pending.splice(k === -1 ? 0 : k, 1)[0]!);
  }
  return ordered;
}

/**
 * Loads norm files on top of the package's own norms: edition files (`NormEdition`: the amounts of a
 * family for a period, e.g. NI-2027) and whole norm files (`RuleSet`: to change conditions too; one with
 * a built-in family's id replaces it). A malformed file never half-loads: every problem of every file
 * comes back at once as `NORM_INVALID`, each with its file and JSON pointer.
 *
 * @example
 * const norms = loadNorms([{ name: 'NI-2027.json', content: {
 *   family: 'seizure.minimum-vital', edition: 'NI-2027', status: 'provisional', validFrom: '2027-01-01', validTo: '2027-12-31',
 *   verifiedOn: '2026-12-05', source: { document: 'NI (rsGE E 3 60.04)', title: "Normes d'insaisissabilité pour l'année 2027" },
 *   values: { baseSingle: '1250.00' } } }]);
 * computeMinimumVital({ asOf: '2027-01-04', household: { type: 'single' } }, { norms }).total; // → '1250.00'
 */
export function loadNorms(files: readonly NormFile[]): Norms {
  // As every entry point: the SDK's own JSON copy; the list and each file's name are checked as input.
  files = jsonInput(files) as NormFile[];
  const shape: Issue[] = [];
  if (!Array.isArray(files)) throw new LpInputError([issue('', 'INVALID_TYPE')]);
  files.forEach((f, k) => {
    if (f === null || typeof f !== 'object' || Array.isArray(f)) shape.push(issue(pointer('', k), 'INVALID_TYPE'));
    else if (typeof f.name !== 'string' || f.name.trim() === '') shape.push(issue(pointer(pointer('', k), 'name'), 'INVALID_TYPE'));
  });
  if (shape.length > 0) throw new LpInputError(shape);
  const problems: NormIssue[] = [];
  const families = new Map<string, RuleSetDefinition>(builtIn.map((s) => [s.id, s]));
  const order = builtIn.map((s) => s.id);
  const editions: { file: NormFile; edition: NormEdition }[] = [];
  // Families a whole norm file replaced or added: their results name that file.
  const origins = new Map<string, string>();
  const report = (file: NormFile, found: { path: string; message: { fr: string; en: string } }[]): void => {
    for (const p of found) problems.push({ file: file.name, path: p.path, message: p.message });
  };
  for (const file of files) {
    const sensitive = findSensitiveValues(file.content);
    if (sensitive.length > 0) {
      report(file, sensitive);
      continue;
    }
    if (isEdition(file.content)) {
      const issues = schemaIssues(validateNormEdition, file.content);
      if (issues.length > 0) {
        // Every problem at once: what the values say against the family too, where the file lets us read it.
        report(file, [...issues, ...valueProblems(file.content as NormEdition, families.get((file.content as NormEdition).family), issues)]);
      }
      else editions.push({ file, edition: file.content as NormEdition });
      continue;
    }
    const issues = schemaIssues(validateRuleSet, file.content);
    if (issues.length > 0) {
      report(file, issues);
      continue;
    }
    const set = file.content as RuleSetDefinition;
    const semantic = ruleSetProblemsLocalized(set);
    if (semantic.length > 0) {
      report(file, semantic.map((message) => ({ path: '', message })));
      continue;
    }
    if (!families.has(set.id)) order.push(set.id);
    families.set(set.id, { ...set, editions: (set.editions ?? []).map((e) => ({ ...e, origin: e.origin ?? file.name })) });
    origins.set(set.id, file.name);
  }
  for (const { file, edition } of editionOrder(editions)) {
    const family = families.get(edition.family);
    const found = editionProblems(edition, family);
    if (found.length > 0) report(file, found);
    else families.set(edition.family, applyEdition(family!, edition, file.name));
  }
  if (problems.length > 0) {
    const list = (lang: 'fr' | 'en'): string => problems.map((p) => `${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message[lang]}`).join(lang === 'fr' ? ' ; ' : '; ');
    throw new LpNormError(
      'NORM_INVALID',
      { fr: `Normes non chargées (${problems.length} problème(s)) : ${list('fr')}`, en: `Norms not loaded (${problems.length} problem(s)): ${list('en')}` },
      { files: files.map((f) => f.name).join(', ') },
      problems,
    );
  }
  const loaded = new Map<string, RuleSet>();
  const builtInById = new Map(builtIn.map((s) => [s.id, s]));
  for (const id of order) {
    const def = families.get(id)!;
    const own = builtInById.get(id);
    loaded.set(id, def === own ? own : loadRuleSet(def, origins.get(id) ?? own?.origin));
  }
  const ruleSets = Object.freeze(order.map((id) => loaded.get(id)!));
  return markNorms(Object.freeze({ ruleSets, files: Object.freeze(files.map((f) => f.name)), family: (id: string) => loaded.get(id) }));
}
