export const GENERATED_DIR: string;
export function generateFamilies(): Promise<Map<string, string>>;
