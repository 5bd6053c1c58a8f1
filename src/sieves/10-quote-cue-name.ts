/**
 * Sieve quote-cue-name: the cue, then the speaker, right after the quotation.
 *   "…," said Putin.   "…," said Hugh Hill, a doctor at the clinic.   "…," said the president.
 */
import { CUE_VERB, DESCRIBED_NAME, hasCueVerb, MENTION, TRAILING_APPOSITIVE, WORD_END, pattern } from './grammar.js';
import { after, attributesThisQuotation, patternSieve } from './sieve.js';

export const quoteCueName = patternSieve({
  id: 'quote-cue-name',
  example: '"…," said Putin.',
  precision: 0.96, // 726 of 753 right end to end on PolNeAR train (npm run eval, 2026-12-01)
  window: after,
  needs: hasCueVerb,
  pattern: pattern(String.raw`^\s*,?\s*(${CUE_VERB})\s+(${MENTION}|${DESCRIBED_NAME})${WORD_END}${TRAILING_APPOSITIVE}`),
  mentionGroup: 2,
  cueGroup: 1,
  accept: attributesThisQuotation,
  titleGroup: 3,
});
