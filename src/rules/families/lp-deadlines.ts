// The norm file lp/deadlines.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/lp.deadlines.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `lp.deadlines`, loaded on first use. */
export const LP_DEADLINES = /* @__PURE__ */ builtInFamily('lp.deadlines', json);
