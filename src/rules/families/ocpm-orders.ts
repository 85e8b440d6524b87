// The norm file payment/ocpm-orders.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/ocpm.orders.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `ocpm.orders`, loaded on first use. */
export const OCPM_ORDERS = /* @__PURE__ */ builtInFamily('ocpm.orders', json);
