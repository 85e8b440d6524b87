import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { hideRequestEarliest } from './index.js';
import examples from './examples.json';

describe('hideRequestEarliest — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof hideRequestEarliest>[0]>[], hideRequestEarliest);
});
