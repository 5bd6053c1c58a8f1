/**
 * The binary searches of src/spans.ts against the scans they stand for, on
 * sorted offsets and sorted, disjoint spans made at random.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBefore, indexAt, overlapsAny, spanAt } from '../src/spans.js';
import type { Span } from '../src/types.js';

const offsets = fc.array(fc.nat(200), { maxLength: 40 }).map((xs) => xs.sort((a, b) => a - b));

/** Sorted, disjoint spans: cut points taken in pairs. */
const spans = fc.uniqueArray(fc.nat(200), { maxLength: 40 }).map((xs) => {
  const cuts = xs.sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) out.push({ start: cuts[i]!, end: cuts[i + 1]! });
  return out;
});

describe('countBefore', () => {
  it('counts the offsets below the one asked, repeated offsets included', () => {
    fc.assert(
      fc.property(offsets, fc.integer({ min: -1, max: 201 }), (xs, at) => {
        expect(countBefore(xs, at)).toBe(xs.filter((x) => x < at).length);
      }),
    );
  });
});

describe('span lookups', () => {
  it('find the span holding an offset, as a scan does', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: -1, max: 201 }), (list, at) => {
        const holding = list.findIndex((s) => s.start <= at && at < s.end);
        expect(indexAt(list, at)).toBe(holding);
        expect(spanAt(list, at)).toBe(holding >= 0 ? list[holding] : undefined);
      }),
    );
  });
  it('tell whether a span shares a character with any of them, as a scan does', () => {
    fc.assert(
      fc.property(spans, fc.nat(200), fc.nat(20), (list, start, length) => {
        const span = { start, end: start + length };
        expect(overlapsAny(list, span)).toBe(list.some((s) => s.start < span.end && span.start < s.end));
      }),
    );
  });
});
