/**
 * Sieve mixed-according-to: a mixed quote whose sentence names its source
 * with "according to", outside the quoted words, anywhere in the sentence:
 * the source says it, whatever other subject stands nearer the quotation,
 * unless a reporting verb stands between the source and the quotation.
 *   According to Trump, he was once part of the “establishment.”
 */
import { overlapsAny, spanAt } from '../spans.js';
import { ACCORDING_TO, BARE_NOMINAL, MENTION, WORD_END, cueAt, eachMatch, hasAccordingTo, lazyPattern, mentionAt } from './grammar.js';
import { hasAnyCue, type Sieve } from './sieve.js';

const ACCORDING_TO_SOURCE = lazyPattern(String.raw`(${ACCORDING_TO})\s+(${MENTION}|${BARE_NOMINAL})${WORD_END}`, 'gdu');

export const mixedAccordingTo: Sieve = {
  id: 'mixed-according-to',
  example: 'According to Trump, he was once part of the “establishment.”',
  precision: 0.67, // 14 of 21 right end to end on PolNeAR train (npm run eval, 2026-12-08)
  match({ text, quotation, sentences }) {
    if (quotation.type !== 'mixed') return null;
    const first = spanAt(sentences, quotation.start);
    const last = spanAt(sentences, Math.max(quotation.start, quotation.end - 1));
    const start = first ? first.start : quotation.start;
    const sentence = text.slice(start, last ? last.end : quotation.end);
    if (!hasAccordingTo(sentence)) return null;
    const quoted = quotation.quotations.flatMap((q) => q.parts);
    for (const m of eachMatch(ACCORDING_TO_SOURCE(), sentence)) {
      const source = { start: start + m.indices![2]![0], end: start + m.indices![2]![1] };
      if (overlapsAny(quoted, source)) continue;
      // a reporter between the source and the quotation says it, as the source reports ("According to NBC, United said…")
      const open = quotation.quotations[0]?.open ?? quotation.start;
      if (source.end < open && hasAnyCue(text.slice(source.end, open))) return null;
      const mention = mentionAt(text, source.start, m[2]!);
      if (mention) return { mention, cue: cueAt(start + m.indices![1]![0], m[1]!) };
    }
    return null;
  },
};
