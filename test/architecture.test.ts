import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Layers, one direction: core primitives (errors, money, dates) → schemas → rules → evaluators →
// calculators → bulk / cli / docs. Below bulk and cli everything runs in a browser: no Node built-in.

const src = resolve(__dirname, '../src');
const LAYERS: [RegExp, number, string][] = [
  [/^core\/(evaluator|calendar|seizure|procedure)\//, 3, 'evaluators, calendar, seizure, procedure'],
  [/^core\/[^/]+$/, 0, 'core primitives'],
  [/^schemas\//, 1, 'schemas'],
  [/^rules\//, 2, 'rules'],
  [/^calculators\//, 4, 'calculators'],
  [/^(bulk|cli|docs|api|cases|server)\//, 5, 'bulk/cli/docs/api/cases/server'],
  [/^(index|reference|cases)\.ts$/, 6, 'package roots (lp-rules, lp-rules/reference, lp-rules/cases)'],
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

describe('architecture', () => {
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

  it('below bulk and cli, nothing imports a Node built-in (the SDK runs in browsers)', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const offenders = files
      .filter((f) => layerOf(f)[0] < 5)
      .flatMap((f) => importsOf(f).filter((s) => builtins.has(s) || s.startsWith('node:')).map((s) => `${f}: ${s}`));
    expect(offenders).toEqual([]);
  });

  it('no source file imports date-holidays: it only generates the holiday table (scripts/gen-holidays.mjs)', () => {
    expect(files.filter((f) => importsOf(f).some((s) => s === 'date-holidays' || s.startsWith('date-holidays/')))).toEqual([]);
  });
});
