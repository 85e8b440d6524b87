import json from '../card/debit-mastercard.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `card.debit-mastercard`, loaded on first use. */
export const CARD_DEBIT_MASTERCARD = /* @__PURE__ */ builtInFamily('card.debit-mastercard', json);
