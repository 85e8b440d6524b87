import json from '../payment/ocp-online-payment.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `payment.ocp`, loaded on first use. */
export const PAYMENT_OCP = /* @__PURE__ */ builtInFamily('payment.ocp', json);
