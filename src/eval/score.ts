/**
 * The accuracy metric of docs/evaluation.md, as pure functions: classify gold
 * attributions by kind, match system quotes to gold ones (exact and partial),
 * judge speakers and cues of matched pairs, and add the counts up into
 * precision, recall and F1 per kind.
 *
 * Definitions used here (all offsets are string indices, half-open):
 *
 * - **Word tokens** are maximal runs of letters and digits
 *   (/[\p{L}\p{N}]+/u) of the whole document, identified by their start
 *   offset. A token belongs to a span when they share at least one character,
 *   so a span that starts or ends one character inside a word still counts
 *   the word (a few gold spans do).
 * - **Kind** of a gold content (`goldKind`): `direct` when it has words and
 *   every one is inside a quoted region; `mixed` when one quoted region holds
 *   at least 3 of its words and some of its words are outside quotes;
 *   `indirect` otherwise (including short scare quotes).
 * - **Exact match**: equal trimmed extents (`trimExtent`): surrounding
 *   whitespace and quotation marks are removed at both ends and `, . ; :` at
 *   the end, repeatedly. A gold content is compared by its extent (first to
 *   last character), a system quote by [start, end). Empty trimmed extents
 *   never match. A one-to-one matching of its own.
 * - **Partial match**: the word-token sets (gold: tokens of the content
 *   pieces; system: tokens of the parts) have |∩| / |∪| ≥ 0.5.
 * - Both matchings are one-to-one and greedy, best overlap first: every
 *   candidate pair is scored (token IoU), pairs are sorted by score
 *   descending, ties broken by gold position, then system position, and taken
 *   while neither side is already matched.
 * - **Speaker** of a partially matched pair is correct when the system's
 *   speaker mention overlaps a gold Source piece; for a gold attribution
 *   without a source, when the system gives no speaker at all.
 * - **Cue** of a partially matched pair is correct when the system cue
 *   overlaps a gold Cue piece; for a gold attribution without a cue (rare),
 *   when the system gives no cue.
 * - **End to end**: a true positive is a partial match with a correct speaker.
 * - **Per kind**: a matched pair counts for the gold's kind (for precision and
 *   recall); an unmatched system quote counts against the kind it claims in
 *   `type`. So a kind's system count depends on the matching (exact or
 *   partial). Recall is over gold of that kind. "all" sums the counts.
 * - A ratio with a zero denominator is 0 (never NaN or null); so is F1 when
 *   precision and recall are both 0.
 */

import type { QuoteType, Span } from '../types.js';
import type { GoldAttribution } from './brat.js';

export const QUOTE_TYPES: readonly QuoteType[] = ['direct', 'mixed', 'indirect'];
export type KindOrAll = QuoteType | 'all';
export const REPORT_KINDS: readonly KindOrAll[] = ['direct', 'mixed', 'indirect', 'all'];

/** Minimum number of words a quoted stretch needs to make a content mixed. */
export const MIXED_MIN_QUOTED_WORDS = 3;
/** Minimum token IoU of a partial match. */
export const PARTIAL_MIN_OVERLAP = 0.5;

/** A system quote reduced to what the metric looks at. */
export interface SystemQuote {
  type: QuoteType;
  /** Extent of the content. */
  start: number;
  end: number;
  /** The content's pieces. */
  parts: Span[];
  speakerMention: Span | null;
  /** Whether the system named any speaker (by mention or by name). */
  hasSpeaker: boolean;
  cue: Span | null;
}

/** The fields of an output-contract quote record that scoring reads. */
export interface QuoteRecordLike {
  type: QuoteType;
  start: number;
  end: number;
  parts?: Span[] | null;
  speaker?: {
    name?: string | null;
    mention?: Span | null;
  } | null;
  cue?: Span | null;
}

/** Build a scoring view of one quote record (JSONL record or library `Quote`). */
export function fromQuoteRecord(record: QuoteRecordLike): SystemQuote {
  const speaker = record.speaker ?? null;
  const mention = speaker?.mention ?? null;
  const parts =
    record.parts && record.parts.length > 0
      ? record.parts.map((part) => ({ start: part.start, end: part.end }))
      : [{ start: record.start, end: record.end }];
  return {
    type: record.type,
    start: record.start,
    end: record.end,
    parts,
    speakerMention: mention ? { start: mention.start, end: mention.end } : null,
    hasSpeaker: speaker != null && (speaker.mention != null || speaker.name != null),
    cue: record.cue ? { start: record.cue.start, end: record.cue.end } : null,
  };
}

// ---------------------------------------------------------------------------
// Word tokens

const WORD = /[\p{L}\p{N}]+/gu;

/** The word tokens of a text, in order. */
export function wordTokens(text: string): Span[] {
  const tokens: Span[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Index range [first, last) of the tokens sharing at least one character with the span. */
function tokenRange(tokens: readonly Span[], span: Span): [number, number] {
  // first token ending after span.start
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= span.start) low = mid + 1;
    else high = mid;
  }
  let last = low;
  while (last < tokens.length && tokens[last]!.start < span.end) last++;
  return [low, last];
}

/** Start offsets of the tokens sharing at least one character with any of the spans. */
export function tokensIn(tokens: readonly Span[], spans: readonly Span[]): Set<number> {
  const starts = new Set<number>();
  for (const span of spans) {
    if (span.end <= span.start) continue;
    const [first, last] = tokenRange(tokens, span);
    for (let i = first; i < last; i++) starts.add(tokens[i]!.start);
  }
  return starts;
}

/** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
export function tokenOverlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

// ---------------------------------------------------------------------------
// Gold kind

/**
 * Kind of a gold content given the document's quoted regions (the text
 * between quotation marks, marks excluded).
 */
export function goldKind(content: Span[], text: string, quoted: Span[]): QuoteType {
  const tokens = wordTokens(text);
  return kindFromTokens(tokensIn(tokens, content), tokens, quoted);
}

function kindFromTokens(contentTokens: Set<number>, tokens: readonly Span[], quoted: readonly Span[]): QuoteType {
  if (contentTokens.size === 0) return 'indirect';
  let outside = 0;
  let longestQuoted = 0;
  const inQuotes = new Set<number>();
  for (const region of quoted) {
    let count = 0;
    for (const start of tokensWithin(tokens, region)) {
      if (!contentTokens.has(start)) continue;
      count++;
      inQuotes.add(start);
    }
    longestQuoted = Math.max(longestQuoted, count);
  }
  for (const start of contentTokens) if (!inQuotes.has(start)) outside++;
  if (outside === 0) return 'direct';
  if (longestQuoted >= MIXED_MIN_QUOTED_WORDS) return 'mixed';
  return 'indirect';
}

/** Start offsets of the tokens lying wholly inside the region. */
function tokensWithin(tokens: readonly Span[], region: Span): number[] {
  const starts: number[] = [];
  const [first, last] = tokenRange(tokens, region);
  for (let i = first; i < last; i++) {
    const token = tokens[i]!;
    if (token.start >= region.start && token.end <= region.end) starts.push(token.start);
  }
  return starts;
}

// ---------------------------------------------------------------------------
// Exact extents

/** Characters trimmed at both ends of an extent: quotation marks (whitespace is tested apart). */
const QUOTATION_MARKS = new Set([
  '"', "'", '`', '\u201C', '\u201D', '\u201E', '\u201F', '\u2018', '\u2019', '\u201A', '\u201B',
  '\u00AB', '\u00BB', '\u2039', '\u203A', '\u300C', '\u300D', '\u300E', '\u300F', '\u301D', '\u301E',
  '\u301F', '\uFF02', '\uFF07', '\u2032', '\u2033',
]);
/** Punctuation trimmed at the end of an extent only. */
const TRAILING_PUNCTUATION = new Set([',', '.', ';', ':']);

/**
 * The extent less surrounding whitespace and quotation marks, and less
 * trailing `, . ; :`, repeatedly.
 */
export function trimExtent(text: string, extent: Span): Span {
  let start = Math.max(0, extent.start);
  let end = Math.min(text.length, extent.end);
  const trimAtStart = (ch: string): boolean => /\s/u.test(ch) || QUOTATION_MARKS.has(ch);
  const trimAtEnd = (ch: string): boolean => trimAtStart(ch) || TRAILING_PUNCTUATION.has(ch);
  while (start < end && trimAtStart(text[start]!)) start++;
  while (end > start && trimAtEnd(text[end - 1]!)) end--;
  return { start, end };
}

// ---------------------------------------------------------------------------
// Scoring one document

export interface GoldScoringInput {
  text: string;
  gold: GoldAttribution[];
  /** Quoted regions of the document (between quotation marks, marks excluded). */
  quoted: Span[];
}

/** One gold attribution as scored: its kind and trimmed extent. */
export interface ScoredGold {
  attribution: GoldAttribution;
  kind: QuoteType;
  trimmed: Span;
}

export interface ExactPair {
  gold: number;
  system: number;
}

export interface PartialPair {
  gold: number;
  system: number;
  /** Token IoU of the pair. */
  overlap: number;
  speakerCorrect: boolean;
  cueCorrect: boolean;
}

/** Counts for one kind in one document (or summed over documents). */
export interface KindCounts {
  gold: number;
  exact: { tp: number; system: number };
  partial: { tp: number; system: number };
  speakerCorrect: number;
  cueCorrect: number;
  /** Partial matches with a correct speaker. */
  endToEndTp: number;
}

export interface DocumentScore {
  /** Gold attributions in the order they were given, with kind and trimmed extent. */
  gold: ScoredGold[];
  /** System quotes in the order they were given. */
  system: SystemQuote[];
  exactPairs: ExactPair[];
  partialPairs: PartialPair[];
  /** Indexes into `gold` of attributions no system quote partially matched (misses). */
  unmatchedGold: number[];
  /** Indexes into `system` of quotes that matched no gold one partially (false alarms). */
  unmatchedSystem: number[];
  counts: Record<KindOrAll, KindCounts>;
}

/** Score one document's system quotes against its gold attributions. */
export function scoreDocument(doc: GoldScoringInput, system: SystemQuote[]): DocumentScore {
  const tokens = wordTokens(doc.text);
  const goldTokens = doc.gold.map((gold) => tokensIn(tokens, gold.content));
  const systemTokens = system.map((quote) => tokensIn(tokens, quote.parts));
  const scoredGold: ScoredGold[] = doc.gold.map((attribution, i) => ({
    attribution,
    kind: kindFromTokens(goldTokens[i]!, tokens, doc.quoted),
    trimmed: trimExtent(doc.text, attribution.extent),
  }));
  const systemTrimmed = system.map((quote) => trimExtent(doc.text, { start: quote.start, end: quote.end }));

  // Every gold/system pair with any token in common, with its overlap.
  const candidates: Array<{ gold: number; system: number; overlap: number }> = [];
  for (let g = 0; g < doc.gold.length; g++) {
    for (let s = 0; s < system.length; s++) {
      const overlap = tokenOverlap(goldTokens[g]!, systemTokens[s]!);
      const exact = sameExtent(scoredGold[g]!.trimmed, systemTrimmed[s]!);
      if (overlap > 0 || exact) candidates.push({ gold: g, system: s, overlap });
    }
  }
  const goldOrder = positionOrder(doc.gold.map((gold) => gold.extent));
  const systemOrder = positionOrder(system);
  const byBestOverlap = (
    a: { gold: number; system: number; overlap: number },
    b: { gold: number; system: number; overlap: number },
  ): number =>
    b.overlap - a.overlap || goldOrder[a.gold]! - goldOrder[b.gold]! || systemOrder[a.system]! - systemOrder[b.system]!;
  candidates.sort(byBestOverlap);

  const exactPairs = greedyMatch(
    candidates.filter((pair) => sameExtent(scoredGold[pair.gold]!.trimmed, systemTrimmed[pair.system]!)),
  ).map(({ gold, system: s }) => ({ gold, system: s }));

  const partialPairs: PartialPair[] = greedyMatch(
    candidates.filter((pair) => pair.overlap >= PARTIAL_MIN_OVERLAP),
  ).map(({ gold, system: s, overlap }) => {
    const attribution = doc.gold[gold]!;
    const quote = system[s]!;
    return {
      gold,
      system: s,
      overlap,
      speakerCorrect: speakerIsCorrect(attribution, quote),
      cueCorrect: cueIsCorrect(attribution, quote),
    };
  });

  const partiallyMatchedGold = new Set(partialPairs.map((pair) => pair.gold));
  const partiallyMatchedSystem = new Set(partialPairs.map((pair) => pair.system));
  const exactlyMatchedSystem = new Set(exactPairs.map((pair) => pair.system));

  const counts = emptyCountsByKind();
  for (const gold of scoredGold) counts[gold.kind].gold++;
  for (const pair of exactPairs) {
    const kind = scoredGold[pair.gold]!.kind;
    counts[kind].exact.tp++;
    counts[kind].exact.system++;
  }
  for (const pair of partialPairs) {
    const kind = scoredGold[pair.gold]!.kind;
    counts[kind].partial.tp++;
    counts[kind].partial.system++;
    if (pair.speakerCorrect) {
      counts[kind].speakerCorrect++;
      counts[kind].endToEndTp++;
    }
    if (pair.cueCorrect) counts[kind].cueCorrect++;
  }
  system.forEach((quote, s) => {
    if (!exactlyMatchedSystem.has(s)) counts[quote.type].exact.system++;
    if (!partiallyMatchedSystem.has(s)) counts[quote.type].partial.system++;
  });
  counts.all = addCounts(QUOTE_TYPES.map((kind) => counts[kind]));

  return {
    gold: scoredGold,
    system,
    exactPairs,
    partialPairs,
    unmatchedGold: scoredGold.map((_, g) => g).filter((g) => !partiallyMatchedGold.has(g)),
    unmatchedSystem: system.map((_, s) => s).filter((s) => !partiallyMatchedSystem.has(s)),
    counts,
  };
}

function sameExtent(a: Span, b: Span): boolean {
  return a.end > a.start && a.start === b.start && a.end === b.end;
}

/** Rank of each item when sorted by start, then end, then original index. */
function positionOrder(spans: readonly Span[]): number[] {
  const indexes = spans.map((_, i) => i);
  indexes.sort((a, b) => spans[a]!.start - spans[b]!.start || spans[a]!.end - spans[b]!.end || a - b);
  const rank: number[] = new Array<number>(spans.length);
  indexes.forEach((index, position) => {
    rank[index] = position;
  });
  return rank;
}

/** Take pairs in the given order while neither side is already matched. */
function greedyMatch<T extends { gold: number; system: number }>(sortedPairs: T[]): T[] {
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const taken: T[] = [];
  for (const pair of sortedPairs) {
    if (usedGold.has(pair.gold) || usedSystem.has(pair.system)) continue;
    usedGold.add(pair.gold);
    usedSystem.add(pair.system);
    taken.push(pair);
  }
  return taken;
}

function overlapsAny(span: Span, pieces: readonly Span[]): boolean {
  return pieces.some((piece) => span.start < piece.end && piece.start < span.end);
}

/** Speaker rule: mention overlaps a gold Source piece; no source ⇒ the system must name nobody. */
export function speakerIsCorrect(gold: GoldAttribution, quote: SystemQuote): boolean {
  if (gold.source === null) return !quote.hasSpeaker;
  return quote.speakerMention !== null && overlapsAny(quote.speakerMention, gold.source);
}

/** Cue rule: system cue overlaps a gold Cue piece; no gold cue ⇒ the system must give none. */
export function cueIsCorrect(gold: GoldAttribution, quote: SystemQuote): boolean {
  if (gold.cue === null) return quote.cue === null;
  return quote.cue !== null && overlapsAny(quote.cue, gold.cue);
}

// ---------------------------------------------------------------------------
// Summaries

export function emptyCounts(): KindCounts {
  return {
    gold: 0,
    exact: { tp: 0, system: 0 },
    partial: { tp: 0, system: 0 },
    speakerCorrect: 0,
    cueCorrect: 0,
    endToEndTp: 0,
  };
}

function emptyCountsByKind(): Record<KindOrAll, KindCounts> {
  return { direct: emptyCounts(), mixed: emptyCounts(), indirect: emptyCounts(), all: emptyCounts() };
}

function addCounts(parts: readonly KindCounts[]): KindCounts {
  const sum = emptyCounts();
  for (const part of parts) {
    sum.gold += part.gold;
    sum.exact.tp += part.exact.tp;
    sum.exact.system += part.exact.system;
    sum.partial.tp += part.partial.tp;
    sum.partial.system += part.partial.system;
    sum.speakerCorrect += part.speakerCorrect;
    sum.cueCorrect += part.cueCorrect;
    sum.endToEndTp += part.endToEndTp;
  }
  return sum;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  /** Denominator of precision: system quotes counted for this kind under this matching. */
  system: number;
  /** Denominator of recall. */
  gold: number;
}

export interface Accuracy {
  accuracy: number;
  correct: number;
  /** Partially matched pairs judged. */
  total: number;
}

export interface KindReport {
  gold: number;
  /** System quotes counted for this kind under partial matching (for "all": every system quote). */
  system: number;
  exact: PrecisionRecall;
  partial: PrecisionRecall;
  speaker: Accuracy;
  endToEnd: PrecisionRecall;
  cue: Accuracy;
}

export interface EvalReport {
  documents: number;
  kinds: Record<KindOrAll, KindReport>;
}

/** A / b, or 0 when b is 0. */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function precisionRecall(tp: number, system: number, gold: number): PrecisionRecall {
  const precision = ratio(tp, system);
  const recall = ratio(tp, gold);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return { precision, recall, f1, tp, system, gold };
}

function accuracy(correct: number, total: number): Accuracy {
  return { accuracy: ratio(correct, total), correct, total };
}

/** Sum document counts and turn them into rates, per kind and for all kinds. */
export function summarize(scores: readonly DocumentScore[]): EvalReport {
  const kinds = {} as Record<KindOrAll, KindReport>;
  for (const kind of REPORT_KINDS) {
    const counts = addCounts(scores.map((score) => score.counts[kind]));
    kinds[kind] = {
      gold: counts.gold,
      system: counts.partial.system,
      exact: precisionRecall(counts.exact.tp, counts.exact.system, counts.gold),
      partial: precisionRecall(counts.partial.tp, counts.partial.system, counts.gold),
      speaker: accuracy(counts.speakerCorrect, counts.partial.tp),
      endToEnd: precisionRecall(counts.endToEndTp, counts.partial.system, counts.gold),
      cue: accuracy(counts.cueCorrect, counts.partial.tp),
    };
  }
  return { documents: scores.length, kinds };
}
