/**
 * Sieve sentence-subject-intro: a sentence that introduces the quotation with
 * a colon or a comma (or "saying"), where the speaker is the subject of the
 * last reporting verb before it, however long the sentence: the words right
 * before that verb when they are a subject ("…, when he told Chris Wallace,"),
 * else the sentence's own subject ("Trump returned the compliment, telling
 * Reuters,"). An -ing verb that only continues an earlier one ("Nefzi said,
 * adding,") takes that one's subject.
 *   Trump returned the compliment, telling Reuters, "…"
 *   Hours later, Clinton posted a comment of her own, saying, "…"
 *   President Clinton released the following statement: "…"
 */
import { STATEMENT_NOUNS } from '../lexicon/mentions.js';
import { tokens } from '../words.js';
import { MENTION, WORD_END, cueAt, mentionAt, lazyPattern } from './grammar.js';
import type { Mention } from '../types.js';
import { sentenceBefore, type Sieve, type SieveInput, type SieveMatch, type Window } from './sieve.js';
import { cueIndices, invertedSubject, subjectOf } from './subjects.js';

/** The subject at the start of the sentence, after an optional fronted phrase ("In a statement, …"). */
const SUBJECT_FIRST = lazyPattern(String.raw`^(?:[^,"“”]{1,60},\s+)?(${MENTION})${WORD_END}`);
/** The sentence hands over to the quotation: ends with a colon or comma, or with "saying". */
const INTRODUCES = /(?:[:,]|\b(?:saying|writing|adding|telling\s+\S+))\s*$/u;
/** What may stand between a verb and the -ing verb that continues it: "said, adding", "said and added". */
const CONTINUING = /^\s*(?:,|,?\s+and)\s*$/u;

/** A dash, the source, a colon, at the end: "Signs of momentum shifts - Carl Bialik: “…”", "- More from Jones: “…”". */
const DASH_SOURCE = /[\u2014\u2013-]\s+((?:More\s+)?(?:[Ff]rom\s+)?)([^\u2014\u2013:;,.!?"“”-]{2,60}):\s*$/u;
/** The most words a source after a dash has. */
const DASH_SOURCE_WORDS = 6;

/** The source named after a dash at the end of the introduction, when it is capitalised and short. */
function dashSource(text: string, window: Window): Mention | null {
  const m = DASH_SOURCE.exec(window.text);
  if (!m) return null;
  const start = window.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
  const words = tokens(m[2]!, start);
  if (words.length === 0 || words.length > DASH_SOURCE_WORDS || !/^\p{Lu}/u.test(words[0]!.text)) return null;
  return mentionAt(text, words[0]!.start, text.slice(words[0]!.start, words.at(-1)!.end));
}

/**
 * The speaker of a sentence (in `window`, ending where the quotation starts)
 * that introduces a quotation: the subject of its last reporting verb, an
 * inverted subject ("Said Comey, …"), or its first subject.
 */
export function introducingSubject(input: SieveInput, window: Window): SieveMatch | null {
  const signed = dashSource(input.text, window);
  if (signed) return { mention: signed, cue: null };
  const words = tokens(window.text, window.start);
  const cues = cueIndices(words);
  let verb = cues.at(-1);
  // with no reporting verb, a colon or a statement noun last ("Trump issued a statement, “…”") hands over
  const handsOver = /:\s*$/u.test(window.text) || (words.length > 0 && STATEMENT_NOUNS.has(words.at(-1)!.text.toLowerCase()));
  if (verb === undefined && !handsOver) return null;
  const earlier = cues.at(-2);
  if (verb !== undefined && earlier !== undefined && /ing$/u.test(words[verb]!.text) && CONTINUING.test(input.text.slice(words[earlier]!.end, words[verb]!.start))) verb = earlier;
  const cue = verb === undefined ? null : cueAt(words[verb]!.start, words[verb]!.text);
  // (a mixed quote's clause is read by the mixed sieves, which know a verb that attributes a quotation before it: "…," X said, adding that "…")
  if (verb !== undefined && input.quotation.type === 'direct') {
    const local = verb === 0 ? invertedSubject(input.text, words) : subjectOf(input.text, words, verb);
    if (local) return { mention: local, cue };
  }
  const subject = SUBJECT_FIRST().exec(window.text);
  if (!subject) return null;
  const mentionStart = window.start + subject.indices![1]![0];
  // the subject must come before the cue, not be its object
  if (cue && mentionStart >= cue.start) return null;
  const mention = mentionAt(input.text, mentionStart, subject[1]!);
  return mention ? { mention, cue } : null;
}

export const sentenceSubjectIntro: Sieve = {
  id: 'sentence-subject-intro',
  example: 'Trump returned the compliment, telling Reuters, "…"',
  precision: 0.70, // 250 of 355 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  match(input) {
    const window = sentenceBefore(input);
    return INTRODUCES.test(window.text) ? introducingSubject(input, window) : null;
  },
};
