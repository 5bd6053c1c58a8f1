/**
 * Stage 5, quote spans: decide what each quotation is part of.
 *
 * A quotation that stands as speech of its own (it opens its sentence, or
 * follows a colon, a comma, a dash, or a reporting verb with a capital:
 * `yelled "You lie!"`) is a direct quote. Quotations opened in the middle of a
 * sentence (`Trump says "the whole game has become screwed up" because…`) are
 * pieces of a reported clause: with the words around them they form one mixed
 * quote, from just after the last reporting verb before them (or the start of
 * the sentence) to the end of the sentence (or to an attribution that follows
 * the last of them: `…a "disaster," he said.`). Which is which was decided
 * from PolNeAR train: of quotations opened after a word, 471 of 916 are part
 * of a mixed gold content and only 79 are direct quotes of their own.
 */
import { ACCORDING_TO, ANY_CUE_VERB, MENTION, WORD_END, hasAccordingTo, hasAttributionAfter, hasCueVerb, isAscii, lazyPattern } from '../sieves/grammar.js';
import { spanAt } from '../spans.js';
import { hasWords } from '../words.js';
import { REPORTING_VERB_FORMS, UTTERANCE_NOUNS, UTTERANCE_VERB_FORMS } from '../lexicon/reporting-verbs.js';
import type { Cue, Mention, Quotation, QuoteType, Sentence, Span } from '../types.js';
import { labelledTurns, mixedClauseReporter, reportedSpans } from './05-reported-speech.js';
import { trimSpan } from './02-paragraphs.js';
import { recordKind } from '../objects.js';

/** Quote spans, records of their own kind (see objects.ts). */
const { extend } = recordKind();

/**
 * A mixed quote quotes this many words at least, or it is reported speech
 * with scare quotes (the metric of docs/evaluation.md draws the line there too).
 */
export const MIXED_MIN_QUOTED_WORDS = 3;

/** Short words a title leaves in lower case ("Orange is the New Black"). */
const TITLE_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'for', 'to', 'is', 'at', 'by', 'with', 'from', 'as', 'but', 'nor']);

/** Every word capitalised but the short function words: the title of a work, a slogan in capitals, not speech. */
export function looksLikeTitle(quoted: string): boolean {
  const words = quoted.match(/[\p{L}][\p{L}'’]*/gu) ?? [];
  const content = words.filter((w) => !TITLE_FUNCTION_WORDS.has(w.toLowerCase()));
  return content.length >= 2 && content.every((w) => /^\p{Lu}/u.test(w)) && !/[.?!]\s+\S/u.test(quoted);
}

/** A direct quotation, or a reported clause holding quotations (mixed). */
export interface QuoteSpan extends Quotation {
  type: QuoteType;
  /** The quotations inside a mixed span (the span's own quotation for a direct one; none for reported speech). */
  quotations: Quotation[];
  /** Reported speech comes with the speaker and cue its pattern found. */
  attribution?: { mention: Mention; cue: Cue; title?: string };
  /** A mixed quote's clause, read as reported speech: who reports it, for when no quotation sieve finds the speaker. */
  reporter?: { mention: Mention; cue: Cue; title?: string };
  /** A mixed quote's reporter as the learned tagger reads its sentence, where no pattern found one. */
  learnedReporter?: { mention: Mention; cue: Cue };
  /** Reported speech the learned tagger found, with the source (if it labelled one) and cue it found. */
  learned?: { mention: Mention | null; cue: Cue };
  /** A paragraph after its speaker's label ("TAPPER: …"): the label and its colon. */
  label?: { mention: Mention; cue: Cue };
}

/** What a reported clause follows: a reporting verb, or "according to X,". */
const CLAUSE_OPENER = lazyPattern(String.raw`${ANY_CUE_VERB}|${ACCORDING_TO}\s+${MENTION}${WORD_END},`, 'gu');
const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const CAPITALISED = /^[^\p{L}\p{N}]*\p{Lu}/u;

const WORD_CHARACTER = /^[\p{L}\p{M}'’]$/u;
const SPACE = /^\s$/u;

/**
 * The last word before `offset` (not before `from`), lower-cased: what
 * /([\p{L}\p{M}'’]+)\s*$/u finds in text.slice(from, offset), read backwards
 * from `offset`. (That pattern tries every position from `from`, so each
 * quotation cost the length of its sentence: a long line of short quotations
 * spent most of its time there.)
 */
export function wordBefore(text: string, from: number, offset: number): string {
  let end = offset;
  // (white space is all in the Basic Multilingual Plane)
  while (end > from && SPACE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > from) {
    // a character outside the Basic Multilingual Plane is a surrogate pair, read whole when both halves are after `from`
    const pair = start - 2 >= from && /[\uDC00-\uDFFF]/.test(text[start - 1]!) && /[\uD800-\uDBFF]/.test(text[start - 2]!);
    const width = pair ? 2 : 1;
    if (!WORD_CHARACTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, end).toLowerCase();
}

/** True when the quotation is opened mid-sentence, after a word, as part of a longer clause. */
function isEmbedded(text: string, quotation: Quotation, sentence: Sentence | undefined): boolean {
  if (!sentence || quotation.parts.length > 1) return false;
  const before = text.slice(sentence.start, quotation.open).trimEnd();
  const capitalised = CAPITALISED.test(text.slice(quotation.start, quotation.end));
  if (WORD_BEFORE.test(before)) {
    // `yelled "You lie!"`, `chants of "Four more years!"`: a reporting verb (or a noun of chanting), then a capitalised quotation, is speech of its own
    return !((isCueWord(wordBefore(text, sentence.start, quotation.open)) || saidAfterCue(text, quotation)) && capitalised);
  }
  // `in her words, "he knows how"` / `— "which is a phenomenal area"`: a lower-case quotation after a
  // comma or a dash goes on with the sentence, unless a cue comes first (`Trump said, "and I…"`)
  if (capitalised || !/[,\u2014\u2013-]$/u.test(before)) return false;
  if (isCueWord(wordBefore(text, sentence.start, sentence.start + before.length - 1))) return false;
  // `"She is too far behind," said an Iowa Democrat, "and…"`: an interrupted quote goes on
  return !INTERRUPTED().test(before);
}

const IS_CUE_WORD = lazyPattern(`^${ANY_CUE_VERB}$`, 'iu');

/**
 * True when `word` (one word, in lower case) is a form of a reporting verb, in
 * any case, as IS_CUE_WORD takes it. A word in ASCII is looked up (see
 * isAscii); the pattern decides the rest ("ſaid"), and is seldom compiled.
 */
function isCueWord(word: string): boolean {
  return isAscii(word) ? REPORTING_VERB_FORMS.has(word) : IS_CUE_WORD().test(word);
}
/** The word before an opening mark, with at most a comma or a colon between; a noun with its "of". */
const LAST_WORD = /(?<![\p{L}\p{M}\p{N}])(\p{L}+)(\s+of)?\s*[,:]?\s*$/u;

/**
 * A quotation said aloud after a verb of uttering or a noun of chanting,
 * however short: `said, "No."`, `chanting "Lock her up!"`, `chants of "Ted! Ted!"`.
 * Not a label or a scare quote, which follow other words (`titled "Scam"`,
 * `calls it "troubling"`, `the so-called "experts"`).
 */
export function saidAfterCue(text: string, quotation: Quotation): boolean {
  const m = LAST_WORD.exec(text.slice(Math.max(0, quotation.open - 40), quotation.open));
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  return m[2] ? UTTERANCE_NOUNS.has(word) : UTTERANCE_VERB_FORMS.has(word);
}
/** A quotation closed earlier in the sentence, then a cue: the attribution that interrupts a quote. */
const INTERRUPTED = lazyPattern(String.raw`["”'’»]\s*,?[^"“”«»]*?${ANY_CUE_VERB}[^"“”«»]*,$`, 'u');

/**
 * Where the reported clause around embedded quotations starts: after the last
 * reporting verb (or "according to X,") before them, else at the sentence start.
 */
function clauseStart(text: string, from: number, open: number): number {
  let start = from;
  const before = text.slice(from, open);
  // an opener holds a reporting verb's word or "according", cheap to look for first
  if (hasCueVerb(before) || hasAccordingTo(before)) {
    const opener = CLAUSE_OPENER();
    opener.lastIndex = 0;
    for (let m = opener.exec(before); m; m = opener.exec(before)) start = from + m.index + m[0].length;
  }
  return trimSpan(text, start, open).start;
}

/** Where the reported clause ends: at an attribution right after its last quotation, else at the end of that quotation's sentence. */
function clauseEnd(text: string, last: Quotation, sentences: Sentence[]): number {
  const following = text.slice(last.close, last.close + 160);
  if (hasCueVerb(following) && hasAttributionAfter(following)) return last.close;
  const sentence = spanAt(sentences, Math.max(last.close - 1, last.start));
  return Math.max(last.close, sentence ? trimSpan(text, sentence.start, sentence.end).end : last.close);
}

/**
 * Quotations of a clause that quote too little (so-called "experts") or only
 * a title ("Meet the Press") make no mixed quote: the clause is reported
 * speech at most, with scare quotes.
 */
function quotesSpeech(text: string, group: Quotation[]): boolean {
  const quoted = group.flatMap((q) => q.parts).map((p) => text.slice(p.start, p.end)).join(' ');
  return hasWords(quoted, MIXED_MIN_QUOTED_WORDS) && !looksLikeTitle(quoted);
}

function mixedSpan(text: string, group: Quotation[], sentences: Sentence[], floor: number, ceiling: number): QuoteSpan {
  const first = group[0]!;
  const sentence = spanAt(sentences, first.open)!;
  const start = clauseStart(text, Math.max(sentence.start, floor), first.open);
  // never over the next quotation's opening mark: it is a quote of its own
  const last = group.at(-1)!;
  const end = Math.max(last.close, trimSpan(text, start, Math.min(clauseEnd(text, last, sentences), ceiling)).end);
  const content: Span = { start, end };
  // a copy of the group, as long as it is (built by push(), it holds 17 slots at least)
  return extend(content, { parts: [content], open: start, close: end, closed: true, paragraph: first.paragraph, type: 'mixed' as const, quotations: group.slice() });
}

/** The spans other than spans[i] that share characters with `around` (spans sorted and disjoint): all a check inside it can meet. */
function neighbours(spans: readonly QuoteSpan[], i: number, around: Span): QuoteSpan[] {
  let from = i;
  while (from > 0 && spans[from - 1]!.end > around.start) from--;
  let to = i + 1;
  while (to < spans.length && spans[to]!.start < around.end) to++;
  return [...spans.slice(from, i), ...spans.slice(i + 1, to)];
}

export function quoteSpans(text: string, sentences: Sentence[], quotations: Quotation[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let group: Quotation[] = [];
  /** Where the next clause may start: never before the end of the previous span. */
  let floor = 0;
  /** Ends the clause gathered so far, before `ceiling` (the next quotation's opening mark). */
  const flush = (ceiling = Infinity): void => {
    if (group.length === 0 || !quotesSpeech(text, group)) {
      group = [];
      return;
    }
    const span = mixedSpan(text, group, sentences, floor, ceiling);
    spans.push(span);
    floor = span.end;
    group = [];
  };
  for (const quotation of quotations) {
    const sentence = spanAt(sentences, quotation.open);
    if (isEmbedded(text, quotation, sentence)) {
      // quotations of one reported clause: `called it "a disaster" and "a farce"`
      const last = group.at(-1);
      if (last && !(last.close <= quotation.open && clauseEnd(text, last, sentences) >= quotation.open)) flush(quotation.open);
      group.push(quotation);
      continue;
    }
    flush(quotation.open);
    spans.push(extend(quotation, { type: 'direct' as const, quotations: [quotation] }));
    floor = quotation.close;
  }
  flush();
  for (const [i, span] of spans.entries()) {
    const sentence = span.type === 'mixed' ? spanAt(sentences, span.start) : undefined;
    if (!sentence) continue;
    const reporter = mixedClauseReporter(text, sentence, span, neighbours(spans, i, sentence));
    if (!reporter) continue;
    span.reporter = reporter.attribution;
    // an attribution closing the sentence ends the clause
    if (reporter.end !== undefined) {
      span.end = span.close = reporter.end;
      span.parts = [{ start: span.start, end: reporter.end }];
    }
  }
  const labelled = labelledTurns(text, sentences, spans);
  const reported = reportedSpans(text, sentences, [...spans, ...labelled].sort((a, b) => a.start - b.start));
  return [...spans, ...labelled, ...reported].sort((a, b) => a.start - b.start);
}
