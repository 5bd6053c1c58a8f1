/**
 * The pipeline: text in, quotes out. Runs the stages in order (decode →
 * formats → paragraphs and non-body lines → sentences → quotation marks →
 * attribution → speakers) and
 * assembles the quote records. Pure: no I/O, no process state.
 */
import { type DecodedText, decode } from './pipeline/01-decode.js';
import { convert } from './pipeline/01-formats/index.js';
import { bodyParagraphs, findNonBody } from './pipeline/02-non-body.js';
import { splitParagraphs } from './pipeline/02-paragraphs.js';
import { splitSentences } from './pipeline/03-sentences.js';
import { findQuotations } from './pipeline/04-quotation-marks.js';
import { MIXED_MIN_QUOTED_WORDS, looksLikeTitle, quoteSpans, saidAfterCue } from './pipeline/05-quote-spans.js';
import { learnedSpans, readMixedClauses } from './pipeline/05-learned-speech.js';
import { hasWords, wordCount } from './words.js';
import { attribute, type Attribution } from './pipeline/06-attribution.js';
import { resolveSpeakers, summarizeSpeakers } from './pipeline/07-speakers.js';
import { SIEVES, sieveById } from './sieves/index.js';
import { mergedSpans, overlapsAny } from './spans.js';
import { readingText } from './regex.js';
import type { ExtractOptions, ExtractResult, Quote, QuoteType, Span, Warning } from './types.js';

/**
 * An unattributed quotation shorter than this many words is taken for a
 * scare quote, a nickname or a title ("so-called "experts"") rather than speech.
 */
export const MIN_UNATTRIBUTED_WORDS = 5;

/**
 * Confidence of a quote no sieve decided: how often such a quote has the right
 * content and speaker (18 of 988 on PolNeAR train, smoothed, npm run eval, 2026-11-28;
 * most of them do have a speaker the sieves miss).
 */
const UNATTRIBUTED_CONFIDENCE = 0.02;

/**
 * Speech, not a scare quote or a title: attributed by a sieve of its own, or
 * long enough. A mixed quote's reported clause already marks it as speech, so
 * its quoted words need only reach the mixed threshold (on PolNeAR train this
 * takes mixed F1 from 0.785 to 0.810 at the cost of speaker accuracy, since
 * the added quotes have no speaker).
 */
function isSpeech(text: string, attribution: Attribution): boolean {
  const { quotation } = attribution;
  const quoted = quotation.quotations.flatMap((q) => q.parts).map((p) => text.slice(p.start, p.end)).join(' ');
  const quotedWords = wordCount(quoted);
  // a speaker carried over from another quote is no evidence that this quotation is speech
  if (attribution.sieve !== null && attribution.continues === null && attribution.inherits === null) return true;
  // a short exclamation or question is said, not a scare quote ("USA! USA!", "This is fantastic!")
  const exclaimed = quotation.type === 'direct' && quotedWords >= 2 && /[!?]\s*$/u.test(quoted);
  const said = quotation.type === 'direct' && quotedWords >= 1 && saidAfterCue(text, quotation);
  // a reported clause that quotes a stretch of words, not only scare quotes of a word or two each
  const quotesStretch =
    quotation.type === 'mixed' &&
    quotation.quotations.some((q) => hasWords(q.parts.map((p) => text.slice(p.start, p.end)).join(' '), MIXED_MIN_QUOTED_WORDS));
  return (quotedWords >= MIN_UNATTRIBUTED_WORDS || exclaimed || said || quotesStretch) && !looksLikeTitle(quoted);
}

/** How many warnings of one kind a document reports one by one; the rest are counted in the last. */
export const WARNINGS_PER_KIND = 5;

/**
 * A text with thousands of stray quotation marks gives a few clear warnings,
 * not thousands of lines: past WARNINGS_PER_KIND of a kind, one more says how
 * many were left out.
 */
function collapseWarnings(warnings: Warning[]): Warning[] {
  const seen = new Map<string, number>();
  for (const w of warnings) seen.set(w.code, (seen.get(w.code) ?? 0) + 1);
  const kept: Warning[] = [];
  const shown = new Map<string, number>();
  for (const w of warnings) {
    const n = (shown.get(w.code) ?? 0) + 1;
    shown.set(w.code, n);
    if (n <= WARNINGS_PER_KIND) kept.push(w);
    else if (n === WARNINGS_PER_KIND + 1) {
      const more = seen.get(w.code)! - WARNINGS_PER_KIND;
      kept.push({ code: w.code, message: `${more} more warning${more === 1 ? '' : 's'} like the above (${w.code}) left out`, start: w.start });
    }
  }
  return kept;
}

/**
 * The first stages on a decoded text: paragraphs, non-body lines, and the
 * sentences and quotation marks of the body (nothing is quoted in a caption
 * or a byline). Shared with the tagger's training (scripts/train-reported-speech.mjs).
 */
export function readBody(text: string) {
  const paragraphs = splitParagraphs(text);
  const nonBody = findNonBody(text, paragraphs);
  const body = bodyParagraphs(text, paragraphs, nonBody);
  return { paragraphs, nonBody, sentences: splitSentences(text, body), scan: findQuotations(text, body) };
}

export interface ExtractTrace {
  result: ExtractResult;
  /** Every attribution, speech or not, with the sieves tried: what --explain prints. */
  attributions: Attribution[];
}

/**
 * Runs the pipeline and keeps the attribution traces (for --explain and
 * evaluation). The input may be text, bytes, or bytes decoded already
 * (`decode`): a caller that reads large files decodes them in a function of
 * its own, so that the bytes are not held, from its stack, while the text is
 * read (10 MB more at the peak of a 10 MB article otherwise).
 */
export function extractWithTrace(input: string | Uint8Array | DecodedText, options: ExtractOptions = {}): ExtractTrace {
  const decoded = isDecoded(input) ? input : decode(input, options.encoding === undefined ? {} : { encoding: options.encoding });
  const converted = convert(decoded.text, options.format ?? 'auto');
  const text = twoByte(converted.text);
  return readingText(text, () => extractText(text, converted.format, decoded.encoding, decoded.warnings, options));
}

function isDecoded(input: string | Uint8Array | DecodedText): input is DecodedText {
  return typeof input === 'object' && !ArrayBuffer.isView(input);
}

/** extractWithTrace on the decoded, converted text. */
function extractText(text: string, format: ExtractResult['format'], encoding: ExtractResult['encoding'], decodeWarnings: Warning[], options: ExtractOptions): ExtractTrace {
  const { paragraphs, nonBody, sentences, scan } = readBody(text);
  const patterned = readMixedClauses(text, sentences, scan.quotations, quoteSpans(text, sentences, scan.quotations));
  // the learned reader reads the mixed quotes no pattern attributed (a sentence each, above), and looks for
  // reported speech in every sentence, whatever types are asked for: what it finds is attributed with the rest
  // and enters the speakers' history, so leaving it out would change the speakers of direct and mixed quotes
  const learned = learnedSpans(text, sentences, scan.quotations, patterned);
  const spans = [...patterned, ...learned].sort((a, b) => a.start - b.start);
  const attributions = attribute(text, paragraphs, sentences, spans, SIEVES, scan.quotations, nonBody);
  const speakers = resolveSpeakers({ text, paragraphs, sentences, quotations: scan.quotations, attributions, nonBody });

  // reported speech found at the cue of a quotation (`"…." Putin added on Tuesday.`), or holding its speaker
  // or cue, is that quotation's attribution, not speech of its own
  const quoted = attributions.filter((a) => a.quotation.type === 'direct');
  const cueOfQuoted = new Set(quoted.filter((a) => a.cue).map((a) => a.cue!.start));
  const quotedAttributions = mergedSpans(quoted.flatMap((a): Span[] => [a.mention, a.cue].flatMap((s) => (s ? [s] : []))));
  const isAttribution = (a: Attribution): boolean =>
    a.quotation.type !== 'direct' && (cueOfQuoted.has(a.cue?.start ?? -1) || a.quotation.parts.some((p) => overlapsAny(quotedAttributions, p)));
  const quotes: Quote[] = [];
  /** Attribution index → the quote record its quotation went into. */
  const quoteOf = new Map<number, Quote>();
  for (const [i, attribution] of attributions.entries()) {
    const { quotation } = attribution;
    const continued = attribution.continues === null ? undefined : quoteOf.get(attribution.continues);
    if (continued) {
      // "…," she said, "…": one quote, one more part
      continued.parts = [...continued.parts, ...quotation.parts];
      continued.end = quotation.end;
      continued.text = continued.parts.map((p) => text.slice(p.start, p.end)).join(' ');
      quoteOf.set(i, continued);
      continue;
    }
    if (!isSpeech(text, attribution)) continue;
    if (isAttribution(attribution)) continue;
    // a continuation whose quote was not kept stands alone, with no speaker
    const decided = attribution.continues === null;
    const quote: Quote = {
      index: quotes.length,
      type: quotation.type,
      text: quotation.parts.map((p) => text.slice(p.start, p.end)).join(' '),
      start: quotation.start,
      end: quotation.end,
      parts: quotation.parts,
      paragraph: quotation.paragraph,
      speaker: decided ? (speakers[i] ?? null) : null,
      cue: decided ? attribution.cue : null,
      confidence: (decided && sieveById(attribution.sieve)?.precision) || UNATTRIBUTED_CONFIDENCE,
      sieve: decided ? attribution.sieve : null,
    };
    quoteOf.set(i, quote);
    quotes.push(quote);
  }
  const result: ExtractResult = {
    text,
    format,
    encoding,
    nonBody,
    paragraphs,
    sentences,
    quotes,
    speakers: summarizeSpeakers(quotes.map((q) => q.speaker)),
    warnings: collapseWarnings([...decodeWarnings, ...scan.warnings]),
  };
  return { result: ofTypes(result, options.types), attributions };
}

/**
 * The result with only the quotes of these types (all of them when `types`
 * is not given), and the speakers of those. A filter of the output only:
 * each quote kept keeps its `index` among all the quotes of the document.
 */
export function ofTypes(result: ExtractResult, types: readonly QuoteType[] | undefined): ExtractResult {
  if (types === undefined) return result;
  const wanted = new Set(types);
  const quotes = result.quotes.filter((q) => wanted.has(q.type));
  return { ...result, quotes, speakers: summarizeSpeakers(quotes.map((q) => q.speaker)) };
}

/** Finds the quotations in an article and who said them. Never throws on any text. */
export function extractQuotes(input: string | Uint8Array | DecodedText, options: ExtractOptions = {}): ExtractResult {
  return extractWithTrace(input, options).result;
}

/**
 * The same string, held by V8 as two-byte characters. V8 compiles each
 * regular expression once for one-byte and once more for two-byte strings,
 * and news text comes as both (curly quotes make a text two-byte, plain ASCII
 * does not); with every text two-byte each of the grammar's large patterns is
 * compiled once per thread. Measured: 10-18 MiB less peak RSS on a folder of
 * 2,000 articles and on PolNeAR train (one thread and two), the same CPU; an
 * ASCII text takes twice the memory (a 10 MB one, 10 MB more). A text that
 * is two-byte already is not copied.
 */
function twoByte(text: string): string {
  // a string holding a character past U+00FF is two-byte already: no copy
  return BEYOND_LATIN1.test(text) ? text : `\u0100${text}`.slice(1);
}

const BEYOND_LATIN1 = /[^\x00-\xff]/;
