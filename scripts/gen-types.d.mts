export const GENERATED_TYPES: string;
export const GENERATED_REASON_CODES: string;
export function generateTypes(): string;
export function generateReasonCodes(): string;
