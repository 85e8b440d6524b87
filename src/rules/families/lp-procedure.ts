// The norm file lp/procedure.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/lp.procedure.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `lp.procedure`, loaded on first use. */
export const LP_PROCEDURE = /* @__PURE__ */ builtInFamily('lp.procedure', json);
