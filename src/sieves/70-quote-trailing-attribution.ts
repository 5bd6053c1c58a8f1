/**
 * Sieve quote-trailing-attribution: a direct quotation that breaks off with a
 * comma (or a question or exclamation mark that the sentence runs on from),
 * and a reporting verb later in the rest of its sentence: the words next to
 * the verb are the speaker, whatever their shape (the earlier sieves read
 * only names, pronouns and nominals they know).
 *   "…," one P&G Amiens employee told French television.   "…," said master of ceremonies Asab Al-Tabchi, a Syrian engineer…
 * It runs after the sieves that read a known grammar and before the
 * continuations, which a quotation with its own cue never is.
 */
import { MENTION_DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/mentions.js';
import { nextDoubleMark } from '../lexicon/quotation-marks.js';
import { REPORTING_VERB_FORMS } from '../lexicon/reporting-verbs.js';
import { spanAt } from '../spans.js';
import { tokens, type Token } from '../words.js';
import { cueAt, mentionAt } from './grammar.js';
import { afterSentence, type Sieve } from './sieve.js';

/** How many words after the quotation the reporting verb may be. */
const CUE_REACH = 40;
/** The longest mention read, in characters. */
const MENTION_LENGTH = 90;
/** Words that open a clause or a phrase, never a subject. */
const NOT_SUBJECT_START: ReadonlySet<string> = new Set(['on', 'in', 'at', 'after', 'before', 'with', 'and', 'but', 'which', 'where', 'when', 'while', 'as']);
/** Words that join a second clause, with its own subject, to the first. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'then', 'while', 'so', 'yet']);
/** Lower-case words that may stand before a capitalised name in a subject ("master of ceremonies Asab Al-Tabchi"): at most this many. */
const DESCRIPTORS = 3;

/** The index of the first reporting verb (one word or two) among the first CUE_REACH words, with its length in words. */
function cueIn(words: readonly Token[]): { at: number; length: number } | null {
  for (let i = 0; i < words.length && i < CUE_REACH; i++) {
    const next = words[i + 1];
    if (next && REPORTING_VERB_FORMS.has(`${words[i]!.text} ${next.text}`.toLowerCase())) return { at: i, length: 2 };
    if (REPORTING_VERB_FORMS.has(words[i]!.text.toLowerCase())) return { at: i, length: 1 };
  }
  return null;
}

/** A subject's shape: a capitalised word, a determiner or pronoun, or a few lower-case descriptors before a capitalised word. */
function looksLikeSubject(words: readonly Token[]): boolean {
  const first = words[0]!.text;
  const lower = first.toLowerCase();
  if (NOT_SUBJECT_START.has(lower)) return false;
  if (/^\p{Lu}/u.test(first) || MENTION_DETERMINERS.has(lower) || SUBJECT_PRONOUNS.has(lower)) return true;
  const capital = words.findIndex((w) => /^\p{Lu}/u.test(w.text));
  return capital > 0 && capital <= DESCRIPTORS;
}

/** The words from `from` up to the first comma, semicolon, colon or bracket between them, or a word that opens a phrase ("said Cruz | as the heckler yelled"). */
function upToPunctuation(text: string, words: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < to; i++) {
    if (out.length > 0 && (/[,;:()]/u.test(text.slice(out.at(-1)!.end, words[i]!.start)) || NOT_SUBJECT_START.has(words[i]!.text))) break;
    out.push(words[i]!);
  }
  return out;
}

/**
 * The subject before the verb: the words up to it, or up to a comma when an
 * appositive closed by a comma stands between ("Kunin, a former governor,
 * said"); a comma and a conjunction ("the statement ended, and the crowd
 * replied") leave no subject: the verb has a subject of its own.
 */
function subjectBefore(text: string, words: readonly Token[], verb: number): Token[] {
  const subject = upToPunctuation(text, words, 0, verb);
  if (subject.length === verb) return subject;
  return CONJUNCTIONS.has(words[subject.length]!.text.toLowerCase()) ? [] : subject;
}

export const quoteTrailingAttribution: Sieve = {
  id: 'quote-trailing-attribution',
  example: '"…," one P&G Amiens employee told French television.',
  precision: 0.9, // 47 of 52 right end to end on PolNeAR train (npm run eval, 2026-12-08)
  match(input) {
    const { text, quotation, sentences } = input;
    if (quotation.type !== 'direct') return null;
    const last = quotation.parts.at(-1)!;
    const ending = text.slice(Math.max(last.start, last.end - 3), last.end).trimEnd();
    const window = afterSentence(input);
    const runsOn = /,$/u.test(ending) || (/[?!]$/u.test(ending) && /^\s*,?\s*\p{Ll}/u.test(window.text));
    if (!runsOn) return null;
    const sentence = spanAt(sentences, window.start) ?? spanAt(sentences, window.start + 1);
    const end = nextDoubleMark(text, window.start, Math.min(window.start + window.text.length, sentence?.end ?? Infinity));
    const words = tokens(text.slice(window.start, end), window.start);
    const cue = cueIn(words);
    if (!cue) return null;
    const mentionWords = cue.at === 0
      ? upToPunctuation(text, words, cue.length, words.length)
      : /[,;:()]/u.test(text.slice(window.start, words[0]!.start).replace(/^\s*,/u, '')) ? [] : subjectBefore(text, words, cue.at);
    if (mentionWords.length === 0 || !looksLikeSubject(mentionWords)) return null;
    const start = mentionWords[0]!.start;
    const mentionEnd = mentionWords.at(-1)!.end;
    if (mentionEnd - start > MENTION_LENGTH) return null;
    const mention = mentionAt(text, start, text.slice(start, mentionEnd));
    if (!mention) return null;
    const verb = words[cue.at]!;
    const cueText = text.slice(verb.start, words[cue.at + cue.length - 1]!.end);
    return { mention, cue: cueAt(verb.start, cueText) };
  },
};
