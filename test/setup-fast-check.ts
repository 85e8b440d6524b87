import fc from 'fast-check';

// Deterministic in CI (the seed is printed on failure either way, so any failure can be replayed).
fc.configureGlobal({ seed: process.env.CI ? 20261122 : Date.now() % 2 ** 31, numRuns: 200 });
