export const GENERATED: string;
export const VALIDATORS_DIR: string;
export function loadSchemas(): Promise<Record<string, unknown>>;
/** Each generated validator file's path and text (the per-schema modules and the re-exporting barrel). */
export function generateValidators(): Promise<Record<string, string>>;
export function loadResultSchemas(): Promise<Record<string, unknown>>;
/** A schema as the interpreter reads it (annotations dropped); throws on a keyword it does not implement. */
export function compactSchema(schema: object, keywords: Set<string>, where?: string, enums?: boolean): object;
