export const DOCS_DIR: string;
/** The files the playground build writes, relative to the docs directory. */
export const PLAYGROUND_FILES: readonly string[];
/** The browser build of dist/index.js (needs `npm run build` first). */
export function bundleForBrowser(): Promise<Uint8Array>;
/** The pages' script (docs/assets/site.js), bundled from scripts/docs/client/. */
export function bundleSite(): Promise<Uint8Array>;
/** Every playground file, relative path → bytes; writes nothing. */
export function renderPlayground(): Promise<Record<string, Uint8Array>>;
/** Writes the playground into `outDir` (default docs/). */
export function buildPlayground(options?: { outDir?: string }): Promise<{ outDir: string; files: { path: string; bytes: number }[] }>;
/** Playground files of `docsDir` (default docs/) missing or differing from a fresh build; empty when fresh. */
export function stalePlaygroundFiles(options?: { docsDir?: string }): Promise<string[]>;
