/**
 * Stage 2, paragraphs: split the text into paragraphs.
 *
 * A document whose blank-line-separated blocks hold several short lines is
 * hard-wrapped: a paragraph is a block. Otherwise every non-blank line is a
 * paragraph (news exports put one paragraph on each line). Spans exclude
 * surrounding whitespace.
 */
import type { Paragraph, Span } from '../types.js';

/** Lines shorter than this, several to a block, mark a hard-wrapped document. */
const WRAP_WIDTH = 100;

/** Non-blank lines, as trimmed spans. */
function lineSpans(text: string): Span[] {
  const lines: Span[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const span = trimSpan(text, start, end);
    if (span.end > span.start) lines.push(span);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function countLineBreaks(gap: string): number {
  return gap.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Groups consecutive lines with no blank line between them. */
function blocks(text: string, lines: Span[]): Span[][] {
  const groups: Span[][] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    const previous = last?.at(-1);
    if (last && previous && countLineBreaks(text.slice(previous.end, line.start)) < 2) {
      last.push(line);
    } else {
      groups.push([line]);
    }
  }
  return groups;
}

export function splitParagraphs(text: string): Paragraph[] {
  const lines = lineSpans(text);
  const groups = blocks(text, lines);
  const multiLine = groups.filter((g) => g.length > 1);
  // a document without blank lines has one paragraph a line, however short its lines
  const wrapped =
    groups.length > 1 &&
    multiLine.length > 0 &&
    multiLine.length * 2 >= groups.length &&
    multiLine.every((g) => g.slice(0, -1).every((l) => l.end - l.start <= WRAP_WIDTH));
  const spans = wrapped
    ? groups.map((g) => ({ start: g[0]!.start, end: g.at(-1)!.end }))
    : lines;
  return spans.map((s, i) => ({ index: i + 1, start: s.start, end: s.end }));
}
