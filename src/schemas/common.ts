import { Type } from '@sinclair/typebox';
import { ISO_DATE_PATTERN, ISO_DATETIME_PATTERN, ISO_MONTH_PATTERN } from './formats.js';
import type { LocalizedText } from './types.generated.js';

// Shared building blocks of every schema. No minLength/maxLength (their ajv runtime helper would be a
// CommonJS require in the generated validators): non-empty text is a pattern instead.
// `title` marks the formats whose errors get a specific issue code (see schemas/validate.ts).

export const NonEmptyText = Type.String({ pattern: '\\S' });
export const LocalizedSchema = Type.Object(
  { fr: NonEmptyText, en: NonEmptyText },
  { additionalProperties: false, description: 'French and English wording' },
);
/** Civil date in Geneva; the calendar check (no 30 February) is done in code, with the same issue code. */
export const IsoDateSchema = Type.String({ title: 'IsoDate', pattern: ISO_DATE_PATTERN, description: 'YYYY-MM-DD' });
export const IsoDateTimeSchema = Type.String({
  title: 'IsoDateTime',
  pattern: ISO_DATETIME_PATTERN,
  description: 'ISO 8601 instant, with offset or Z, or Zurich local time',
});
export const IsoMonthSchema = Type.String({ title: 'IsoMonth', pattern: ISO_MONTH_PATTERN, description: 'YYYY-MM' });
/** Money: a decimal string or a finite number; its exactness (≤ 2 decimals) is checked in code. */
export const MoneySchema = Type.Union([Type.String(), Type.Number()], { title: 'Money', description: 'decimal string or number' });
export const CantonSchema = Type.String({ pattern: '^[A-Z]{2}$', description: 'two-letter canton code' });

// Published as plain interfaces (see published-types.ts).
export type { LocalizedText };
