import { Type } from '@sinclair/typebox';
import { CANTON_CODES } from './canton.js';
import { discriminated, IsoDateSchema, IsoDateTimeSchema } from './common.js';
import { InterpretationSchema } from './interpretation.js';
import type { Filing, DayStatusInput, ComputeDeadlineInput, OppositionDeadlineInput, PaymentDeadlineInput, EnforcementActInput, DeemedDeliveryInput } from './types.generated.js';

export const CantonCodeSchema = Type.Union(CANTON_CODES.map((c) => Type.Literal(c)), { description: 'canton, default GE' });
export const TimeOfDaySchema = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:mm, Geneva time' });
const Days = Type.Integer({ minimum: 0, maximum: 36_600 });

/** A suspension of the debtor (LP 57–62), both days included. */
export const SuspensionSchema = Type.Object({ from: IsoDateSchema, to: IsoDateSchema }, { additionalProperties: false });

const common = {
  /** Whose holidays count (default `GE`). */
  canton: Type.Optional(CantonCodeSchema),
  /** The debtor's suspensions (LP 57–62), both days included: LP 63 extends a deadline ending in one. */
  suspensions: Type.Optional(Type.Array(SuspensionSchema, { maxItems: 100 })),
  /** Alternative readings where the law leaves a point open; `PRIMARY_READINGS` otherwise. */
  interpretation: Type.Optional(InterpretationSchema),
};

export const DayStatusInputSchema = Type.Object(
  { date: IsoDateSchema, canton: common.canton, interpretation: common.interpretation },
  { additionalProperties: false, $id: 'DayStatusInput' },
);

export const ComputeDeadlineInputSchema = Type.Object(
  {
    /** The event (day 0): the period runs from the next day (CPC 142 al. 1). */
    from: IsoDateSchema,
    /** The period: days, months and/or years, at least one above zero. */
    period: Type.Object(
      { days: Type.Optional(Days), months: Type.Optional(Type.Integer({ minimum: 0, maximum: 1200 })), years: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })) },
      { additionalProperties: false },
    ),
    /** LP 63 applies (default true): a deadline set in an enforcement. */
    lp63: Type.Optional(Type.Boolean()),
    ...common,
  },
  { additionalProperties: false, $id: 'ComputeDeadlineInput' },
);

const ChannelPaper = Type.Unsafe<'post' | 'counter'>({ type: 'string', enum: ['post', 'counter'] });
export const FilingSchema = discriminated<{ channel: 'post' | 'counter'; on: string } | { channel: 'electronic'; receiptAt: string }>('channel', [
    Type.Object(
      { channel: ChannelPaper, /** postmark date (post) or date handed in (counter) */ on: IsoDateSchema },
      { additionalProperties: false },
    ),
    Type.Object(
      { channel: Type.Literal('electronic'), /** platform receipt instant (LP 33a al. 3) */ receiptAt: IsoDateTimeSchema },
      { additionalProperties: false },
    ),
]);

const service = {
  /** Day the payment order was served (handed over, LP 64–66, 72 al. 2). */
  notifiedOn: IsoDateSchema,
  /** Time of service, when known; an act after 20:00 or before 07:00 takes effect later. */
  notifiedAt: Type.Optional(TimeOfDaySchema),
};

export const OppositionDeadlineInputSchema = Type.Object(
  { ...service, /** The opposition as filed: the result then says whether it is in time. */ filing: Type.Optional(FilingSchema), ...common },
  { additionalProperties: false, $id: 'OppositionDeadlineInput' },
);

export const PaymentDeadlineInputSchema = Type.Object(
  {
    ...service,
    /** A payment made: by its OCP acceptance instant (primary reading) or its debit date. */
    payment: Type.Optional(
      Type.Object(
        { acceptedAt: Type.Optional(IsoDateTimeSchema), debitedOn: Type.Optional(IsoDateSchema) },
        { additionalProperties: false },
      ),
    ),
    ...common,
  },
  { additionalProperties: false, $id: 'PaymentDeadlineInput' },
);

export const EnforcementActInputSchema = Type.Object(
  {
    /** The instant of the act, read in Zurich time. */
    at: IsoDateTimeSchema,
    /** Where the act is done: its holidays count (default `GE`). */
    canton: common.canton,
    /** Default `ordinary`; no féries for bills of exchange, none of LP 56 for a sequestration. */
    procedure: Type.Optional(Type.Union([Type.Literal('ordinary'), Type.Literal('bill-of-exchange'), Type.Literal('sequestration')])),
    /** The debtor is suspended (LP 57–62). */
    debtorSuspended: Type.Optional(Type.Boolean()),
    interpretation: common.interpretation,
  },
  { additionalProperties: false, $id: 'EnforcementActInput' },
);

export const DeemedDeliveryInputSchema = Type.Object(
  {
    /** The payment order must be handed over; `other` covers the office's other communications. */
    document: Type.Union([Type.Literal('payment-order'), Type.Literal('other')]),
    /** Day of the failed delivery attempt (notice left). */
    failedAttemptOn: IsoDateSchema,
    /** Day the item was collected, if it was. */
    collectedOn: Type.Optional(IsoDateSchema),
    /** The addressee had to expect a delivery (CPC 138 al. 3 let. a); otherwise it is not deemed delivered. */
    deliveryExpected: Type.Boolean(),
  },
  { additionalProperties: false, $id: 'DeemedDeliveryInput' },
);

// Published as plain interfaces (see published-types.ts).
export type { Filing, DayStatusInput, ComputeDeadlineInput, OppositionDeadlineInput, PaymentDeadlineInput, EnforcementActInput, DeemedDeliveryInput };
