import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { extractVisibility } from './index.js';
import examples from './examples.json';

describe('extractVisibility — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof extractVisibility>[0]>[], extractVisibility);
});
