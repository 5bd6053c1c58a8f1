/**
 * Sieve same-paragraph-previous: a quotation that follows an attributed one
 * in the same paragraph, with only that attribution between them, continues
 * the same speaker.
 *   "…," the Russian president said. "We have to wait for him to take office."
 */
import { indexAt, spanAt } from '../spans.js';
import { WINDOW, hasOwnCue, type Sieve } from './sieve.js';

export const sameParagraphPrevious: Sieve = {
  id: 'same-paragraph-previous',
  example: '"…," Putin said. "…"',
  // never decides a quote of its own: its quotation joins the previous quote, whose sieve gives the confidence
  precision: 0,
  match(input) {
    const { quotation, previous, paragraphs, sentences } = input;
    // the previous quotation need not have a speaker: PolNeAR joins such quotations too (988 right, 21 wrong)
    if (!previous || quotation.type !== 'direct' || previous.quotation.type === 'indirect') return null;
    const gap = quotation.open - previous.quotation.close;
    if (spanAt(paragraphs, previous.quotation.close - 1)?.index !== quotation.paragraph) return null;
    // near, or in the very next sentence after the one that closes the previous quotation (a long appositive between)
    const closing = indexAt(sentences, previous.quotation.close - 1);
    const nextSentence = closing >= 0 && indexAt(sentences, quotation.open) === closing + 1;
    if (gap < 0 || (gap > WINDOW && !nextSentence)) return null;
    if (hasOwnCue(input)) return null;
    return { mention: null, cue: null, continuesPrevious: true };
  },
};
