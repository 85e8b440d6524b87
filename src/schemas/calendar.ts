import { Type, type Static } from '@sinclair/typebox';
import { CANTON_CODES } from './canton.js';
import { IsoDateSchema, IsoDateTimeSchema } from './common.js';
import { InterpretationSchema } from './interpretation.js';

export const CantonCodeSchema = Type.Union(CANTON_CODES.map((c) => Type.Literal(c)), { description: 'canton, default GE' });
export const TimeOfDaySchema = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:mm, Geneva time' });
const Days = Type.Integer({ minimum: 0, maximum: 36_600 });

/** A suspension of the debtor (LP 57–62), both days included. */
export const SuspensionSchema = Type.Object({ from: IsoDateSchema, to: IsoDateSchema }, { additionalProperties: false });

const common = {
  canton: Type.Optional(CantonCodeSchema),
  suspensions: Type.Optional(Type.Array(SuspensionSchema, { maxItems: 100 })),
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
export const FilingSchema = Type.Unsafe<{ channel: 'post' | 'counter'; on: string } | { channel: 'electronic'; receiptAt: string }>({
  type: 'object',
  properties: { channel: { type: 'string' } },
  required: ['channel'],
  discriminator: { propertyName: 'channel' },
  oneOf: [
    Type.Object(
      { channel: ChannelPaper, /** postmark date (post) or date handed in (counter) */ on: IsoDateSchema },
      { additionalProperties: false },
    ),
    Type.Object(
      { channel: Type.Literal('electronic'), /** platform receipt instant (LP 33a al. 3) */ receiptAt: IsoDateTimeSchema },
      { additionalProperties: false },
    ),
  ],
});

const service = {
  /** Day the payment order was served (handed over, LP 64–66, 72 al. 2). */
  notifiedOn: IsoDateSchema,
  /** Time of service, when known; an act after 20:00 or before 07:00 takes effect later. */
  notifiedAt: Type.Optional(TimeOfDaySchema),
};

export const OppositionDeadlineInputSchema = Type.Object(
  { ...service, filing: Type.Optional(FilingSchema), ...common },
  { additionalProperties: false, $id: 'OppositionDeadlineInput' },
);

export const PaymentDeadlineInputSchema = Type.Object(
  {
    ...service,
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
    at: IsoDateTimeSchema,
    canton: common.canton,
    procedure: Type.Optional(Type.Union([Type.Literal('ordinary'), Type.Literal('bill-of-exchange'), Type.Literal('sequestration')])),
    debtorSuspended: Type.Optional(Type.Boolean()),
    interpretation: common.interpretation,
  },
  { additionalProperties: false, $id: 'EnforcementActInput' },
);

export const DeemedDeliveryInputSchema = Type.Object(
  {
    document: Type.Union([Type.Literal('payment-order'), Type.Literal('other')]),
    failedAttemptOn: IsoDateSchema,
    collectedOn: Type.Optional(IsoDateSchema),
    deliveryExpected: Type.Boolean(),
  },
  { additionalProperties: false, $id: 'DeemedDeliveryInput' },
);

export type Filing = Static<typeof FilingSchema>;
export type DayStatusInput = Static<typeof DayStatusInputSchema>;
export type ComputeDeadlineInput = Static<typeof ComputeDeadlineInputSchema>;
export type OppositionDeadlineInput = Static<typeof OppositionDeadlineInputSchema>;
export type PaymentDeadlineInput = Static<typeof PaymentDeadlineInputSchema>;
export type EnforcementActInput = Static<typeof EnforcementActInputSchema>;
export type DeemedDeliveryInput = Static<typeof DeemedDeliveryInputSchema>;
