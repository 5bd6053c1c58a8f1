/**
 * Sieve quote-dash-name: a name after a dash closes the quotation (vox pops,
 * epigraphs), on its line or on the next.
 *   "The best night out in years." — Lena Marsh     "…" ¶ - Bernie Sanders.
 */
import { MENTION, WORD_END, lazyPattern } from './grammar.js';
import { afterOrNextParagraph, patternSieve } from './sieve.js';

export const quoteDashName = patternSieve({
  id: 'quote-dash-name',
  example: '"…" — Jane Doe',
  precision: 0.64, // 7 of 11 right end to end on PolNeAR train (npm run eval, 2026-12-08)
  window: afterOrNextParagraph,
  // the dash, a cheap test before the pattern
  needs: (window) => /^\s*[,.]?\s*[\u2014\u2013-]/u.test(window),
  pattern: lazyPattern(String.raw`^\s*[,.]?\s*(?:[\u2014\u2013]|--?)\s*(${MENTION})${WORD_END}`),
  mentionGroup: 1,
});
