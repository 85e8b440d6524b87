import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { canContinue } from './index.js';
import examples from './examples.json';

describe('canContinue — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof canContinue>[0]>[], canContinue);
});
