import { Type, type Static } from '@sinclair/typebox';
import { CantonCodeSchema, TimeOfDaySchema } from './calendar.js';
import { IsoDateSchema } from './common.js';
import { InterpretationSchema } from './interpretation.js';

const canton = Type.Optional(CantonCodeSchema);
const interpretation = Type.Optional(InterpretationSchema);
const Span = Type.Object({ from: IsoDateSchema, to: IsoDateSchema }, { additionalProperties: false });

export const OppositionStateSchema = Type.Object(
  {
    filedOn: IsoDateSchema,
    status: Type.Union([Type.Literal('pending'), Type.Literal('withdrawn'), Type.Literal('lifted')]),
    /** The opposition covers only part of the claim (LP 74 al. 2, 78 al. 2). */
    partial: Type.Optional(Type.Boolean()),
    /** Court or administrative proceedings to lift it: LP 88 al. 2 stands still meanwhile. */
    proceedings: Type.Optional(Type.Array(Span, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export const CanContinueInputSchema = Type.Object(
  { notifiedOn: IsoDateSchema, requestedOn: IsoDateSchema, paidInFull: Type.Boolean(), opposition: Type.Optional(OppositionStateSchema), canton, interpretation },
  { additionalProperties: false, $id: 'CanContinueInput' },
);

export const AssetSchema = Type.Union([Type.Literal('movable'), Type.Literal('immovable'), Type.Literal('income')]);

export const SaleWindowInputSchema = Type.Object(
  { seizedOn: IsoDateSchema, asset: AssetSchema, lastSupplementarySeizureOn: Type.Optional(IsoDateSchema), canton, interpretation },
  { additionalProperties: false, $id: 'SaleWindowInput' },
);

export const AdbStatusInputSchema = Type.Object(
  { issuedOn: IsoDateSchema, notifiedToCreditorOn: Type.Optional(IsoDateSchema), debtorDiedOn: Type.Optional(IsoDateSchema), canton, interpretation },
  { additionalProperties: false, $id: 'AdbStatusInput' },
);

export const ExtractVisibilityInputSchema = Type.Object(
  {
    /** End of the procedure (for a paid poursuite: as the office records it — an input, norms §3.6). */
    closedOn: IsoDateSchema,
    withdrawnByCreditor: Type.Optional(Type.Boolean()),
    paidOn: Type.Optional(IsoDateSchema),
    /** Whether the entry is visible that day; without it, `visibleToThirdParties` says whether it is ever. */
    asOf: Type.Optional(IsoDateSchema),
    interpretation,
  },
  { additionalProperties: false, $id: 'ExtractVisibilityInput' },
);

export const HideRequestInputSchema = Type.Object({ notifiedOn: IsoDateSchema, interpretation }, { additionalProperties: false, $id: 'HideRequestInput' });

export const MainleveeInputSchema = Type.Object(
  {
    title: Type.Union([
      Type.Literal('enforceable-judgment'),
      Type.Literal('administrative-decision'),
      Type.Literal('authentic-deed'),
      Type.Literal('signed-acknowledgment'),
      Type.Literal('none'),
    ]),
  },
  { additionalProperties: false, $id: 'MainleveeInput' },
);

export const CaseTimelineInputSchema = Type.Object(
  {
    notifiedOn: IsoDateSchema,
    notifiedAt: Type.Optional(TimeOfDaySchema),
    opposition: Type.Optional(OppositionStateSchema),
    seizure: Type.Optional(
      Type.Object({ seizedOn: IsoDateSchema, asset: AssetSchema, lastSupplementarySeizureOn: Type.Optional(IsoDateSchema) }, { additionalProperties: false }),
    ),
    adb: Type.Optional(
      Type.Object({ issuedOn: IsoDateSchema, notifiedToCreditorOn: Type.Optional(IsoDateSchema), debtorDiedOn: Type.Optional(IsoDateSchema) }, { additionalProperties: false }),
    ),
    closedOn: Type.Optional(IsoDateSchema),
    paidOn: Type.Optional(IsoDateSchema),
    withdrawnByCreditor: Type.Optional(Type.Boolean()),
    canton,
    interpretation,
  },
  { additionalProperties: false, $id: 'CaseTimelineInput' },
);

export type OppositionState = Static<typeof OppositionStateSchema>;
/**
 * Input of `canContinue`: service of the payment order, the day of the request, payment, the opposition.
 * @interface
 */
export type CanContinueInput = Static<typeof CanContinueInputSchema>;
/**
 * Input of `saleWindow`: the seizure, the kind of asset, the last successful supplementary seizure.
 * @interface
 */
export type SaleWindowInput = Static<typeof SaleWindowInputSchema>;
/**
 * Input of `adbStatus`: issuance of the ADB, its notification to the creditor, the debtor's death.
 * @interface
 */
export type AdbStatusInput = Static<typeof AdbStatusInputSchema>;
/**
 * Input of `extractVisibility`: end of the procedure, withdrawal or payment, and the day of the extract.
 * @interface
 */
export type ExtractVisibilityInput = Static<typeof ExtractVisibilityInputSchema>;
/**
 * Input of `hideRequestEarliest`: service of the payment order.
 * @interface
 */
export type HideRequestInput = Static<typeof HideRequestInputSchema>;
/**
 * Input of `mainleveeRoute`: the creditor's title.
 * @interface
 */
export type MainleveeInput = Static<typeof MainleveeInputSchema>;
/**
 * Input of `caseTimeline`: the known events of one poursuite; only service is required.
 * @interface
 */
export type CaseTimelineInput = Static<typeof CaseTimelineInputSchema>;
