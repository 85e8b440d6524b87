import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { oppositionDeadline } from './index.js';
import examples from './examples.json';

describe('oppositionDeadline — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof oppositionDeadline>[0]>[], oppositionDeadline);
});
