import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { computeDeadline } from './index.js';
import examples from './examples.json';

describe('computeDeadline — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof computeDeadline>[0]>[], computeDeadline);
});
