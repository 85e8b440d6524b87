// The norm file card/debit-mastercard.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/card.debit-mastercard.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `card.debit-mastercard`, loaded on first use. */
export const CARD_DEBIT_MASTERCARD = /* @__PURE__ */ builtInFamily('card.debit-mastercard', json);
