import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.js';

describe('formatCitation', () => {
  it('a citation still open to change is read again each time; a frozen one (loaded norm files) keeps its text', () => {
    const open = { document: 'LP', article: '74', paragraph: '1' };
    expect(formatCitation(open)).toBe('LP 74 al. 1');
    open.paragraph = '2';
    expect(formatCitation(open)).toBe('LP 74 al. 2');
    const frozen = Object.freeze({ document: 'LP', article: '69', paragraph: '2', number: '2' });
    expect(formatCitation(frozen)).toBe('LP 69 al. 2 ch. 2');
    expect(formatCitation(frozen)).toBe('LP 69 al. 2 ch. 2');
  });
});
