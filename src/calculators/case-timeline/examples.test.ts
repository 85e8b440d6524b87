import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { caseTimeline } from './index.js';
import examples from './examples.json';

describe('caseTimeline — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof caseTimeline>[0]>[], caseTimeline);
});
