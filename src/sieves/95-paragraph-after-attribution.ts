/**
 * Sieve paragraph-after-attribution: a paragraph that is a quotation from
 * its first character, with no attribution of its own, right after a
 * paragraph whose last quote (reported speech too) was attributed, has that
 * speaker.
 *   He added that the city was only returning to its feet. ¶ "Christchurch is my city…"
 */
import { spanAt } from '../spans.js';
import { hasOwnCue, type Sieve } from './sieve.js';

export const paragraphAfterAttribution: Sieve = {
  id: 'paragraph-after-attribution',
  example: 'He added that the city was recovering. ¶ "…"',
  precision: 0,
  match(input) {
    const { quotation, recent, paragraphs } = input;
    if (!recent || !recent.decided || quotation.type !== 'direct') return null;
    const paragraph = paragraphs[quotation.paragraph - 1];
    if (!paragraph || quotation.open !== paragraph.start) return null;
    if (spanAt(paragraphs, recent.quotation.start)?.index !== quotation.paragraph - 1) return null;
    if (hasOwnCue(input)) return null;
    return { mention: null, cue: null, inheritsRecent: true };
  },
};
