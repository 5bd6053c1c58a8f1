/**
 * What a sieve is: a small named rule that, given one quotation and its
 * surroundings, either finds who said it (a mention and a cue) or passes.
 * The runner in pipeline/06-attribution tries sieves in order and the first
 * match wins; a sieve never checks whether an earlier one matched.
 */
import { spanAt } from '../spans.js';
import { ANY_CUE_VERB, cueAt, groupStart, hasCueVerb, isAscii, mentionAt, lazyPattern } from './grammar.js';
import type { QuoteSpan } from '../pipeline/05-quote-spans.js';
import type { Cue, Mention, Paragraph, Sentence } from '../types.js';

export interface SieveInput {
  text: string;
  /** The quote to attribute: a direct quotation, or a reported clause holding quotations (mixed). */
  quotation: QuoteSpan;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The quotation before this one in the document, whether a sieve decided it, and which (its id). */
  previous: Earlier | null;
  /** The quote span right before this one, of any type (reported speech too), with what decided it. */
  recent: Earlier | null;
}

/** A quote span attributed before the one at hand: `decided` when a sieve matched it, `sieve` that sieve's id. */
export interface Earlier {
  quotation: QuoteSpan;
  decided: boolean;
  sieve?: string | null;
  /** The cue it was attributed with, if any. */
  cue?: Cue | null;
}

export interface SieveMatch {
  mention: Mention | null;
  cue: Cue | null;
  /** A title or role the text gives with the mention (an appositive: "a doctor at the clinic"). */
  title?: string;
  /**
   * This quotation is a further part of the previous one's quote (interrupted
   * by its attribution, or continued in the next paragraph): same speaker, one record.
   */
  continuesPrevious?: boolean;
  /** A quotation of its own whose speaker is the previous quotation's (a closed quote's next paragraph). */
  inheritsPrevious?: boolean;
  /** A quotation of its own whose speaker is that of the span right before it (`recent`, reported speech too). */
  inheritsRecent?: boolean;
}

export interface Sieve {
  /** Stable id, used in output, --explain and tests. */
  id: string;
  /** One line showing what it matches. */
  example: string;
  /**
   * How often a quote this sieve decides has the right content and speaker
   * (end-to-end precision on PolNeAR train, from `npm run eval`); the
   * quote's confidence.
   */
  precision: number;
  match(input: SieveInput): SieveMatch | null;
}

/** How far from a quotation mark a sieve looks for its attribution. */
export const WINDOW = 160;

/** A stretch of text next to a quotation, with the offset where it starts. */
export interface Window {
  start: number;
  text: string;
}

function paragraphOf(input: SieveInput, offset: number): Paragraph {
  return spanAt(input.paragraphs, offset) ?? input.paragraphs.at(-1)!;
}

/** The text after the closing mark, to the end of its paragraph (bounded by `limit`). */
export function after(input: SieveInput, limit = WINDOW): Window {
  const start = input.quotation.close;
  const end = Math.min(paragraphOf(input, Math.max(start - 1, 0)).end, start + limit);
  return { start, text: input.text.slice(start, Math.max(start, end)) };
}

/** after(), as far as a sentence-level sieve reads (SENTENCE_WINDOW). */
export const afterSentence = (input: SieveInput): Window => after(input, SENTENCE_WINDOW);

/**
 * after(), or when the quotation closes its paragraph, the start of the next
 * one (where a line "— Jane Doe" signs it).
 */
export function afterOrNextParagraph(input: SieveInput): Window {
  const window = after(input);
  if (window.text.trim() !== '') return window;
  const next = input.paragraphs[paragraphOf(input, Math.max(input.quotation.close - 1, 0)).index];
  if (!next) return window;
  return { start: next.start, text: input.text.slice(next.start, Math.min(next.end, next.start + WINDOW)) };
}

/**
 * When the quotation opens its paragraph, the last sentence of the paragraph
 * before (where "Putin said in an interview:" introduces it); else nothing.
 */
export function previousParagraphEnd(input: SieveInput, limit = WINDOW): Window {
  const paragraph = input.paragraphs[input.quotation.paragraph - 1];
  const previous = input.paragraphs[input.quotation.paragraph - 2];
  if (!paragraph || !previous || input.quotation.open !== paragraph.start) return { start: input.quotation.open, text: '' };
  const sentence = spanAt(input.sentences, previous.end - 1);
  const start = Math.max(sentence ? sentence.start : previous.start, previous.end - limit);
  return { start, text: input.text.slice(start, previous.end) };
}

/** previousParagraphEnd(), the whole last sentence (bounded by SENTENCE_WINDOW). */
export const previousParagraphSentence = (input: SieveInput): Window => previousParagraphEnd(input, SENTENCE_WINDOW);

/** The text before the opening mark, from the start of its sentence (bounded). */
export function before(input: SieveInput): Window {
  const open = input.quotation.open;
  const sentence = spanAt(input.sentences, open);
  const start = Math.max(sentence ? sentence.start : paragraphOf(input, open).start, open - WINDOW);
  return { start, text: input.text.slice(start, open) };
}

/** How far back a sentence-level sieve looks for the start of the quotation's sentence. */
export const SENTENCE_WINDOW = 400;

/** The text before the opening mark, from the start of its sentence, however long it is (bounded by SENTENCE_WINDOW). */
export function sentenceBefore(input: SieveInput): Window {
  const open = input.quotation.open;
  const sentence = spanAt(input.sentences, open);
  const start = Math.max(sentence ? sentence.start : paragraphOf(input, open).start, open - SENTENCE_WINDOW);
  return { start, text: input.text.slice(start, open) };
}

/** What a pattern sieve needs: where to look, the pattern, and which groups hold the mention and the cue. */
export interface PatternSieveSpec {
  id: string;
  example: string;
  precision: number;
  window: (input: SieveInput) => Window;
  /** The pattern, compiled on first use (see grammar's lazyPattern()). */
  pattern: () => RegExp;
  mentionGroup: number;
  /** The group holding the cue; none when the pattern has no reporting word ("…" — Jane Doe). */
  cueGroup?: number;
  /** The group holding an appositive that gives the speaker's title, if the pattern has one. */
  titleGroup?: number;
  /**
   * A cheap test the window must pass for the pattern to have any chance
   * (it holds the pattern's cue verb, "according", its colon or its dash):
   * most windows do not, and the pattern is costly.
   */
  needs?: (window: string) => boolean;
  /** A further check on a match the pattern alone cannot express. */
  accept?: (input: SieveInput, m: RegExpExecArray, window: Window) => boolean;
}

/** After an attribution, the rest of a short sentence of its own: no reported clause, no further quotation. */
const SHORT_ATTRIBUTION_END = /^(?:(?!\bthat\b)[^.!?"“”«»\n]){0,80}?[.!?](?:\s|$)/u;

/**
 * An attribution after a quotation that ended its own sentence (`"…." Putin
 * added.`) is a short sentence of its own. When it goes on to a reported clause
 * or to the next quotation (`"…." He said, twice, that…`, `"…." He added, "…"`),
 * it says something new and does not attribute this quotation.
 */
export function attributesThisQuotation(input: SieveInput, m: RegExpExecArray, window: Window): boolean {
  const last = input.quotation.parts.at(-1)!;
  if (!/[.!?…]["'”’»]*\s*$/u.test(input.text.slice(Math.max(last.start, last.end - 4), last.end))) return true;
  const rest = window.text.slice(m.index + m[0].length);
  return rest.trim() === '' || SHORT_ATTRIBUTION_END.test(rest);
}

/** A sieve that matches one grammar pattern on a window next to the quotation. */
export function patternSieve(spec: PatternSieveSpec): Sieve {
  return {
    id: spec.id,
    example: spec.example,
    precision: spec.precision,
    match(input) {
      const window = spec.window(input);
      if (spec.needs && !spec.needs(window.text)) return null;
      const m = spec.pattern().exec(window.text);
      if (!m || (spec.accept && !spec.accept(input, m, window))) return null;
      const mention = mentionAt(input.text, groupStart(m, spec.mentionGroup, window.start), m[spec.mentionGroup]!);
      const cue = spec.cueGroup === undefined ? null : cueAt(groupStart(m, spec.cueGroup, window.start), m[spec.cueGroup]!);
      const title = spec.titleGroup === undefined ? undefined : m[spec.titleGroup]?.trim();
      if (!mention) return null;
      return title ? { mention, cue, title } : { mention, cue };
    },
  };
}

const ANY_CUE = lazyPattern(ANY_CUE_VERB, 'iu');

/** Words in a short sentence that can only be an attribution ("Putin added."). */
const SHORT_SENTENCE_WORDS = 6;

/**
 * A reporting verb after the quotation, in the rest of its sentence (or in a
 * short sentence right after it): the quotation has an attribution of its own
 * (perhaps one no sieve could read), so it does not simply continue the
 * previous speaker.
 */
export function hasOwnCue(input: SieveInput): boolean {
  const window = afterSentence(input);
  const sentence = spanAt(input.sentences, window.start);
  const end = sentence ? sentence.end : window.start;
  const rest = input.text.slice(window.start, Math.min(end, window.start + window.text.length));
  if (sentence && sentence.start < window.start) return hasAnyCue(rest);
  // the quotation ends its sentence: only a short sentence of its own can attribute it
  return !/["“”«»]/u.test(rest) && (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= SHORT_SENTENCE_WORDS && hasAnyCue(rest);
}

/**
 * The quotation is a paragraph's opening, right after the paragraph where the
 * previous quotation ends, with no reported speech attributed between them
 * (that attributes the paragraph anew: sieve paragraph-after-attribution) and
 * no attribution of its own: it may go on with the previous quotation's speaker.
 */
export function continuesFromPreviousParagraph(input: SieveInput): boolean {
  const { quotation, previous, recent, paragraphs } = input;
  if (!previous || quotation.type !== 'direct' || previous.quotation.type === 'indirect') return false;
  const paragraph = paragraphs[quotation.paragraph - 1];
  if (!paragraph || quotation.open !== paragraph.start) return false;
  if (spanAt(paragraphs, previous.quotation.parts.at(-1)!.start)?.index !== quotation.paragraph - 1) return false;
  if (recent && recent.quotation !== previous.quotation && recent.decided && recent.quotation.start > previous.quotation.start) return false;
  return !hasOwnCue(input);
}

/** ANY_CUE's test, after a cheap one that rules out most texts: in ASCII, a cue verb in any case is one in lower case once lower-cased (see isAscii). */
export function hasAnyCue(text: string): boolean {
  return (!isAscii(text) || hasCueVerb(text.toLowerCase())) && ANY_CUE().test(text);
}

/** What stage 5 found with a span: the speaker and cue its pattern or the tagger read, and a title. */
type FoundAttribution = { mention: SieveMatch['mention']; cue: SieveMatch['cue']; title?: string };

/**
 * A sieve that hands over the attribution stage 5 found with the span (a
 * reported clause's pattern, the tagger, a mixed quote's reporter): `from`
 * reads it off the quotation.
 */
export function handOver(sieve: Omit<Sieve, 'match'> & { from: (quotation: QuoteSpan) => FoundAttribution | undefined }): Sieve {
  const { from, ...rest } = sieve;
  return {
    ...rest,
    match({ quotation }) {
      const found = from(quotation);
      if (!found) return null;
      return { mention: found.mention, cue: found.cue, ...(found.title ? { title: found.title } : {}) };
    },
  };
}

