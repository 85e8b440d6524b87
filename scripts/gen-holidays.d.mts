export const GENERATED: string;
export const FIRST_YEAR: number;
export const LAST_YEAR: number;
export function cantonsOf(): string[];
export function publicHolidays(
  canton: string,
  firstYear?: number,
  lastYear?: number,
): { rule: string; names: Set<string>; dates: string[]; times: Set<string> }[];
export function generateHolidays(): Promise<string>;
