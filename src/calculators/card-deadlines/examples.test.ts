import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { cardDeadlines } from './index.js';
import examples from './examples.json';

describe('cardDeadlines — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof cardDeadlines>[0]>[], cardDeadlines);
});
