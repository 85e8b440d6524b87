import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { computeMinimumVital } from './index.js';
import examples from './examples.json';

describe('computeMinimumVital — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof computeMinimumVital>[0]>[], computeMinimumVital);
});
