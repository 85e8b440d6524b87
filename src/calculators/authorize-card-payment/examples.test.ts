import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { authorizeCardPayment } from './index.js';
import examples from './examples.json';

describe('authorizeCardPayment — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof authorizeCardPayment>[0]>[], authorizeCardPayment);
});
