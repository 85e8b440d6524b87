import json from '../lp/enforcement-acts.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `lp.acts`, loaded on first use. */
export const LP_ACTS = /* @__PURE__ */ builtInFamily('lp.acts', json);
