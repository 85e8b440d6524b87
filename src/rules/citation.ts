import type { Citation } from '../schemas/rule-set.js';

/** "LP 74 al. 1", "LP 69 al. 2 ch. 2", "LP 8a al. 3 let. d": the short form used in traces and reasons. */
export function formatCitation(c: Citation): string {
  let text = `${c.document} ${c.article}`;
  if (c.paragraph) text += ` al. ${c.paragraph}`;
  if (c.number) text += ` ch. ${c.number}`;
  if (c.letter) text += ` let. ${c.letter}`;
  return text;
}

// Citations are frozen rule data: each is formatted once, not on every traced record.
const texts = new WeakMap<Citation, string>();

/** `formatCitation`, memoised per citation object (the trace's hot path). */
export function citationText(c: Citation): string {
  let text = texts.get(c);
  if (text === undefined) texts.set(c, (text = formatCitation(c)));
  return text;
}
