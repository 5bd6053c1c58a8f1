/**
 * Sieve continued-paragraph: a paragraph that is a quotation from its first
 * character, right after a paragraph whose quotation was attributed, has
 * that speaker and joins its quote (news convention, and PolNeAR's: of 76
 * such paragraphs on train whose previous quotation was closed, annotators
 * joined 43 to it and kept 20 apart; world news often keeps them apart).
 *   "…," Putin said.¶ "More of the same speech."
 */
import { continuesFromPreviousParagraph, type Sieve } from './sieve.js';

export const continuedParagraph: Sieve = {
  id: 'continued-paragraph',
  example: '"…," Putin said. ¶ "…"',
  precision: 0,
  match(input) {
    if (!continuesFromPreviousParagraph(input)) return null;
    return { mention: null, cue: null, continuesPrevious: true };
  },
};
