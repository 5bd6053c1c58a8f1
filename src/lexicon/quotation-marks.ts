/**
 * The one table of quotation-mark pairs. Every stage that needs to know what
 * opens or closes a quotation reads it from here.
 *
 * `ambiguous` marks are the same character for opening and closing (the
 * straight quotes); the quotation-mark stage decides from context. Single
 * marks double as apostrophes (don’t, Japan’s, ’90s), which that stage tells
 * apart too.
 */

export interface QuotationMarkPair {
  open: string;
  close: string;
  /** Same character opens and closes; decided from the surrounding characters. */
  ambiguous: boolean;
  /** Double marks are primary quotations in most news; single ones nest inside them (or are primary in British style). */
  level: 'double' | 'single';
}

export const QUOTATION_MARK_PAIRS: readonly QuotationMarkPair[] = [
  { open: "''", close: "''", ambiguous: true, level: 'double' }, // ''…'' (two apostrophes, as in NYT archives)
  { open: '"', close: '"', ambiguous: true, level: 'double' },
  { open: '\u2018\u2019', close: '\u2019\u2019', ambiguous: false, level: 'double' }, // ‘’…’’ (two single marks for a double, as typed in some newsrooms)
  { open: '\u2018\u2018', close: '\u2019\u2019', ambiguous: false, level: 'double' }, // ‘‘…’’
  { open: '\u201C', close: '\u201D', ambiguous: false, level: 'double' }, // “…”
  { open: '\u201E', close: '\u201C', ambiguous: false, level: 'double' }, // „…“ (German)
  { open: '\u00AB', close: '\u00BB', ambiguous: false, level: 'double' }, // «…»
  { open: '\u300C', close: '\u300D', ambiguous: false, level: 'double' }, // 「…」
  { open: '\u300E', close: '\u300F', ambiguous: false, level: 'single' }, // 『…』
  { open: "'", close: "'", ambiguous: true, level: 'single' },
  { open: '\u2018', close: '\u2019', ambiguous: false, level: 'single' }, // ‘…’
  { open: '\u201A', close: '\u2018', ambiguous: false, level: 'single' }, // ‚…‘ (German)
  { open: '\u2039', close: '\u203A', ambiguous: false, level: 'single' }, // ‹…›
];

/** Every mark that may open a quotation. */
export const OPENING_MARKS: ReadonlySet<string> = new Set(QUOTATION_MARK_PAIRS.map((p) => p.open));
/** Every mark that may close a quotation. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(QUOTATION_MARK_PAIRS.map((p) => p.close));
/** Every character that is, or begins, a quotation mark (for scanning and trimming). */
export const QUOTATION_MARK_CHARACTERS: ReadonlySet<string> = new Set([...OPENING_MARKS, ...CLOSING_MARKS].map((m) => m[0]!));

/** The quotation mark at `i` (the longest the table knows), or undefined. */
export function markAt(text: string, i: number): string | undefined {
  if (!QUOTATION_MARK_CHARACTERS.has(text[i]!)) return undefined;
  for (const mark of MARKS_LONGEST_FIRST) if (text.startsWith(mark, i)) return mark;
  return undefined;
}

const MARKS_LONGEST_FIRST = [...new Set([...OPENING_MARKS, ...CLOSING_MARKS])].sort((a, b) => b.length - a.length);
/** Characters that are apostrophes as often as closing quotation marks. */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019']);

/** Marks of double level (they open or close primary quotations in most news). */
export const DOUBLE_MARKS: ReadonlySet<string> = new Set(QUOTATION_MARK_PAIRS.filter((p) => p.level === 'double').flatMap((p) => [p.open, p.close]));

/** The offset of the first double quotation mark in text[from, to), or `to`. */
export function nextDoubleMark(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const mark = markAt(text, i);
    if (mark && DOUBLE_MARKS.has(mark)) return i;
  }
  return to;
}
