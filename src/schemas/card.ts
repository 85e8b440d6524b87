import { Type, type Static } from '@sinclair/typebox';
import { CantonCodeSchema } from './calendar.js';
import { IsoDateSchema, IsoDateTimeSchema, IsoMonthSchema, MoneySchema, NonEmptyText } from './common.js';
import { InterpretationSchema } from './interpretation.js';

const Zone = Type.String({ pattern: '^[A-Z][A-Z-]{1,15}$', description: "geographic zone: 'CH-LI', 'EUROPE', 'US', …" });

export const AuthorizeCardPaymentInputSchema = Type.Object(
  {
    at: IsoDateTimeSchema,
    amount: MoneySchema,
    channel: Type.Union([Type.Literal('online'), Type.Literal('chip-pin'), Type.Literal('contactless'), Type.Literal('atm')]),
    card: Type.Object(
      {
        expiry: IsoMonthSchema,
        blocked: Type.Optional(Type.Boolean()),
        /** Off by default (the card terms): omit it for a card whose holder never enabled it. */
        onlinePaymentsEnabled: Type.Optional(Type.Boolean()),
        chipAndPinUsedOnce: Type.Optional(Type.Boolean()),
        /** The zones open for the card; by default the terms' Switzerland and Liechtenstein, Europe. */
        openZones: Type.Optional(Type.Array(Zone, { maxItems: 20 })),
      },
      { additionalProperties: false },
    ),
    merchant: Type.Object({ zone: Zone, threeDSecure: Type.Optional(Type.Boolean()), name: Type.Optional(NonEmptyText) }, { additionalProperties: false }),
    account: Type.Optional(Type.Object({ available: MoneySchema }, { additionalProperties: false })),
  },
  { additionalProperties: false, $id: 'AuthorizeCardPaymentInput' },
);

export const CardDeadlinesInputSchema = Type.Object(
  {
    expiry: Type.Optional(IsoMonthSchema),
    statementReceivedOn: Type.Optional(IsoDateSchema),
    reservedOn: Type.Optional(IsoDateSchema),
    canton: Type.Optional(CantonCodeSchema),
    interpretation: Type.Optional(InterpretationSchema),
  },
  { additionalProperties: false, $id: 'CardDeadlinesInput' },
);

export const OcpmOrderInputSchema = Type.Object(
  {
    orderedOn: IsoDateSchema,
    paymentValidated: Type.Boolean(),
    canton: Type.Optional(CantonCodeSchema),
    interpretation: Type.Optional(InterpretationSchema),
  },
  { additionalProperties: false, $id: 'OcpmOrderInput' },
);

export type AuthorizeCardPaymentInput = Static<typeof AuthorizeCardPaymentInputSchema>;
export type CardDeadlinesInput = Static<typeof CardDeadlinesInputSchema>;
export type OcpmOrderInput = Static<typeof OcpmOrderInputSchema>;
