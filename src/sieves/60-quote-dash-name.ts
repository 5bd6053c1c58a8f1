/**
 * Sieve quote-dash-name: a name after a dash closes the quotation (vox pops, epigraphs).
 *   "The best night out in years." — Lena Marsh
 */
import { MENTION, WORD_END, lazyPattern } from './grammar.js';
import { after, patternSieve } from './sieve.js';

export const quoteDashName = patternSieve({
  id: 'quote-dash-name',
  example: '"…" — Jane Doe',
  precision: 0.20, // 0 of 3 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  window: after,
  // the dash, a cheap test before the pattern
  needs: (window) => /^\s*[,.]?\s*[\u2014\u2013-]/u.test(window),
  pattern: lazyPattern(String.raw`^\s*[,.]?\s*(?:[\u2014\u2013]|--?)\s*(${MENTION})${WORD_END}`),
  mentionGroup: 1,
});
