/**
 * Lookups over sorted, disjoint spans (paragraphs, sentences, quotation
 * parts) by binary search, so that no stage does work quadratic in the
 * number of quotes, paragraphs or mentions.
 */
import type { Span } from './types.js';

/** How many of `count` ascending keys (key(0) ≤ key(1) ≤ …) are below `value`: a binary search. */
function countBelow(count: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span starting before `offset` (start < offset), or -1. */
function lastStartingBefore(spans: readonly { start: number }[], offset: number): number {
  return countBelow(spans.length, (i) => spans[i]!.start, offset) - 1;
}

/** Index of the span holding `offset` (start ≤ offset < end), or -1. */
export function indexAt(spans: readonly Span[], offset: number): number {
  const i = lastStartingBefore(spans, offset + 1);
  return i >= 0 && offset < spans[i]!.end ? i : -1;
}

/** The span holding `offset`, or undefined. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = indexAt(spans, offset);
  return i >= 0 ? spans[i] : undefined;
}

/** True when `span` shares a character with one of the sorted, disjoint `spans`. */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  const i = lastStartingBefore(spans, span.end);
  return i >= 0 && spans[i]!.end > span.start;
}

/** The union of `spans` as sorted, disjoint spans (what overlapsAny asks of its list). */
export function mergedSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** How many of the ascending `offsets` lie before `offset`. */
export function countBefore(offsets: readonly number[], offset: number): number {
  return countBelow(offsets.length, (i) => offsets[i]!, offset);
}
