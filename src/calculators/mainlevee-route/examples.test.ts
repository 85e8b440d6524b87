import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { mainleveeRoute } from './index.js';
import examples from './examples.json';

describe('mainleveeRoute — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof mainleveeRoute>[0]>[], mainleveeRoute);
});
