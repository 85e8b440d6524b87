import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureLines, linesOf, runCli, tempDir } from './support/cli.js';

// The README is the front page: the two set-up commands first, then one short example per user group, each
// run here as written against the built package (dist/, `npm test` builds it first), so the page cannot rot.
// The long reference lives in docs/guide/*.md (their commands are run by cli-norms and cases-cli tests).

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** The text of a `## ` section, up to the next one. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README section "## ${title}"`).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}
const blocks = (text: string, lang: string) => [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
/** The `lp-rules …` lines of a section's sh blocks, each split into its command and its comment. */
const commandsOf = (text: string) =>
  blocks(text, 'sh')
    .flatMap((b) => b.split('\n'))
    .filter((l) => l.startsWith('lp-rules '))
    .map((line) => {
      const [command, comment = ''] = line.split(/\s+#\s+/);
      return { line, command: command!.trim(), comment };
    });

/** A consumer project with `lp-rules` installed as a link to this package: its `exports` and dist/ as published. */
let consumer: string;
beforeAll(() => {
  consumer = tempDir();
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(root, join(consumer, 'node_modules/lp-rules'), 'dir');
  writeFileSync(join(consumer, 'package.json'), '{ "type": "module", "private": true }\n');
});

describe('the front page', () => {
  it('opens with the two commands that set up and run everything: the main job on the bundled fixtures, then the tests', () => {
    expect(readme.split('\n').slice(0, 6).join('\n')).toBe(
      '# lp-rules\n\n```sh\nnpm ci && npm run demo   # set up, then run the main job on the bundled fixtures\nnpm test                 # typecheck, build, and run every test\n```',
    );
    expect(pkg.scripts.demo).toMatch(/dist\/cli\.js recalc fixtures\/seizure-files\.jsonl /);
    expect(pkg.scripts.test).toMatch(/vitest run$/);
  });

  it('says how to install, then one example per user group, then where the rest is, the layers and the dependencies', () => {
    expect(section('Install')).toContain(`\`\`\`sh\nnpm install ${pkg.name}\n\`\`\``);
    expect(existsSync(join(root, 'LICENSE'))).toBe(true);
    const order = ['Install', 'For integrators', 'Pour les juristes / For legal staff', 'For batch runs', 'Documentation', 'Layers', 'Dependencies'].map((t) => readme.indexOf(`\n## ${t}\n`));
    expect(order.every((k) => k > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(section('Layers')).toContain(
      'primitives (`src/core`: money, dates, errors) → schemas → rules → engines (evaluators, calendar, seizure,\nprocedure) → calculators → bulk / cli / server / cases / api / docs',
    );
    // Short: the reference is in the guides.
    expect(readme.split('\n').length).toBeLessThan(160);
  });

  it('every relative link of the README and of the guides reaches a file of the repository', () => {
    const files = ['README.md', ...readFileSync(join(root, 'docs/guide/index.md'), 'utf8').matchAll(/\]\(([\w-]+\.md)\)/g)].map((f) => (typeof f === 'string' ? f : `docs/guide/${f[1]}`));
    expect(files.length).toBeGreaterThanOrEqual(11);
    let links = 0;
    for (const file of files) {
      for (const [, href] of readFileSync(join(root, file), 'utf8').matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)[^)]*\)/g)) {
        expect(existsSync(resolve(root, dirname(file), href!)), `${file} → ${href}`).toBe(true);
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(20);
  });
});

describe("the integrator's example", () => {
  const [code] = blocks(section('For integrators'), 'ts');

  it('is ten lines at most and typechecks against the published types (strict)', () => {
    expect(code, 'a ts block').toBeDefined();
    expect(linesOf(code!).length).toBeLessThanOrEqual(10);
    const file = join(consumer, 'integrator.ts');
    writeFileSync(file, code!);
    const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 60_000);

  it('runs as written against dist/, and every value it shows (`// → value`) is what the package returns', () => {
    // `expression; // → literal — note` becomes a deep-equality check of the expression against the literal.
    let checks = 0;
    const checked = linesOf(code!).map((line, k) => {
      const m = /^(.*?);\s*\/\/ → (.*?)(?: — .*)?$/.exec(line);
      if (!m) return line;
      checks += 1;
      return `__check((${m[1]}), ${m[2]}, ${k + 1});`;
    });
    expect(checks).toBeGreaterThanOrEqual(4);
    const js = ts.transpileModule(
      `import { deepStrictEqual } from 'node:assert';\nconst __check = (actual: unknown, shown: unknown, line: number) => { deepStrictEqual(actual, shown, \`README line \${line}\`); console.log('checked', line); };\n${checked.join('\n')}\n`,
      { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } },
    ).outputText;
    writeFileSync(join(consumer, 'integrator.mjs'), js);
    const r = spawnSync(process.execPath, [join(consumer, 'integrator.mjs')], { cwd: consumer, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(linesOf(r.stdout).filter((l) => l.startsWith('checked '))).toHaveLength(checks);
  }, 60_000);
});

describe("legal staff's example (in French, with English)", () => {
  const text = section('Pour les juristes / For legal staff');
  const [feature] = blocks(text, 'gherkin');
  const commands = commandsOf(text);
  /** A bare *.feature name is the case above, saved by the reader: here, in the test's directory. */
  const argsOf = (dir: string, command: string) => command.split(/\s+/).slice(1).map((a) => (/^[\w.-]+\.feature$/.test(a) ? join(dir, a) : a));

  it('is a French case and `lp-rules norms …` / `lp-rules test …` commands, ten lines each at most', () => {
    expect(feature, 'a gherkin block').toMatch(/^# language: fr\n/);
    expect(linesOf(feature!).length).toBeLessThanOrEqual(10);
    expect(commands.length).toBeGreaterThanOrEqual(3);
    expect(commands.length).toBeLessThanOrEqual(10);
    expect(commands.some((c) => c.command.startsWith('lp-rules norms '))).toBe(true);
    expect(commands.some((c) => c.command.startsWith('lp-rules test '))).toBe(true);
  });

  it('every command runs as written, with the exit code it states; the case it saves checks its figures', () => {
    const dir = tempDir();
    const saved = commands.flatMap((c) => c.command.split(/\s+/)).filter((a) => /^[\w.-]+\.feature$/.test(a));
    expect(saved.length).toBeGreaterThanOrEqual(1);
    for (const name of saved) writeFileSync(join(dir, name), feature!);
    for (const { line, command, comment } of commands) {
      const r = runCli(argsOf(dir, command), { cwd: root });
      const stated = /exit (\d)/.exec(comment);
      expect(stated, `${line} states its exit code`).not.toBeNull();
      expect(r.status, `${line}\n${r.stdout}\n${r.stderr}`).toBe(Number(stated![1]));
    }
    // The case's figures are checked, not just read: one centime off and it fails.
    const figures = [...feature!.matchAll(/est de ([\d'.]+) CHF/g)].map((m) => m[1]!);
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const figure of figures) {
      writeFileSync(join(dir, saved[0]!), feature!.replace(`est de ${figure} CHF`, `est de ${figure.replace(/\d$/, (d) => String((Number(d) + 1) % 10))} CHF`));
      const r = runCli(argsOf(dir, commands.find((c) => c.command.includes(saved[0]!))!.command), { cwd: root });
      expect(r.status, figure).toBe(1);
    }
  }, 120_000);
});

describe('the batch example', () => {
  const commands = commandsOf(section('For batch runs'));
  /** A bare output name (results.jsonl, erreurs.csv) is the reader's own file: here, in the test's directory. */
  const argsOf = (dir: string, command: string) => command.split(/\s+/).slice(1).map((a) => (/^[\w.-]+\.(jsonl|csv)$/.test(a) ? join(dir, a) : a));

  it('recalculates the bundled files with `lp-rules recalc` as written: the exit code, the summary and the records it states', () => {
    expect(commands.length).toBeGreaterThanOrEqual(1);
    expect(commands.length).toBeLessThanOrEqual(10);
    const input = fixtureLines().length;
    for (const { line, command, comment } of commands) {
      expect(command).toMatch(/^lp-rules recalc fixtures\/seizure-files\.jsonl /);
      const dir = tempDir();
      const args = argsOf(dir, command);
      const r = runCli(args, { cwd: root });
      const stated = /exit (\d): (\d+) records, (\d+) ok, (\d+) errors/.exec(comment);
      expect(stated, `${line} states its exit code and summary`).not.toBeNull();
      const [, code, records, ok, errors] = stated!.map(Number);
      expect(r.status, `${line}\n${r.stderr}`).toBe(code);
      expect(r.stderr).toContain(`${records} records, ${ok} ok, ${errors} errors`);
      expect(records).toBe(input);
      const csv = args.includes('csv');
      const recordsIn = (file: string) => linesOf(readFileSync(file, 'utf8')).length - (csv ? 1 : 0);
      expect(recordsIn(args[args.indexOf('--out') + 1]!), line).toBe(records);
      expect(recordsIn(args[args.indexOf('--errors') + 1]!), line).toBe(errors);
    }
  }, 120_000);
});

describe('the dependency table', () => {
  /** Rows of the README table whose header starts with `| <kind> dependency |`: the packages named in backticks in the first cell, and the why. */
  const rows = (kind: string) => {
    const table = readme.slice(readme.indexOf(`| ${kind} dependency | Why |`)).split('\n\n')[0]!.split('\n').slice(2);
    return table.map((row) => {
      const [, first = '', why = ''] = /^\| (.*?) \| (.*) \|$/.exec(row) ?? [];
      return { names: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), why };
    });
  };

  for (const [kind, deps] of [['Runtime', pkg.dependencies], ['Development', pkg.devDependencies]] as const) {
    it(`justifies every ${kind.toLowerCase()} dependency, pinned to an exact version, and names no other`, () => {
      const table = rows(kind);
      expect(table.length).toBeGreaterThan(0);
      const named = table.flatMap((r) => r.names);
      expect([...named].sort()).toEqual(Object.keys(deps).sort());
      for (const r of table) expect(r.why.length, r.names.join(', ')).toBeGreaterThan(30);
      for (const [name, version] of Object.entries(deps)) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    });
  }
});
