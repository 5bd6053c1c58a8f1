/**
 * Sieve sentence-subject-intro: a sentence that introduces the quotation with
 * a colon or a comma (or "saying"), where the speaker is the sentence's
 * subject, far from the quotation; the cue is the last reporting verb before it.
 *   Trump returned the compliment, telling Reuters, "…"
 *   Hours later, Clinton posted a comment of her own, saying, "…"
 *   President Clinton released the following statement: "…"
 */
import { ANY_CUE_VERB, MENTION, WORD_END, allMatches, cueAt, mentionAt, lazyPattern } from './grammar.js';
import { before, type Sieve } from './sieve.js';

/** The subject at the start of the sentence, after an optional fronted phrase ("In a statement, …"). */
const SUBJECT_FIRST = lazyPattern(String.raw`^(?:[^,"“”]{1,60},\s+)?(${MENTION})${WORD_END}`);
/** The sentence hands over to the quotation: ends with a colon or comma, or with "saying". */
const INTRODUCES = /(?:[:,]|\b(?:saying|writing|adding|telling\s+\S+))\s*$/u;
const CUE_WORDS = lazyPattern(ANY_CUE_VERB, 'giu');

export const sentenceSubjectIntro: Sieve = {
  id: 'sentence-subject-intro',
  example: 'Trump returned the compliment, telling Reuters, "…"',
  precision: 0.70, // 250 of 355 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  match(input) {
    const window = before(input);
    if (!INTRODUCES.test(window.text)) return null;
    const cues = allMatches(CUE_WORDS(), window.text);
    const lastCue = cues.at(-1);
    const endsWithColon = /:\s*$/u.test(window.text);
    if (!lastCue && !endsWithColon) return null;
    const subject = SUBJECT_FIRST().exec(window.text);
    if (!subject) return null;
    const mentionStart = window.start + subject.indices![1]![0];
    // the subject must come before the cue, not be its object
    if (lastCue && mentionStart >= window.start + lastCue.index) return null;
    const mention = mentionAt(input.text, mentionStart, subject[1]!);
    const cue = lastCue ? cueAt(window.start + lastCue.index, lastCue[0]) : null;
    return mention ? { mention, cue } : null;
  },
};
