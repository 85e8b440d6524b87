// The norm file seizure/quota.rules.json, as calculators read it (norm-texts.ts; npm run gen:families).
import json from './generated/seizure.quota.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `seizure.quota`, loaded on first use. */
export const SEIZURE_QUOTA = /* @__PURE__ */ builtInFamily('seizure.quota', json);
