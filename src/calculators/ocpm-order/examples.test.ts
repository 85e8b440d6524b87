import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { ocpmOrder } from './index.js';
import examples from './examples.json';

describe('ocpmOrder — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof ocpmOrder>[0]>[], ocpmOrder);
});
