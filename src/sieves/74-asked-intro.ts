/**
 * Sieve asked-intro: the sentence right before a quotation that opens its
 * sentence (or its paragraph) puts a question to someone and says only how
 * they took it: the one asked answers with the quotation. So does a short
 * sentence that is nothing but a subject and its reporting verb.
 *   Asked about the delay, Transport Minister Hemi Walker was blunt. ¶ "…"
 *   Asked if she would apologise, Dubois paused. "…"     Walker replied. ¶ "…"
 * The sentence ends there: one that goes on to a reported clause ("…, Dubois
 * said testing would start") is reported speech, read by its own sieves.
 */
import { indexAt } from '../spans.js';
import { APPOSITIVE_SKIP, AUXILIARY, CUE_VERB, MENTION, WORD_END, cueAt, lazyPattern, mentionAt } from './grammar.js';
import { type Sieve, type SieveInput, type Window, previousParagraphEnd } from './sieve.js';

/** "Asked about the delay, Walker was blunt.": the question, then its subject and a predicate of up to four lower-case words. */
const ASKED = lazyPattern(
  String.raw`^(?:When\s+)?([Aa]sked)\s[^"“”«»\n]{1,160}?,\s+(${MENTION})${WORD_END}(?:${APPOSITIVE_SKIP})?\s+(?:\p{Ll}[\p{L}'’\-]*\s+){0,3}\p{Ll}[\p{L}'’\-]*[.:]\s*$`,
);
/** "Walker replied.": a sentence of a subject and its reporting verb only. */
const SUBJECT_VERB = lazyPattern(String.raw`^(${MENTION})\s+${AUXILIARY}(${CUE_VERB})${WORD_END}\.\s*$`);

/** The sentence right before the quotation, when the quotation opens its own sentence in the same paragraph or opens its paragraph. */
function sentenceBefore(input: SieveInput): Window {
  const paragraphEnd = previousParagraphEnd(input);
  if (paragraphEnd.text) return paragraphEnd;
  const { quotation, sentences, text } = input;
  const i = indexAt(sentences, quotation.open);
  const previous = sentences[i - 1];
  const none = { start: quotation.open, text: '' };
  if (i < 1 || sentences[i]!.start !== quotation.open || previous!.paragraph !== sentences[i]!.paragraph) return none;
  if (text.slice(previous!.end, quotation.open).trim() !== '') return none;
  return { start: previous!.start, text: text.slice(previous!.start, previous!.end) };
}

export const askedIntro: Sieve = {
  id: 'asked-intro',
  example: 'Asked about the delay, Walker was blunt. ¶ "…"',
  precision: 0.5, // 1 of 1 right end to end on PolNeAR train (npm run eval, 2026-12-08): too few to measure, kept low
  match(input) {
    if (input.quotation.type !== 'direct') return null;
    const window = sentenceBefore(input);
    if (!window.text) return null;
    const asked = ASKED().exec(window.text);
    const m = asked ?? SUBJECT_VERB().exec(window.text);
    if (!m) return null;
    const [mentionGroup, cueGroup] = asked ? [2, 1] : [1, 2];
    const mention = mentionAt(input.text, window.start + m.indices![mentionGroup]![0], m[mentionGroup]!);
    const cue = cueAt(window.start + m.indices![cueGroup]![0], m[cueGroup]!);
    return mention ? { mention, cue } : null;
  },
};
