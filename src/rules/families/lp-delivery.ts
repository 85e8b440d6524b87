import json from '../lp/delivery.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `lp.delivery`, loaded on first use. */
export const LP_DELIVERY = /* @__PURE__ */ builtInFamily('lp.delivery', json);
