/**
 * Sieve name-cue-quote: the speaker and cue right before the quotation.
 *   Putin said: "…"   Putin said, "…"   Putin told reporters: "…"
 */
import { INTRODUCTION, hasCueVerb } from './grammar.js';
import { before, patternSieve } from './sieve.js';

export const nameCueQuote = patternSieve({
  id: 'name-cue-quote',
  example: 'Putin said: "…"',
  precision: 0.80, // 843 of 1059 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  window: before,
  needs: hasCueVerb,
  pattern: INTRODUCTION,
  mentionGroup: 1,
  cueGroup: 3,
});
