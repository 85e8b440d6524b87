import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { saleWindow } from './index.js';
import examples from './examples.json';

describe('saleWindow — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof saleWindow>[0]>[], saleWindow);
});
