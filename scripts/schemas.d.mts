export const GENERATED: string;
export const VALIDATORS_DIR: string;
export function loadSchemas(): Promise<Record<string, unknown>>;
/** Each generated validator file's path and text (the per-schema modules and the re-exporting barrel). */
export function generateValidators(): Promise<Record<string, string>>;
export function loadResultSchemas(): Promise<Record<string, unknown>>;
