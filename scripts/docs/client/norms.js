// Norm files a page carries (scripts/build-playground.mjs --norms): the page's SDK becomes an instance
// bound to them (createLpRules), so every form computes with the loaded editions, and the citations
// resolve against their families. Without them, the package's own norms apply.
export function useLoadedNorms() {
  const carried = document.getElementById('lp-norms');
  const sdk = globalThis.lpRules;
  if (carried === null || !sdk) return;
  const norms = sdk.loadNorms(JSON.parse(carried.textContent));
  globalThis.lpRules = Object.freeze({ ...sdk, ...sdk.createLpRules({ norms }), ruleSets: norms.ruleSets });
}
