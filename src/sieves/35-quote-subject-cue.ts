/**
 * Sieve quote-subject-cue: after the quotation, a subject the name grammar
 * does not cover (lower-case descriptors before a name, or a possessive noun
 * phrase), then the cue.
 *   "…," campaign manager Robby Mook wrote.   "…," Sanders’ campaign manager said.
 */
import { APPOSITIVE, hasCueVerb, AUXILIARY, CUE_VERB, NOT_INTRODUCING, WORD_END, lazyPattern } from './grammar.js';
import { after, attributesThisQuotation, patternSieve } from './sieve.js';

/** Words that never sit inside a subject: they start a clause or are verbs. */
const NOT_SUBJECT = String.raw`(?:and|but|or|nor|so|yet|when|while|if|as|than|then|to|was|were|is|are|be|been|being|has|have|had|do|does|did|that|which|who|whom|whose|not|no|in|on|at|by|for|with|from|into|about|after|before|this|these|those|it|its|there|here|\p{Ll}+ing)${WORD_END}`;
/** A lower-case descriptor word: "campaign", "political", "analyst". */
const DESCRIPTOR = String.raw`(?!${NOT_SUBJECT})\p{Ll}[\p{L}\-]*`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
/** Up to eight capitalised and descriptor words: "Clinton campaign spokesman Brian Fallon", "Sanders’ aides". */
const SUBJECT = String.raw`(?:(?:${CAPITALISED}|${DESCRIPTOR})\s){0,7}(?:${CAPITALISED}|${DESCRIPTOR})(?:\s\([^()\n]{1,40}\))?`;
/** A cue that goes on to a clause or an object ("agreed that the…") introduces new speech rather than attributing this quotation. */
const INTRODUCES_CLAUSE = new RegExp(String.raw`^\s+(?:that|their|his|her|its|the|a|an|it|he|she|they|we|i)${WORD_END}`, 'iu');

export const quoteSubjectCue = patternSieve({
  id: 'quote-subject-cue',
  example: '"…," campaign manager Robby Mook wrote.',
  precision: 0.89, // 56 of 62 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  window: after,
  needs: hasCueVerb,
  pattern: lazyPattern(String.raw`^\s*,?\s*(${SUBJECT})(?:${APPOSITIVE})?\s+(${AUXILIARY})(${CUE_VERB})${WORD_END}${NOT_INTRODUCING}`),
  mentionGroup: 1,
  titleGroup: 2,
  cueGroup: 4,
  accept: (input, m, window) => !INTRODUCES_CLAUSE.test(window.text.slice(m.indices![4]![1])) && attributesThisQuotation(input, m, window),
});
