import json from '../lp/deadlines.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `lp.deadlines`, loaded on first use. */
export const LP_DEADLINES = /* @__PURE__ */ builtInFamily('lp.deadlines', json);
