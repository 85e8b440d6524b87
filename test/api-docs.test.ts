import { join } from 'node:path';
import ts from 'typescript';
import {
  Application,
  Logger,
  LogLevel,
  PackageJsonReader,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
  type Comment,
  type DeclarationReflection,
  type ProjectReflection,
} from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';
import * as cases from '../src/cases.js';
import * as main from '../src/index.js';
import * as reference from '../src/reference.js';

// The documented entries (typedoc.json): `lp-rules`, `lp-rules/reference` and `lp-rules/cases`; an example
// may use any of them (`evaluate` is the main entry's; the reference entry's own is a superset of it).
const lib = { ...reference, ...main, ...cases };

// The API reference (typedoc.json, `npm run docs:api`) is part of the product: legal staff read it.
// These tests run TypeDoc as `npx typedoc --emit none --treatWarningsAsErrors` would, through its Node
// API, so that an undocumented export, a broken link or a type left out of the docs fails CI; then
// they run every `@example` against the sources and check each result it shows:
//   expression; // → value (note)      the value is a JS literal; `…` in an object or at the end of an
//                                      array means "and more" (the rest is not compared)
//   statement; // throws LpNormError UNKNOWN_RULE_SET
// A value may also stand alone on the next line. Anything after the literal is a note for the reader.

const root = join(__dirname, '..');

class CollectingLogger extends Logger {
  readonly messages: string[] = [];
  override log(message: string, level: LogLevel): void {
    super.log(message, level);
    if (level >= LogLevel.Warn) this.messages.push(`[${LogLevel[level]}] ${message}`);
  }
}

interface Example {
  owner: string;
  code: string;
}

let project: ProjectReflection | undefined;
let messages: string[] = [];

beforeAll(async () => {
  const logger = new CollectingLogger();
  // Explicit readers: the default ones would also parse vitest's command line as TypeDoc options.
  const app = await Application.bootstrapWithPlugins(
    { options: join(root, 'typedoc.json'), tsconfig: join(root, 'tsconfig.json'), treatWarningsAsErrors: true, logLevel: 'Warn' },
    [new TypeDocReader(), new PackageJsonReader(), new TSConfigReader()],
  );
  const bootstrapProblems = app.logger.warningCount + app.logger.errorCount;
  app.logger = logger;
  project = await app.convert();
  if (project) app.validate(project);
  messages = bootstrapProblems > 0 ? [`${bootstrapProblems} warning(s) or error(s) while reading the TypeDoc options`, ...logger.messages] : logger.messages;
}, 240_000); // TypeDoc over the whole API: ~20 s alone, minutes on a loaded machine (it timed out at 60 s with load average 20)

/**
 * Every documented export, of every entry (with several entry points TypeDoc nests them in one module each).
 * A type an entry re-exports from an earlier one is a reference to that one's documented declaration.
 */
function exportsOf(p: ProjectReflection): DeclarationReflection[] {
  return (p.children ?? [])
    .flatMap((r) => (r.kindOf(ReflectionKind.Module) ? r.children ?? [] : [r]))
    .filter((r): r is DeclarationReflection => !r.kindOf(ReflectionKind.Reference));
}

/** The comments that document a top-level export: its own, or its signatures' for a function. */
function commentsOf(r: DeclarationReflection): Comment[] {
  return [r.comment, ...(r.signatures ?? []).map((s) => s.comment)].filter((c): c is Comment => c !== undefined);
}

function examplesOf(r: DeclarationReflection): string[] {
  const codes = new Set<string>();
  for (const c of commentsOf(r)) {
    for (const tag of c.getTags('@example')) {
      const text = tag.content.map((p) => p.text).join('');
      for (const m of text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) codes.add(m[1]!);
    }
  }
  return [...codes];
}

describe('API reference (TypeDoc)', () => {
  it('builds with no warning: every export documented, every link valid, no type left out', () => {
    expect(project, messages.join('\n')).toBeDefined();
    expect(messages).toEqual([]);
  });

  it('every export has a summary; every function and class an example', () => {
    const exports = exportsOf(project!);
    expect(exports.length).toBeGreaterThan(100);
    const noSummary = exports.filter((r) => !commentsOf(r).some((c) => c.summary.some((p) => p.text.trim() !== ''))).map((r) => r.name);
    expect(noSummary).toEqual([]);
    const noExample = exports
      .filter((r) => r.kindOf(ReflectionKind.Function | ReflectionKind.Class) && examplesOf(r).length === 0)
      .map((r) => r.name);
    expect(noExample).toEqual([]);
  });
});

// --- Running the examples --------------------------------------------------------------------------

const MORE = Symbol('…');

/** Splits `'2026-03-02' (note)` into the literal and the note: a quoted string, a bracketed value or a word. */
function splitLiteral(text: string): { literal: string; note: string } {
  const s = text.trim();
  let end = 0;
  if (/^[[{'"`]/.test(s)) {
    let depth = 0;
    let quote: string | null = null;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (quote !== null) {
        if (c === '\\') i++;
        else if (c === quote) {
          quote = null;
          if (depth === 0) {
            end = i + 1;
            break;
          }
        }
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        depth--;
        if (depth === 0) {
          end = i + 1;
          break;
        }
      }
    }
  } else end = /^[-\w.]+/.exec(s)?.[0].length ?? 0;
  return { literal: s.slice(0, end), note: s.slice(end).trim() };
}

/** Evaluates a shown value; `…` outside strings becomes the "and more" marker. */
function shownValue(literal: string): unknown {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i]!;
    if (quote !== null) {
      if (c === '\\') {
        out += c + (literal[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === quote) quote = null;
      out += c;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else out += c === '…' ? '__MORE__' : c;
  }
  return new Function('__MORE__', `return (${out});`)(MORE);
}

/** Whether `actual` shows as `expected`: equal, except where `…` leaves the rest out. */
function matches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected.at(-1) === MORE;
    const items = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < items.length : actual.length !== items.length) return false;
    return items.every((e, i) => matches(actual[i], e));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const open = e.__MORE__ === MORE;
    const keys = Object.keys(e).filter((k) => k !== '__MORE__');
    if (!open) {
      const shown = Object.keys(a).filter((k) => a[k] !== undefined).sort();
      if (JSON.stringify(shown) !== JSON.stringify([...keys].sort())) return false;
    }
    return keys.every((k) => Object.prototype.hasOwnProperty.call(a, k) && matches(a[k], e[k]));
  }
  return Object.is(actual, expected);
}

interface Claim {
  text: string;
  value?: unknown;
  throws?: { name: string; code: string };
}

/** The claim in the first comment right after a statement (same line or next), if it is one. */
function claimAfter(code: string, end: number): Claim | null {
  const first = ts.getTrailingCommentRanges(code, end)?.[0] ?? ts.getLeadingCommentRanges(code, end)?.[0];
  if (first === undefined || first.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return null;
  const text = code.slice(first.pos, first.end);
  const arrow = /^\/\/\s*→\s*(.*)$/.exec(text);
  if (arrow) return { text, value: shownValue(splitLiteral(arrow[1]!).literal) };
  const throws = /^\/\/\s*throws\s+(\w+)\s+([A-Z_]+)/.exec(text);
  if (throws) return { text, throws: { name: throws[1]!, code: throws[2]! } };
  return null;
}

/** Rewrites each claimed statement as a call to `__check`, and counts them. */
function instrument(code: string): { js: string; claims: Claim[] } {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const claims: Claim[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const claim = claimAfter(code, node.end);
      if (claim !== null) {
        edits.push({ start: node.getStart(sf), end: node.end, text: `await __check(${claims.length}, async () => (${node.expression.getText(sf)}));` });
        claims.push(claim);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const js = ts.transpileModule(out, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { js: js.replace(/^export \{\};\s*$/m, ''), claims };
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

// An example may import from an entry as a user would (`import { evaluate } from 'lp-rules/reference'`):
// the names are then that entry's, from the sources.
const ENTRIES: Record<string, object> = { 'lp-rules': main, 'lp-rules/reference': reference, 'lp-rules/cases': cases };
const IMPORT = /^import \{([^}]*)\} from '([^']+)';$/gm;
const withoutImports = (code: string): string =>
  code.replace(IMPORT, (_, names: string, from: string) => `var {${names.replace(/ as /g, ': ')}} = __entry(${JSON.stringify(from)});`);
const entry = (from: string): object => {
  const e = ENTRIES[from];
  if (e === undefined) throw new Error(`an example imports from ${from}, which is not an entry of the package`);
  return e;
};

async function runExample(example: Example): Promise<string[]> {
  const { js, claims } = instrument(withoutImports(example.code));
  if (claims.length === 0) return [`${example.owner}: the example shows no result (\`// → …\` or \`// throws …\`)`];
  const failures: string[] = [];
  const checked = new Set<number>();
  const check = async (n: number, run: () => Promise<unknown>): Promise<void> => {
    checked.add(n);
    const claim = claims[n]!;
    try {
      const actual = await run();
      if (claim.throws) failures.push(`${example.owner}: ${claim.text}\n    returned ${JSON.stringify(actual)}`);
      else if (!matches(actual, claim.value)) failures.push(`${example.owner}: ${claim.text}\n    actual: ${JSON.stringify(actual, (k, v) => (k === 'trace' ? '…' : v))}`);
    } catch (error) {
      const e = error as { name?: string; code?: string; message?: string };
      if (!claim.throws || e.name !== claim.throws.name || e.code !== claim.throws.code) {
        failures.push(`${example.owner}: ${claim.text}\n    threw ${e.name} ${e.code ?? ''}: ${e.message}`);
      }
    }
  };
  const names = Object.keys(lib);
  try {
    await new AsyncFunction(...names, '__check', '__entry', js)(...names.map((n) => (lib as Record<string, unknown>)[n]), check, entry);
  } catch (error) {
    failures.push(`${example.owner}: the example throws ${(error as Error).name}: ${(error as Error).message}`);
  }
  for (let n = 0; n < claims.length; n++) if (!checked.has(n)) failures.push(`${example.owner}: never reached: ${claims[n]!.text}`);
  return failures;
}

describe('API reference examples', () => {
  it('every result an @example shows is what the code returns', async () => {
    const examples = exportsOf(project!).flatMap((r) => examplesOf(r).map((code) => ({ owner: r.name, code })));
    expect(examples.length).toBeGreaterThan(25);
    const failures = (await Promise.all(examples.map(runExample))).flat();
    expect(failures).toEqual([]);
  });

  it('the example checker compares what it should', async () => {
    expect(matches({ a: 1, b: [1, 2], trace: [] }, shownValue("{ a: 1, b: [1, …], … }"))).toBe(true);
    expect(matches({ a: 1, b: 2 }, shownValue('{ a: 1 }'))).toBe(false);
    expect(matches(['x', 'y'], shownValue("['x']"))).toBe(false);
    expect(splitLiteral("'2026-03-02' (28 February is a Saturday)")).toEqual({ literal: "'2026-03-02'", note: '(28 February is a Saturday)' });
    expect(await runExample({ owner: 'wrong', code: "mainleveeRoute({ title: 'none' }).route; // → 'provisional'\n" })).toHaveLength(1);
    expect(await runExample({ owner: 'throws', code: "getRuleSet('x'); // throws LpNormError UNKNOWN_RULE_SET\n" })).toEqual([]);
    expect(await runExample({ owner: 'unreached', code: "try { getRuleSet('lp.deadlines'); } catch (e) {\n  e.code; // → 'X'\n}\n" })).toHaveLength(1);
  });
});
