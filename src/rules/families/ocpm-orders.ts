import json from '../payment/ocpm-orders.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `ocpm.orders`, loaded on first use. */
export const OCPM_ORDERS = /* @__PURE__ */ builtInFamily('ocpm.orders', json);
