/**
 * Sieve according-to-quote: "according to" and the source, right before the quotation.
 *   According to Putin, "…"
 */
import { ACCORDING_TO, hasAccordingTo, MENTION, NAME, WORD_END, lazyPattern } from './grammar.js';
import { before, patternSieve } from './sieve.js';

export const accordingToQuote = patternSieve({
  id: 'according-to-quote',
  example: 'According to Putin, "…"',
  precision: 0.82, // 9 of 11 right end to end on PolNeAR train (npm run eval, 2026-12-08)
  window: before,
  needs: hasAccordingTo,
  // the source runs to the comma or colon before the quotation: "According to Paul Sperry of Counter Jihad, …", "According to HuffPo: …"
  pattern: lazyPattern(String.raw`(${ACCORDING_TO})\s+(${MENTION}(?:\s(?:of|at|for)\s${NAME})?)${WORD_END}[,:]?\s*$`),
  mentionGroup: 2,
  cueGroup: 1,
});
