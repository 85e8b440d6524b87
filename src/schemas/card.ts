import { Type } from '@sinclair/typebox';
import { CantonCodeSchema } from './calendar.js';
import { IsoDateSchema, IsoDateTimeSchema, IsoMonthSchema, MoneySchema, NonEmptyText } from './common.js';
import { InterpretationSchema } from './interpretation.js';
import type { AuthorizeCardPaymentInput, CardDeadlinesInput, OcpmOrderInput } from './types.generated.js';

const Zone = Type.String({ pattern: '^[A-Z][A-Z-]{1,15}$', description: "geographic zone: 'CH-LI', 'EUROPE', 'US', …" });

export const AuthorizeCardPaymentInputSchema = Type.Object(
  {
    /** When the payment is made: decides the terms in force and the card's validity. */
    at: IsoDateTimeSchema,
    amount: MoneySchema,
    channel: Type.Union([Type.Literal('online'), Type.Literal('chip-pin'), Type.Literal('contactless'), Type.Literal('atm')]),
    card: Type.Object(
      {
        /** Printed expiry month, `YYYY-MM`. */
        expiry: IsoMonthSchema,
        blocked: Type.Optional(Type.Boolean()),
        /** Off by default (the card terms): omit it for a card whose holder never enabled it. */
        onlinePaymentsEnabled: Type.Optional(Type.Boolean()),
        /** A first payment with the card inserted and the PIN was made: needed before contactless. */
        chipAndPinUsedOnce: Type.Optional(Type.Boolean()),
        /** The zones open for the card; by default the terms' Switzerland and Liechtenstein, Europe. */
        openZones: Type.Optional(Type.Array(Zone, { maxItems: 20 })),
      },
      { additionalProperties: false },
    ),
    merchant: Type.Object({ zone: Zone, threeDSecure: Type.Optional(Type.Boolean()), name: Type.Optional(NonEmptyText) }, { additionalProperties: false }),
    /** The amount available on the account, for the coverage check. */
    account: Type.Optional(Type.Object({ available: MoneySchema }, { additionalProperties: false })),
  },
  { additionalProperties: false, $id: 'AuthorizeCardPaymentInput' },
);

export const CardDeadlinesInputSchema = Type.Object(
  {
    /** Printed expiry month, `YYYY-MM`. */
    expiry: Type.Optional(IsoMonthSchema),
    /** Day the monthly statement was received. */
    statementReceivedOn: Type.Optional(IsoDateSchema),
    /** Day an amount was reserved on the card. */
    reservedOn: Type.Optional(IsoDateSchema),
    canton: Type.Optional(CantonCodeSchema),
    interpretation: Type.Optional(InterpretationSchema),
  },
  { additionalProperties: false, $id: 'CardDeadlinesInput' },
);

export const OcpmOrderInputSchema = Type.Object(
  {
    orderedOn: IsoDateSchema,
    /** The online payment was validated: the order is then final. */
    paymentValidated: Type.Boolean(),
    canton: Type.Optional(CantonCodeSchema),
    interpretation: Type.Optional(InterpretationSchema),
  },
  { additionalProperties: false, $id: 'OcpmOrderInput' },
);

// Published as plain interfaces (see published-types.ts).
export type { AuthorizeCardPaymentInput, CardDeadlinesInput, OcpmOrderInput };
