/**
 * Sieve continued-paragraph: a paragraph that is a quotation from its first
 * character, right after a paragraph whose quotation was attributed, has
 * that speaker and joins its quote (news convention, and PolNeAR's: of 76
 * such paragraphs on train whose previous quotation was closed, annotators
 * joined 43 to it and kept 20 apart; world news often keeps them apart).
 *   "…," Putin said.¶ "More of the same speech."
 */
import { spanAt } from '../spans.js';
import { hasOwnCue, type Sieve } from './sieve.js';

export const continuedParagraph: Sieve = {
  id: 'continued-paragraph',
  example: '"…," Putin said. ¶ "…"',
  precision: 0,
  match(input) {
    const { quotation, previous, recent, paragraphs } = input;
    if (!previous || quotation.type !== 'direct' || previous.quotation.type === 'indirect') return null;
    const paragraph = paragraphs[quotation.paragraph - 1];
    if (!paragraph || quotation.open !== paragraph.start) return null;
    const previousEnd = spanAt(paragraphs, previous.quotation.parts.at(-1)!.start);
    if (previousEnd?.index !== quotation.paragraph - 1) return null;
    // reported speech after the previous quotation attributes the paragraph anew (sieve paragraph-after-attribution)
    if (recent && recent.quotation !== previous.quotation && recent.decided && recent.quotation.start > previous.quotation.start) return null;
    if (hasOwnCue(input)) return null;
    return { mention: null, cue: null, continuesPrevious: true };
  },
};
