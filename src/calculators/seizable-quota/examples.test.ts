import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { seizableQuota } from './index.js';
import examples from './examples.json';

describe('seizableQuota — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof seizableQuota>[0]>[], seizableQuota);
});
