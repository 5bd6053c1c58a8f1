/**
 * Test helpers for the evaluation module: locate phrases in a text by
 * position, find straight-quote regions, and build gold attributions and the
 * "perfect" system quotes that mirror them.
 */

import type { QuoteType, Span } from '../../src/types.js';
import type { GoldAttribution } from '../../src/eval/brat.js';
import type { SystemQuote } from '../../src/eval/score.js';

/** Span of the n-th (0-based) occurrence of `phrase` in `text`; throws when absent. */
export function at(text: string, phrase: string, occurrence = 0): Span {
  let index = -1;
  for (let k = 0; k <= occurrence; k++) {
    index = text.indexOf(phrase, index + 1);
    if (index < 0) throw new Error(`"${phrase}" (#${occurrence}) not in text`);
  }
  return { start: index, end: index + phrase.length };
}

/** Regions between pairs of straight or curly double quotation marks (marks excluded). */
export function quotedRegions(text: string): Span[] {
  const regions: Span[] = [];
  for (const match of text.matchAll(/["“]([^"“”]*)["”]/g)) {
    regions.push({ start: match.index + 1, end: match.index + 1 + match[1]!.length });
  }
  return regions;
}

export function gold(
  id: string,
  content: Span[],
  source: Span[] | null,
  cue: Span[] | null,
): GoldAttribution {
  const sorted = [...content].sort((a, b) => a.start - b.start);
  return {
    id,
    content: sorted,
    extent: { start: sorted[0]!.start, end: sorted[sorted.length - 1]!.end },
    source,
    cue,
  };
}

/** The system quote that reproduces a gold attribution exactly. */
export function mirror(attribution: GoldAttribution, type: QuoteType): SystemQuote {
  return {
    type,
    start: attribution.extent.start,
    end: attribution.extent.end,
    parts: attribution.content.map((piece) => ({ ...piece })),
    speakerMention: attribution.source ? { ...attribution.source[0]! } : null,
    hasSpeaker: attribution.source !== null,
    cue: attribution.cue ? { ...attribution.cue[0]! } : null,
  };
}

/** A system quote with just a content span, no speaker and no cue. */
export function bare(type: QuoteType, content: Span): SystemQuote {
  return {
    type,
    start: content.start,
    end: content.end,
    parts: [{ ...content }],
    speakerMention: null,
    hasSpeaker: false,
    cue: null,
  };
}

/** Span of the n-th (0-based) whole-word occurrence of `word` in `text`. */
export function atWord(text: string, word: string, occurrence = 0): Span {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matches = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))];
  const match = matches[occurrence];
  if (match === undefined) throw new Error(`word "${word}" (#${occurrence}) not in text`);
  return { start: match.index, end: match.index + word.length };
}
