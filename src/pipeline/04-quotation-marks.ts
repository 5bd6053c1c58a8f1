/**
 * Stage 4, quotation marks: find every top-level quotation in the text.
 *
 * Marks come from the one table in lexicon/quotation-marks. Straight marks
 * (" ' '') open or close by context; ’ and ' are apostrophes inside words and
 * before elided numbers (don’t, ’90s), and a single mark left unclosed at the
 * end of its paragraph was an apostrophe too ("how ‘bout"). Quotations nested
 * in another stay inside it. A paragraph that leaves a quotation open,
 * followed by a paragraph that opens with a quotation mark, continues the same
 * quotation (news convention), which then has one part per paragraph.
 * Unbalanced marks never stop the scan: they add a warning and the rest of
 * the document is read as usual.
 */
import {
  APOSTROPHES,
  OPENING_MARKS,
  QUOTATION_MARK_PAIRS,
  markAt,
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

/** What a mark does here: opens a pair, closes the open mark at `frame`, or nothing (an apostrophe or a stray mark). */
type MarkRole = { kind: 'open'; pair: QuotationMarkPair } | { kind: 'close'; frame: number } | { kind: 'stray' } | { kind: 'none' };

interface MarkEvent {
  at: number;
  mark: string;
  role: MarkRole;
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && /\p{N}/u.test(ch);

/** The characters just before and just after a mark, within its paragraph. */
function neighbours(text: string, i: number, mark: string, paragraph: Span): { before?: string; after?: string } {
  const end = i + mark.length;
  return {
    ...(i > paragraph.start ? { before: text[i - 1] } : {}),
    ...(end < paragraph.end ? { after: text[end] } : {}),
  };
}

/** An ambiguous mark opens when it follows a space, an opening bracket, a dash or another opening mark, and precedes a non-space. */
function opensByContext(before: string | undefined, after: string | undefined): boolean {
  const openContext = before === undefined || /[\s([{\u2014\u2013\-/]/.test(before) || OPENING_MARKS.has(before);
  return openContext && !isSpace(after);
}

/**
 * A ’ or ' that is an apostrophe, not a quotation mark: inside a word (don’t,
 * Japan’s), eliding the start of a word or number (’90s, ’em, rock ’n’ roll).
 */
function isApostrophe(mark: string, before: string | undefined, after: string | undefined): boolean {
  if (!APOSTROPHES.has(mark)) return false;
  if (isLetter(before) && isLetter(after)) return true;
  if (isSpace(before) && isDigit(after)) return true;
  return mark === '\u2019' && (isSpace(before) || OPENING_MARKS.has(before!)) && isLetter(after);
}

/** Either apostrophe of ’n’ (rock ’n’ roll, fish ’n’ chips). */
function isElisionIdiom(text: string, i: number): boolean {
  const apostrophe = (ch: string | undefined): boolean => ch !== undefined && APOSTROPHES.has(ch);
  if (!apostrophe(text[i])) return false;
  const opens = text[i + 1] === 'n' && apostrophe(text[i + 2]) && isSpace(text[i - 1]) && isSpace(text[i + 3]);
  const closes = text[i - 1] === 'n' && apostrophe(text[i - 2]) && isSpace(text[i - 3]) && isSpace(text[i + 1]);
  return opens || closes;
}

/** The level of the curly closing marks that may also close a straight opening mark. */
const CLOSER_LEVEL: ReadonlyMap<string, 'double' | 'single'> = new Map([
  ['\u201D', 'double'],
  ['\u2019', 'single'],
]);

/**
 * Closing the open mark at `frame` is allowed unless a single mark would close
 * across an open double quotation (“…residents’ routines” is a possessive).
 */
function mayClose(stack: readonly OpenMark[], frame: number, level: 'double' | 'single'): boolean {
  return frame >= 0 && (frame === stack.length - 1 || level === 'double');
}

function markRole(mark: string, before: string | undefined, after: string | undefined, stack: readonly OpenMark[]): MarkRole {
  if (isApostrophe(mark, before, after)) return { kind: 'none' };
  const ambiguous = QUOTATION_MARK_PAIRS.find((p) => p.ambiguous && p.open === mark);
  if (ambiguous) {
    // "…" and '…': inside any quotation, a mark that opens by context nests; otherwise it
    // closes the innermost open mark of its level (“…" mixed typography is common)
    if (opensByContext(before, after)) return { kind: 'open', pair: ambiguous };
    const frame = stack.findLastIndex((m) => m.pair.level === ambiguous.level);
    if (mayClose(stack, frame, ambiguous.level)) return { kind: 'close', frame };
    return ambiguous.level === 'single' ? { kind: 'none' } : { kind: 'stray' };
  }
  // a mark that closes an open quotation (“ closes „) takes precedence over opening a new one;
  // ” and ’ also close a straight mark of their level
  const frame = stack.findLastIndex((m) => m.pair.close === mark || (m.pair.ambiguous && CLOSER_LEVEL.get(mark) === m.pair.level));
  if (frame >= 0 && mayClose(stack, frame, stack[frame]!.pair.level)) return { kind: 'close', frame };
  // “expedited review“: an opening mark typed for the closing one, where only a closing one fits
  const top = stack.at(-1);
  if (top && top.pair.open === mark && !isSpace(before) && (isSpace(after) || /^[\p{P}]$/u.test(after!))) {
    return { kind: 'close', frame: stack.length - 1 };
  }
  const opened = QUOTATION_MARK_PAIRS.find((p) => p.open === mark);
  if (opened) return opened.level === 'single' && isDigit(after) ? { kind: 'none' } : { kind: 'open', pair: opened };
  // a ’ with nothing to close is a possessive or an elision ("the players’ union")
  return mark === '\u2019' ? { kind: 'none' } : { kind: 'stray' };
}

/** The role of every mark of the paragraph from `from` on, with `initial` marks already open; `ignored` marks are apostrophes. */
function scanParagraph(text: string, paragraph: Span, from: number, initial: readonly OpenMark[], ignored: ReadonlySet<number>) {
  const stack = [...initial];
  const events: MarkEvent[] = [];
  for (let i = from; i < paragraph.end; i++) {
    let mark = markAt(text, i);
    if (!mark || ignored.has(i) || isElisionIdiom(text, i)) continue;
    // ''' closes a single quotation, then the double one around it: ''…'Kosovo is special,'''
    if (mark === "''" && text[i + 2] === "'" && stack.at(-1)?.pair.level === 'single') mark = "'";
    const { before, after } = neighbours(text, i, mark, paragraph);
    const role = markRole(mark, before, after, stack);
    events.push({ at: i, mark, role });
    if (role.kind === 'open') stack.push({ pair: role.pair, at: i });
    else if (role.kind === 'close') stack.length = role.frame;
    i += mark.length - 1;
  }
  return { events, open: stack };
}

/** How many times a paragraph is rescanned after taking unclosed single marks for apostrophes. */
const APOSTROPHE_RESCANS = 3;

/**
 * Scans a paragraph; a single mark left open at its end was an apostrophe
 * after all ("how ‘bout", "‘em"), so it is ignored and the paragraph scanned
 * again. Unclosed double marks stay: they may continue in the next paragraph.
 */
function resolveParagraph(text: string, paragraph: Span, from: number, initial: readonly OpenMark[]) {
  const ignored = new Set<number>();
  for (let attempt = 0; ; attempt++) {
    const scan = scanParagraph(text, paragraph, from, initial, ignored);
    const singles = scan.open.filter((m) => m.pair.level === 'single' && !initial.includes(m));
    if (singles.length === 0 || attempt === APOSTROPHE_RESCANS) return scan;
    for (const m of singles) ignored.add(m.at);
  }
}

/** The opening mark a paragraph starts with, when it continues an open quotation. */
function reopening(text: string, paragraph: Span): OpenMark | null {
  const mark = markAt(text, paragraph.start);
  if (!mark) return null;
  const { after } = neighbours(text, paragraph.start, mark, paragraph);
  const role = markRole(mark, undefined, after, []);
  return role.kind === 'open' ? { pair: role.pair, at: paragraph.start } : null;
}

function warning(code: string, message: string, at: number): Warning {
  return { code, message, start: at, end: at + 1 };
}

const UNCLOSED = 'a quotation mark is never closed; the quotation ends with its paragraph';

export function findQuotations(text: string, paragraphs: Paragraph[]): QuotationScan {
  const quotations: Quotation[] = [];
  const warnings: Warning[] = [];
  let carried = null as OpenQuotation | null;

  /** A quotation closed by the mark that ends at `close`, or (null) never closed: it ends with its last part that holds anything. */
  const emit = (open: OpenQuotation, close: number | null): void => {
    // the parts as they are when none is empty: an array made by filter() holds 17 slots, and most quotations have one part
    const parts = open.parts.every((p) => p.end > p.start) ? open.parts : open.parts.filter((p) => p.end > p.start);
    if (parts.length === 0) return;
    const end = parts.at(-1)!.end;
    quotations.push({ start: parts[0]!.start, end, parts, open: open.open, close: close ?? end, closed: close !== null, paragraph: open.paragraph });
  };

  for (const paragraph of paragraphs) {
    const stack: OpenMark[] = [];
    let continued = null as OpenQuotation | null;
    if (carried) {
      const reopened = reopening(text, paragraph);
      if (reopened) {
        continued = carried;
        stack.push(reopened);
      } else {
        warnings.push(warning('unclosed-quote', UNCLOSED, carried.open));
        emit(carried, null);
      }
      carried = null;
    }
    const from = stack[0] ? stack[0].at + stack[0].pair.open.length : paragraph.start;

    for (const { at, mark, role } of resolveParagraph(text, paragraph, from, stack).events) {
      if (role.kind === 'open') {
        stack.push({ pair: role.pair, at });
      } else if (role.kind === 'close') {
        stack.length = role.frame + 1;
        const opening = stack.pop()!;
        if (stack.length > 0) continue; // a nested quotation stays inside its outer one
        const part = trimSpan(text, opening.at + opening.pair.open.length, at);
        const open: OpenQuotation = continued
          ? { ...continued, parts: [...continued.parts, part] }
          : { parts: [part], open: opening.at, paragraph: paragraph.index };
        continued = null;
        emit(open, at + mark.length);
      } else if (role.kind === 'stray') {
        warnings.push(warning('stray-quote', 'a closing quotation mark has no opening mark', at));
      }
    }

    const outer = stack[0];
    if (outer) {
      const part = trimSpan(text, outer.at + outer.pair.open.length, paragraph.end);
      carried = continued
        ? { ...continued, parts: [...continued.parts, part] }
        : { parts: [part], open: outer.at, paragraph: paragraph.index };
    }
  }
  if (carried) {
    warnings.push(warning('unclosed-quote', UNCLOSED, carried.open));
    emit(carried, null);
  }
  return { quotations, warnings };
}

/** Every quoted region of the text (the parts of every top-level quotation). */
export function quotedRegions(text: string, paragraphs: Paragraph[]): Span[] {
  return findQuotations(text, paragraphs).quotations.flatMap((q) => q.parts);
}
