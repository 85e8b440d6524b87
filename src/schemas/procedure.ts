import { Type } from '@sinclair/typebox';
import { CantonCodeSchema, TimeOfDaySchema } from './calendar.js';
import { IsoDateSchema } from './common.js';
import { InterpretationSchema } from './interpretation.js';
import type { OppositionState, CanContinueInput, SaleWindowInput, AdbStatusInput, ExtractVisibilityInput, HideRequestInput, HideRequestDecisionInput, MainleveeInput, CaseTimelineInput } from './types.generated.js';

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

/** The facts of a request not to disclose (LP 8a al. 3 let. d): service, the opposition, the end of the procedure. */
const hideRequestFacts = {
  notifiedOn: IsoDateSchema,
  /**
   * The opposition, with the proceedings that stopped the LP 88 al. 2 year; `null`: no opposition was made
   * (the route does not apply). Left out: not stated, counted as if the debtor opposed (the trace says so).
   */
  opposition: Type.Optional(Type.Union([OppositionStateSchema, Type.Null()])),
  /** End of the procedure: from 2026 the request is possible until the inspection right expires, five years later. */
  closedOn: Type.Optional(IsoDateSchema),
  canton,
  interpretation,
};

export const HideRequestInputSchema = Type.Object(
  {
    ...hideRequestFacts,
    /** A day on which the debtor asks (or would ask): the version in force that day applies, and `timely` says whether it is in time. */
    requestedOn: Type.Optional(IsoDateSchema),
  },
  { additionalProperties: false, $id: 'HideRequestInput' },
);

export const HideRequestDecisionInputSchema = Type.Object(
  {
    ...hideRequestFacts,
    /** The day the debtor made the request: the version in force that day decides whether it is admissible. */
    requestedOn: IsoDateSchema,
    /** Last day of the 20 days the office set the creditor; without it, counted from the day of the request. */
    proofDeadline: Type.Optional(IsoDateSchema),
    /** The day the creditor proved that proceedings to lift the opposition were started in time. */
    creditorProofOn: Type.Optional(IsoDateSchema),
    /** The day the enforcement was continued. */
    continuedOn: Type.Optional(IsoDateSchema),
    /** The day the debtor proved that a creditor's request to lift the opposition was definitively rejected. */
    liftingRejectedOn: Type.Optional(IsoDateSchema),
    /** The day of the extract: what the office discloses that day (default: the latest date given). */
    asOf: Type.Optional(IsoDateSchema),
  },
  { additionalProperties: false, $id: 'HideRequestDecisionInput' },
);

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

// Published as plain interfaces (see published-types.ts).
export type { OppositionState, CanContinueInput, SaleWindowInput, AdbStatusInput, ExtractVisibilityInput, HideRequestInput, HideRequestDecisionInput, MainleveeInput, CaseTimelineInput };
