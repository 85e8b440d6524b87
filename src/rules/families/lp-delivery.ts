// The norm file lp/delivery.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/lp.delivery.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `lp.delivery`, loaded on first use. */
export const LP_DELIVERY = /* @__PURE__ */ builtInFamily('lp.delivery', json);
