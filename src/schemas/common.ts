import { Type, type TSchema } from '@sinclair/typebox';
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
/**
 * A union chosen by a tag property (`type`, `channel`): ajv checks the one branch the tag names, so an
 * error inside it is not drowned in the other branches' noise. The tag's own values are listed on the
 * union too, from the branches: an unknown tag is then one issue that names the values allowed.
 */
export function discriminated<T>(tag: string, branches: TSchema[]) {
  const tags = branches.flatMap((b) => {
    const t = (b as unknown as { properties: Record<string, { const?: string; enum?: string[] }> }).properties[tag]!;
    return t.enum ?? [t.const!];
  });
  return Type.Unsafe<T>({ type: 'object', properties: { [tag]: { type: 'string', enum: tags } }, required: [tag], discriminator: { propertyName: tag }, oneOf: branches });
}
export const CantonSchema = Type.String({ pattern: '^[A-Z]{2}$', description: 'two-letter canton code' });

// Published as plain interfaces (see published-types.ts).
export type { LocalizedText };
