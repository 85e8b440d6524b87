import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { adbStatus } from './index.js';
import examples from './examples.json';

describe('adbStatus — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof adbStatus>[0]>[], adbStatus);
});
