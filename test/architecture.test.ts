import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Layers, one direction, in the order the README's "## Layers" paragraph states them: primitives (src/core:
// money, dates, errors) → schemas → rules → engines (evaluators, calendar, seizure, procedure, which read
// the norms) → calculators → bulk / cli / server / cases / api / docs. Whatever the package entries reach
// runs in a browser: no Node built-in there.

const root = resolve(__dirname, '..');
const src = resolve(root, 'src');
/** The src folders of each layer, lowest first; `docs` is the site's generator (scripts/), not src. */
const LAYER_FOLDERS: string[][] = [['core'], ['schemas'], ['rules'], ['engines'], ['calculators'], ['bulk', 'cli', 'server', 'cases', 'api']];
const LAYERS: [RegExp, number, string][] = [
  [/^core\/[^/]+$/, 0, 'core primitives'],
  ...LAYER_FOLDERS.slice(1).map((folders, i): [RegExp, number, string] => [new RegExp(`^(${folders.join('|')})/`), i + 1, folders.join('/')]),
  [/^(index|reference|cases)\.ts$/, LAYER_FOLDERS.length, 'package roots (lp-rules, lp-rules/reference, lp-rules/cases)'],
];
const layerOf = (file: string): [number, string] => {
  const hit = LAYERS.find(([re]) => re.test(file));
  if (!hit) throw new Error(`${file} is in no layer`);
  return [hit[1], hit[2]];
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

const files = sources(src).map((p) => relative(src, p));
const importsOf = (file: string): string[] =>
  [...readFileSync(join(src, file), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const target = (file: string, spec: string): string =>
  relative(src, resolve(dirname(join(src, file)), spec)).replace(/\.js$/, '.ts');

/** The README's layer list, each layer as the src folders it names (words in backquotes or plain). */
function readmeLayers(): string[][] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = /^## Layers\n+([\s\S]*?)\. Imports/m.exec(readme)?.[1] ?? '';
  const folders = new Set(readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory()));
  return section
    .replace(/\([^)]*\)/g, (m) => (m.includes('src/core') ? ' core ' : ' '))
    .split('→')
    .map((layer) => layer.split(/[\s/`]+/).filter((w) => folders.has(w)));
}

/** What the package entries (lp-rules, lp-rules/reference, lp-rules/cases) import, statically: all of it runs in browsers. */
const browserReachable = new Set<string>();
const reach = (f: string): void => {
  if (browserReachable.has(f) || !files.includes(f)) return;
  browserReachable.add(f);
  importsOf(f).filter((s) => s.startsWith('.')).map((s) => target(f, s)).forEach(reach);
};
['index.ts', 'reference.ts', 'cases.ts'].forEach(reach);

describe('architecture', () => {
  it("the layers are the README's, in its order, and every src folder is in one", () => {
    expect(readmeLayers()).toEqual(LAYER_FOLDERS);
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    expect(folders.filter((f) => !LAYER_FOLDERS.flat().includes(f))).toEqual([]);
  });

  it('the engines that read norms are not in core: core imports neither schemas, rules nor engines', () => {
    const up = files.filter((f) => layerOf(f)[0] === 0).flatMap((f) => importsOf(f).filter((s) => s.startsWith('.')).map((s) => target(f, s)).filter((t) => layerOf(t)[0] > 0).map((t) => `${f} → ${t}`));
    expect(up).toEqual([]);
  });

  it('every import goes down or sideways in the layers', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const [own] = layerOf(file);
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const to = target(file, spec);
        if (to.endsWith('.json')) continue;
        const [theirs, name] = layerOf(to);
        if (theirs > own) wrong.push(`${file} → ${to} (${name})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).filter((s) => s.startsWith('.')).map((s) => target(f, s)).filter((t) => t.endsWith('.ts'))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const next of graph.get(f) ?? []) visit(next, [...path, f]);
      state.set(f, 'done');
    };
    files.forEach((f) => visit(f, []));
    expect(cycles).toEqual([]);
  });

  it('below bulk and cli, and in whatever the package entries reach, nothing imports a Node built-in (the SDK runs in browsers)', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const offenders = files
      .filter((f) => layerOf(f)[0] < 5 || browserReachable.has(f))
      .flatMap((f) => importsOf(f).filter((s) => builtins.has(s) || s.startsWith('node:')).map((s) => `${f}: ${s}`));
    expect(offenders).toEqual([]);
  });

  it('no source file imports date-holidays: it only generates the holiday table (scripts/gen-holidays.mjs)', () => {
    expect(files.filter((f) => importsOf(f).some((s) => s === 'date-holidays' || s.startsWith('date-holidays/')))).toEqual([]);
  });
});
