import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { hideRequestDecision } from './index.js';
import examples from './examples.json';

describe('hideRequestDecision — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof hideRequestDecision>[0]>[], hideRequestDecision);
});
