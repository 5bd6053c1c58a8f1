/**
 * Sieve name-cue-quote: the speaker and cue right before the quotation.
 *   Putin said: "…"   Putin said, "…"   Putin told reporters: "…"
 */
import { AUXILIARY, CUE_VERB, MENTION, WORD_END, pattern } from './grammar.js';
import { before, patternSieve } from './sieve.js';

/** What may stand between the cue and the quotation: "told reporters", "said in a statement". */
const HEARERS = String.raw`(?:\s(?:reporters|journalists|him|her|them|us|me|the\s[\p{L}\-]+|an?\s[\p{L}\-]+|in\s(?:an?|the|his|her)\s[\p{L}\-]+(?:\s[\p{L}\-]+)?))?`;

export const nameCueQuote = patternSieve({
  id: 'name-cue-quote',
  example: 'Putin said: "…"',
  precision: 0.82, // 219 of 266 right end to end on PolNeAR train (npm run eval, 2026-11-28)
  window: before,
  pattern: pattern(String.raw`(?<![\p{L}\p{M}\p{N}'’])(${MENTION})\s+(${AUXILIARY})(${CUE_VERB})${WORD_END}${HEARERS}\s*[:,]?\s*$`),
  mentionGroup: 1,
  cueGroup: 3,
});
