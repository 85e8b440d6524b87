import { Type } from '@sinclair/typebox';
import { IsoDateSchema, LocalizedSchema, NonEmptyText } from './common.js';
import { CitationSchema, PeriodSchema } from './rule-set.js';
import type { NormEdition, EditionStatus } from './types.generated.js';

/**
 * A norm edition file: the amounts (or other parameters) of one norm family for a period, as the body
 * that issues them publishes them — e.g. Geneva's normes d'insaisissabilité for 2027. Legal staff write
 * it in an editor; `loadNorms` puts it in force beside (or instead of) the built-in versions.
 */

const EditionName = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9 .-]*$', description: 'edition name, e.g. "NI-2027"' });
const FamilyId = Type.String({ pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*$', description: 'norm family id, e.g. "seizure.minimum-vital"' });
const ParameterName = '^[a-z][a-zA-Z0-9]*$';

const PlainValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String()), Type.Array(PeriodSchema, { minItems: 1 })]);

/** A parameter's new value: the value alone, or with its own citation and note. */
export const EditionValueSchema = Type.Union([
  PlainValue,
  Type.Object(
    { value: PlainValue, citation: Type.Optional(CitationSchema), note: Type.Optional(LocalizedSchema) },
    { additionalProperties: false },
  ),
]);

export const EditionStatusSchema = Type.Union([Type.Literal('official'), Type.Literal('provisional')], {
  description: 'official: as adopted and published; provisional: a draft or an edition not yet checked against the official text',
});

export const EditionSourceSchema = Type.Object(
  {
    /** The act, e.g. "NI (rsGE E 3 60.04)". */
    document: NonEmptyText,
    /** Its title, in French (or French and English). */
    title: Type.Union([NonEmptyText, LocalizedSchema]),
    /** The day the issuing body adopted it. */
    adoptedOn: Type.Optional(IsoDateSchema),
    url: Type.Optional(Type.String({ pattern: '^https://' })),
  },
  { additionalProperties: false },
);

export const NormEditionSchema = Type.Object(
  {
    /** Editors may point to the published schema; it is not read. */
    $schema: Type.Optional(Type.String()),
    family: FamilyId,
    edition: EditionName,
    status: EditionStatusSchema,
    /** First day in force. */
    validFrom: IsoDateSchema,
    /** Last day in force (included); open-ended without it. */
    validTo: Type.Optional(IsoDateSchema),
    /** The day someone last checked these values against the source. */
    verifiedOn: IsoDateSchema,
    source: EditionSourceSchema,
    /** The edition this one replaces where their periods overlap (e.g. a provisional draft, or a corrected edition). */
    supersedes: Type.Optional(EditionName),
    note: Type.Optional(LocalizedSchema),
    /** New values by parameter name; parameters not listed carry over their latest value under this edition. */
    values: Type.Record(Type.String({ pattern: ParameterName }), EditionValueSchema),
  },
  { additionalProperties: false, $id: 'NormEdition' },
);

// Published as plain interfaces (see published-types.ts).
export type { NormEdition, EditionStatus };
