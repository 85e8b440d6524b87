import json from '../lp/procedure.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `lp.procedure`, loaded on first use. */
export const LP_PROCEDURE = /* @__PURE__ */ builtInFamily('lp.procedure', json);
