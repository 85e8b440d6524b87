// The norm file seizure/minimum-vital.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/seizure.minimum-vital.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `seizure.minimum-vital`, loaded on first use. */
export const SEIZURE_MINIMUM_VITAL = /* @__PURE__ */ builtInFamily('seizure.minimum-vital', json);
