/**
 * Sieve according-to-quote: "according to" and the source, right before the quotation.
 *   According to Putin, "…"
 */
import { ACCORDING_TO, hasAccordingTo, MENTION, WORD_END, lazyPattern } from './grammar.js';
import { before, patternSieve } from './sieve.js';

export const accordingToQuote = patternSieve({
  id: 'according-to-quote',
  example: 'According to Putin, "…"',
  precision: 0.73, // 7 of 9 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  window: before,
  needs: hasAccordingTo,
  pattern: lazyPattern(String.raw`(${ACCORDING_TO})\s+(${MENTION})${WORD_END},?\s*$`),
  mentionGroup: 2,
  cueGroup: 1,
});
