/**
 * Sieve quote-cue-name: the cue, then the speaker, right after the quotation.
 *   "…," said Putin.   "…," said Hugh Hill, a doctor at the clinic.   "…," said the president.
 */
import { CUE_NAME_AFTER, hasCueVerb } from './grammar.js';
import { after, attributesThisQuotation, patternSieve } from './sieve.js';

export const quoteCueName = patternSieve({
  id: 'quote-cue-name',
  example: '"…," said Putin.',
  precision: 0.96, // 726 of 753 right end to end on PolNeAR train (npm run eval, 2026-12-01)
  window: after,
  needs: hasCueVerb,
  pattern: CUE_NAME_AFTER,
  mentionGroup: 2,
  cueGroup: 1,
  accept: attributesThisQuotation,
  titleGroup: 3,
});
