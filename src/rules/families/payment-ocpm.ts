import json from '../payment/ocpm-online-services.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `payment.ocpm`, loaded on first use. */
export const PAYMENT_OCPM = /* @__PURE__ */ builtInFamily('payment.ocpm', json);
