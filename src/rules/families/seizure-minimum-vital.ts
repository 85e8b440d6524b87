import json from '../seizure/minimum-vital.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `seizure.minimum-vital`, loaded on first use. */
export const SEIZURE_MINIMUM_VITAL = /* @__PURE__ */ builtInFamily('seizure.minimum-vital', json);
