/**
 * Sieve previous-paragraph-intro: a paragraph that is a quotation from its
 * first character, introduced by the paragraph before ending with a cue and a colon.
 *   Putin said in an interview: ¶ "…"     Asked about the budget, Rehn said: ¶ "…"
 */
import { INTRODUCTION, hasCueVerb } from './grammar.js';
import { patternSieve, previousParagraphEnd } from './sieve.js';

export const previousParagraphIntro = patternSieve({
  id: 'previous-paragraph-intro',
  example: 'Putin said in an interview: ¶ "…"',
  precision: 0.90, // 8 of 8 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  window: previousParagraphEnd,
  // the introduction ends with a colon (see INTRODUCTION)
  needs: (window) => /:\s*$/u.test(window) && hasCueVerb(window),
  pattern: INTRODUCTION,
  mentionGroup: 1,
  cueGroup: 3,
});
