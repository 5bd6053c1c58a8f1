/**
 * Sieve quote-comma-name-cue: the speaker and cue right after the quotation.
 *   "…," Putin said.   "…," the Russian president said.   "…" Putin added.   "…," he said.
 */
import { AUXILIARY, hasCueVerb, CUE_VERB, MENTION, NOT_INTRODUCING, WORD_END, lazyPattern } from './grammar.js';
import { after, attributesThisQuotation, patternSieve } from './sieve.js';

export const quoteCommaNameCue = patternSieve({
  id: 'quote-comma-name-cue',
  example: '"…," Putin said.',
  precision: 0.96, // 2210 of 2313 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  window: after,
  needs: hasCueVerb,
  pattern: lazyPattern(String.raw`^\s*,?\s*(${MENTION})\s+(${AUXILIARY})(${CUE_VERB})${WORD_END}${NOT_INTRODUCING}`),
  mentionGroup: 1,
  cueGroup: 3,
  accept: attributesThisQuotation,
});
