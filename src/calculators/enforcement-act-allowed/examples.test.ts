import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { enforcementActAllowed } from './index.js';
import examples from './examples.json';

describe('enforcementActAllowed — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof enforcementActAllowed>[0]>[], enforcementActAllowed);
});
