import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReasonCodes, generateTypes, GENERATED_REASON_CODES, GENERATED_TYPES } from '../scripts/gen-types.mjs';

// The package as an integrator gets it: packed (`npm pack`, from the build `npm test` made first), installed
// into a fresh project with its dependencies only (from the npm cache, no network), and typechecked under
// `strict` with `skipLibCheck: false`, for `moduleResolution` node16 (ESM and CommonJS) and bundler.
// test/consumer/*.ts use the package and hold `@ts-expect-error` lines: wrong inputs must be refused.

const root = join(__dirname, '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let dir = '';

const COMMON = { strict: true, skipLibCheck: false, noEmit: true, target: 'ES2022', lib: ['ES2022'], types: [] };
const CONFIGS: Record<string, object> = {
  node16: { compilerOptions: { ...COMMON, module: 'node16', moduleResolution: 'node16' }, files: ['esm.ts', 'cjs.cts'] },
  bundler: { compilerOptions: { ...COMMON, module: 'esnext', moduleResolution: 'bundler' }, files: ['esm.ts'] },
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-rules-consumer-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', join(dir, packed[0].filename)], { cwd: dir, stdio: 'ignore', timeout: 120_000 });
  for (const f of ['esm.ts', 'cjs.cts']) copyFileSync(join(root, 'test/consumer', f), join(dir, f));
  for (const [name, config] of Object.entries(CONFIGS)) writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config));
}, 180_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000); // a node_modules tree: slow to delete on a busy machine

describe('the packed package, in a project without devDependencies', () => {
  it('installs without TypeBox or any devDependency', () => {
    const installed = readdirSync(join(dir, 'node_modules'));
    expect(installed).toContain('lp-rules');
    expect(installed).not.toContain('@sinclair');
    expect(installed).not.toContain('typescript');
  });

  it('its declarations import only its own files and its dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'node_modules/lp-rules/package.json'), 'utf8'));
    const deps = Object.keys(pkg.dependencies ?? {});
    const dist = join(dir, 'node_modules/lp-rules/dist');
    const foreign = readdirSync(dist)
      .filter((f) => /\.d\.c?ts$/.test(f))
      // Comments import nothing (a doc example may show `import … from 'lp-rules/reference'`).
      .flatMap((f) => [...readFileSync(join(dist, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\bfrom\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/g)].map((m) => `${f}: ${m[1] ?? m[2]}`))
      .filter((s) => !/: \.\.?\//.test(s) && !deps.some((d) => s.endsWith(`: ${d}`) || s.includes(`: ${d}/`)));
    expect(foreign).toEqual([]);
  });

  for (const name of Object.keys(CONFIGS)) {
    it(`typechecks under strict, skipLibCheck false, moduleResolution ${name}; every wrong input refused`, () => {
      const r = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    }, 120_000);
  }

  it('a wrong input that typechecks is caught: removing one @ts-expect-error fails the check', () => {
    const source = readFileSync(join(dir, 'esm.ts'), 'utf8');
    writeFileSync(join(dir, 'esm.ts'), source.replace('// @ts-expect-error a number is not a payment\n', ''));
    try {
      const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      expect(r.status).not.toBe(0);
      expect(r.stdout).toMatch(/esm\.ts\(\d+,\d+\): error TS2345/);
    } finally {
      writeFileSync(join(dir, 'esm.ts'), source);
    }
  }, 120_000);
});

describe('generated types', () => {
  it('are what the schemas and the norm files generate (run `npm run gen:types`)', () => {
    expect(existsSync(GENERATED_TYPES)).toBe(true);
    expect(readFileSync(GENERATED_TYPES, 'utf8')).toBe(generateTypes());
    expect(readFileSync(GENERATED_REASON_CODES, 'utf8')).toBe(generateReasonCodes());
  });
});
