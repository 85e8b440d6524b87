import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { dayStatus } from './index.js';
import examples from './examples.json';

describe('dayStatus — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof dayStatus>[0]>[], dayStatus);
});
