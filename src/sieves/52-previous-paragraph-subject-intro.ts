/**
 * Sieve previous-paragraph-subject-intro: a paragraph that is a quotation
 * from its first character, introduced by a paragraph whose last sentence
 * ends with a colon; the speaker is read as sentence-subject-intro reads it
 * (the subject of the last reporting verb, an inverted subject, or the
 * sentence's subject), so it covers what previous-paragraph-intro's fixed
 * "X said:" grammar does not.
 *   President Clinton released the following statement: ¶ "…"     Stated Stone: ¶ "…"
 *   He told his Democratic audience, to rowdy applause: ¶ "…"
 */
import { introducingSubject } from './50-sentence-subject-intro.js';
import { previousParagraphSentence, type Sieve } from './sieve.js';

export const previousParagraphSubjectIntro: Sieve = {
  id: 'previous-paragraph-subject-intro',
  example: 'President Clinton released the following statement: ¶ "…"',
  precision: 0.67, // 14 of 21 right end to end on PolNeAR train (npm run eval, 2026-12-08)
  match(input) {
    const window = previousParagraphSentence(input);
    return /:\s*$/u.test(window.text) ? introducingSubject(input, window) : null;
  },
};
