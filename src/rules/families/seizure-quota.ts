import json from '../seizure/quota.rules.json';
import { builtInFamily } from '../family.js';

/** The built-in norm family `seizure.quota`, loaded on first use. */
export const SEIZURE_QUOTA = /* @__PURE__ */ builtInFamily('seizure.quota', json);
