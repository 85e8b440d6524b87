export const GENERATED: string;
export function loadSchemas(): Promise<Record<string, unknown>>;
export function generateValidators(): Promise<string>;
export function loadResultSchemas(): Promise<Record<string, unknown>>;
