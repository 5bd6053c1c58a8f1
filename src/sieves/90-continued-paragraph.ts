/**
 * Sieve continued-paragraph: a paragraph that is a quotation from its first
 * character, right after a paragraph whose quotation was attributed, continues
 * that speaker (news convention).
 *   "…," Putin said.¶ "More of the same speech."
 */
import { spanAt } from '../spans.js';
import { hasOwnCue, type Sieve } from './sieve.js';

export const continuedParagraph: Sieve = {
  id: 'continued-paragraph',
  example: '"…," Putin said. ¶ "…"',
  // never decides a quote of its own: its quotation joins the previous quote, whose sieve gives the confidence
  precision: 0,
  match(input) {
    const { quotation, previous, paragraphs } = input;
    if (!previous || quotation.type !== 'direct' || previous.quotation.type === 'indirect') return null;
    const paragraph = paragraphs[quotation.paragraph - 1];
    if (!paragraph || quotation.open !== paragraph.start) return null;
    const previousEnd = spanAt(paragraphs, previous.quotation.parts.at(-1)!.start);
    if (previousEnd?.index !== quotation.paragraph - 1) return null;
    if (hasOwnCue(input)) return null;
    return { mention: null, cue: null, continuesPrevious: true };
  },
};
