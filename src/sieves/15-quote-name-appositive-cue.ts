/**
 * Sieve quote-name-appositive-cue: after the quotation, the speaker, an
 * appositive that gives their title, then the cue.
 *   "…," Hill, who ran the clinic, said.   "…," Graham, a former candidate, told CBS News.
 */
import { APPOSITIVE, hasCueVerb, AUXILIARY, CUE_VERB, MENTION, NOT_INTRODUCING, WORD_END, lazyPattern } from './grammar.js';
import { after, attributesThisQuotation, patternSieve } from './sieve.js';

export const quoteNameAppositiveCue = patternSieve({
  id: 'quote-name-appositive-cue',
  example: '"…," Hill, who ran the clinic, said.',
  precision: 0.98, // 79 of 80 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  window: after,
  // the appositive's two commas, and the cue verb
  needs: (window) => /,\s[^,]{2,},/u.test(window) && hasCueVerb(window),
  pattern: lazyPattern(String.raw`^\s*,?\s*(${MENTION})${APPOSITIVE}\s+(${AUXILIARY})(${CUE_VERB})${WORD_END}${NOT_INTRODUCING}`),
  mentionGroup: 1,
  titleGroup: 2,
  cueGroup: 4,
  accept: attributesThisQuotation,
});
