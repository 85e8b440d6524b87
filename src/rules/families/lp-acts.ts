// The norm file lp/enforcement-acts.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/lp.acts.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `lp.acts`, loaded on first use. */
export const LP_ACTS = /* @__PURE__ */ builtInFamily('lp.acts', json);
