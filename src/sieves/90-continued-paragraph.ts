/**
 * Sieve continued-paragraph: a paragraph that is a quotation from its first
 * character, right after a paragraph whose quotation was attributed, has
 * that speaker. It joins that quote when the attribution came before or
 * inside it (Putin said: "…" ¶ "…"); when the attribution trails the closed
 * quotation ("…," Putin said. ¶ "…") it is a record of its own with the same
 * speaker. World news keeps those apart (news-dev: 3 of 5 merged records
 * were these); PolNeAR's annotators join 28 and keep 8 apart, so this costs
 * PolNeAR direct partial F1 0.003 (npm run eval, 2026-12-08).
 *   Putin said: "…" ¶ "More of the same speech."     "…," Putin said. ¶ "A quotation of its own."
 */
import { continuesFromPreviousParagraph, type Sieve } from './sieve.js';

export const continuedParagraph: Sieve = {
  id: 'continued-paragraph',
  example: 'Putin said: "…" ¶ "…"',
  precision: 0,
  match(input) {
    if (!continuesFromPreviousParagraph(input)) return null;
    const { previous } = input;
    // a quotation closed and then attributed after it ("…," he said. ¶ "…") is complete: the next paragraph is a quotation of its own
    if (previous?.cue && previous.cue.start >= previous.quotation.close) return { mention: null, cue: null, inheritsPrevious: true };
    return { mention: null, cue: null, continuesPrevious: true };
  },
};
