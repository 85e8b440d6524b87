// The norm file payment/ocpm-online-services.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/payment.ocpm.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `payment.ocpm`, loaded on first use. */
export const PAYMENT_OCPM = /* @__PURE__ */ builtInFamily('payment.ocpm', json);
