/** A norm file as `loadNorms` takes it: its name (named in problems and provenance) and its parsed JSON. */
export interface PlaygroundNormFile {
  name: string;
  content: unknown;
}
export const DOCS_DIR: string;
/** The playground's forms and the functions each one calls: one bundle each (`assets/lp-rules.<form>.js`). */
export const PLAYGROUND_BUNDLES: Readonly<Record<string, readonly string[]>>;
/** A file's weight as the budgets count it: gzip (level 9), in bytes. */
export function gzipBytes(bytes: Uint8Array): number;
/** One form's bundle: only `functions` of dist/index.js, minified, added to window.lpRules. */
export function bundleFunctions(functions: readonly string[]): Promise<Uint8Array>;
/** The files the playground build writes, relative to the docs directory. */
export const PLAYGROUND_FILES: readonly string[];
/** The browser build of dist/index.js (needs `npm run build` first). */
export function bundleForBrowser(): Promise<Uint8Array>;
/** The pages' script (docs/assets/site.js), bundled from scripts/docs/client/. */
export function bundleSite(): Promise<Uint8Array>;
/** The norm files `--norms` names: a file, or every `*.json` of a directory in name order. */
export function readNormFiles(paths: readonly string[]): PlaygroundNormFile[];
/** Every playground file, relative path → bytes; writes nothing. With `norms`, the page computes with them. */
export function renderPlayground(options?: { norms?: readonly PlaygroundNormFile[] }): Promise<Record<string, Uint8Array>>;
/** Writes the playground into `outDir` (default docs/). */
export function buildPlayground(options?: { outDir?: string; norms?: readonly PlaygroundNormFile[] }): Promise<{ outDir: string; files: { path: string; bytes: number }[] }>;
/** Playground files of `docsDir` (default docs/) missing or differing from a fresh build; empty when fresh. */
export function stalePlaygroundFiles(options?: { docsDir?: string; norms?: readonly PlaygroundNormFile[] }): Promise<string[]>;
