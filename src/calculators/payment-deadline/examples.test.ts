import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { paymentDeadline } from './index.js';
import examples from './examples.json';

describe('paymentDeadline — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof paymentDeadline>[0]>[], paymentDeadline);
});
