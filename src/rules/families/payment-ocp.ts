// The norm file payment/ocp-online-payment.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/payment.ocp.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `payment.ocp`, loaded on first use. */
export const PAYMENT_OCP = /* @__PURE__ */ builtInFamily('payment.ocp', json);
