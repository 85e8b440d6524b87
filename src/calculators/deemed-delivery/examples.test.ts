import { describe } from 'vitest';
import { runExamples, type Example } from '../../../test/support/examples.js';
import { deemedDelivery } from './index.js';
import examples from './examples.json';

describe('deemedDelivery — worked examples', () => {
  runExamples(examples as Example<Parameters<typeof deemedDelivery>[0]>[], deemedDelivery);
});
