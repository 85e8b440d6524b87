import { Type, type Static } from '@sinclair/typebox';
import { discriminated, IsoDateTimeSchema, IsoMonthSchema, MoneySchema, NonEmptyText } from './common.js';
import type { CardMethod, PaymentMethod, ValidatePaymentInput } from './types.generated.js';

export const CARD_BRANDS = ['visa', 'mastercard', 'maestro', 'postfinance', 'amex', 'other'] as const;
export const CARD_FUNDINGS = ['debit', 'credit', 'prepaid'] as const;

export const CardMethodSchema = Type.Object(
  {
    type: Type.Literal('card'),
    brand: Type.Union(CARD_BRANDS.map((b) => Type.Literal(b))),
    funding: Type.Union(CARD_FUNDINGS.map((f) => Type.Literal(f))),
    /** What the issuer reports about the card, when the payment page knows it. */
    issuer: Type.Optional(
      Type.Object(
        {
          onlinePaymentsEnabled: Type.Optional(Type.Boolean()),
          /** Printed expiry month; the card is valid through the end of that month, Zurich time. */
          expiry: Type.Optional(IsoMonthSchema),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const TwintMethodSchema = Type.Object({ type: Type.Literal('twint') }, { additionalProperties: false });

export const MethodSchema = discriminated<Static<typeof CardMethodSchema> | Static<typeof TwintMethodSchema>>('type', [CardMethodSchema, TwintMethodSchema]);

export const ValidatePaymentInputSchema = Type.Object(
  {
    /** The office whose terms apply: OCP (poursuites, default) or OCPM. */
    office: Type.Optional(Type.Union([Type.Literal('OCP'), Type.Literal('OCPM')])),
    /** When the payment is made; decides the terms in force and the card's validity. */
    at: Type.Optional(IsoDateTimeSchema),
    /** Any text is accepted here: an amount the norms refuse is a reason, not an exception. */
    amount: MoneySchema,
    target: Type.Optional(
      Type.Object(
        {
          /** What is paid, e.g. `poursuite`, `adb`. */
          kind: NonEmptyText,
          /** The amount still due. */
          balance: MoneySchema,
          reference: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    method: MethodSchema,
    /** The card issuer's answer, once known. */
    issuerResponse: Type.Optional(Type.Union([Type.Literal('approved'), Type.Literal('declined')])),
  },
  { additionalProperties: false, $id: 'ValidatePaymentInput' },
);

// Published as plain interfaces (see published-types.ts).
export type { CardMethod, PaymentMethod, ValidatePaymentInput };
