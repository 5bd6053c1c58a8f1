/**
 * Stage 4, quotation marks: find every top-level quotation in the text.
 *
 * Marks come from the one table in lexicon/quotation-marks. A straight
 * double quote opens or closes by context. Quotations nested in another
 * stay inside it. A paragraph that leaves a quotation open, followed by a
 * paragraph that opens with a quotation mark, continues the same quotation
 * (news convention), which then has one part per paragraph. Unbalanced marks
 * never stop the scan: they add a warning and the rest of the document is
 * read as usual.
 */
import {
  CLOSING_MARKS,
  OPENING_MARKS,
  QUOTATION_MARK_PAIRS,
  type QuotationMarkPair,
} from '../lexicon/quotation-marks.js';
import type { Paragraph, Quotation, Span, Warning } from '../types.js';
import { trimSpan } from './02-paragraphs.js';

export interface QuotationScan {
  quotations: Quotation[];
  warnings: Warning[];
}

interface OpenMark {
  pair: QuotationMarkPair;
  /** Offset of the opening mark. */
  at: number;
}

/** A top-level quotation still open at the end of a paragraph. */
interface OpenQuotation {
  parts: Span[];
  open: number;
  paragraph: number;
}

const STRAIGHT = QUOTATION_MARK_PAIRS.find((p) => p.ambiguous)!;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** A straight quote opens when it follows a space or an opening bracket/dash and precedes a non-space. */
function straightQuoteOpens(text: string, i: number, paragraph: Span): boolean {
  const before = i > paragraph.start ? text[i - 1] : undefined;
  const after = i + 1 < paragraph.end ? text[i + 1] : undefined;
  const openContext = before === undefined || /[\s([{\u2014\u2013\-/]/.test(before) || OPENING_MARKS.has(before);
  return openContext && !isSpace(after);
}

function pairOpenedBy(mark: string): QuotationMarkPair {
  return QUOTATION_MARK_PAIRS.find((p) => p.open === mark)!;
}

function warning(code: string, message: string, at: number): Warning {
  return { code, message, start: at, end: at + 1 };
}

export function findQuotations(text: string, paragraphs: Paragraph[]): QuotationScan {
  const quotations: Quotation[] = [];
  const warnings: Warning[] = [];
  let carried: OpenQuotation | null = null;

  const emit = (open: OpenQuotation, close: number, closed: boolean): void => {
    const parts = open.parts.filter((p) => p.end > p.start);
    if (parts.length === 0) return;
    quotations.push({
      start: parts[0]!.start,
      end: parts.at(-1)!.end,
      parts,
      open: open.open,
      close,
      closed,
      paragraph: open.paragraph,
    });
  };

  for (const paragraph of paragraphs) {
    const stack: OpenMark[] = [];
    let continued: OpenQuotation | null = null;
    let i = paragraph.start;
    if (carried) {
      const first = text[paragraph.start]!;
      if (OPENING_MARKS.has(first)) {
        continued = carried;
        stack.push({ pair: pairOpenedBy(first), at: paragraph.start });
        i++;
      } else {
        const last = carried.parts.at(-1)!;
        warnings.push(warning('unclosed-quote', 'a quotation mark is never closed; the quotation ends with its paragraph', carried.open));
        emit(carried, last.end, false);
      }
      carried = null;
    }

    const closeTop = (at: number): void => {
      const mark = stack.pop()!;
      if (stack.length > 0) return; // a nested quotation stays inside its outer one
      const part = trimSpan(text, mark.at + 1, at);
      const open: OpenQuotation = continued
        ? { ...continued, parts: [...continued.parts, part] }
        : { parts: [part], open: mark.at, paragraph: paragraph.index };
      continued = null;
      emit(open, at + 1, true);
    };

    for (; i < paragraph.end; i++) {
      const ch = text[i]!;
      if (!OPENING_MARKS.has(ch) && !CLOSING_MARKS.has(ch)) continue;
      const top = stack.at(-1);
      if (ch === STRAIGHT.open) {
        // "…"  inside any quotation, a straight mark that opens by context nests;
        // otherwise it closes the innermost quotation (“…" mixed typography is common)
        if (straightQuoteOpens(text, i, paragraph)) stack.push({ pair: STRAIGHT, at: i });
        else if (top) closeTop(i);
        else warnings.push(warning('stray-quote', 'a closing quotation mark has no opening mark', i));
        continue;
      }
      // a mark that closes an open quotation (“ closes „) takes precedence over opening a new one
      const closes = stack.findLastIndex((m) => m.pair.close === ch || (ch === '\u201D' && m.pair === STRAIGHT));
      if (closes >= 0) {
        stack.length = closes + 1;
        closeTop(i);
      } else if (OPENING_MARKS.has(ch)) {
        stack.push({ pair: pairOpenedBy(ch), at: i });
      } else {
        warnings.push(warning('stray-quote', 'a closing quotation mark has no opening mark', i));
      }
    }

    const outer = stack[0];
    if (outer) {
      const part = trimSpan(text, outer.at + 1, paragraph.end);
      // closeTop may have consumed `continued`; the compiler cannot see that through the closure
      const stillOpen = continued as OpenQuotation | null;
      carried = stillOpen
        ? { ...stillOpen, parts: [...stillOpen.parts, part] }
        : { parts: [part], open: outer.at, paragraph: paragraph.index };
    }
  }
  if (carried) {
    warnings.push(warning('unclosed-quote', 'a quotation mark is never closed; the quotation ends with its paragraph', carried.open));
    emit(carried, carried.parts.at(-1)!.end, false);
  }
  return { quotations, warnings };
}

/** Every quoted region of the text (the parts of every top-level quotation). */
export function quotedRegions(text: string, paragraphs: Paragraph[]): Span[] {
  return findQuotations(text, paragraphs).quotations.flatMap((q) => q.parts);
}
