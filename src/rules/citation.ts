import type { Citation } from '../schemas/rule-set.js';

// Loaded norm files are frozen: each of their citations is formatted once, not on every traced record.
// A citation that is not frozen (it could still change) is formatted every time.
const texts = new WeakMap<Citation, string>();

/** "LP 74 al. 1", "LP 69 al. 2 ch. 2", "LP 8a al. 3 let. d": the short form used in traces and reasons. */
export function formatCitation(c: Citation): string {
  const known = texts.get(c);
  if (known !== undefined) return known;
  let text = `${c.document} ${c.article}`;
  if (c.paragraph) text += ` al. ${c.paragraph}`;
  if (c.number) text += ` ch. ${c.number}`;
  if (c.letter) text += ` let. ${c.letter}`;
  if (Object.isFrozen(c)) texts.set(c, text);
  return text;
}
