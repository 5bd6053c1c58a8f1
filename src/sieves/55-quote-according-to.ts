/**
 * Sieve quote-according-to: "according to" and the source, right after the quotation.
 *   "…," according to the report.
 */
import { ACCORDING_TO, hasAccordingTo, MENTION, WORD_END, lazyPattern } from './grammar.js';
import { after, patternSieve } from './sieve.js';

export const quoteAccordingTo = patternSieve({
  id: 'quote-according-to',
  example: '"…," according to the report.',
  precision: 0.50, // 2 of 4 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  window: after,
  needs: hasAccordingTo,
  pattern: lazyPattern(String.raw`^\s*,?\s*(${ACCORDING_TO})\s+(${MENTION})${WORD_END}`),
  mentionGroup: 2,
  cueGroup: 1,
});
