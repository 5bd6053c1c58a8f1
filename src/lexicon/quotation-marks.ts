/**
 * The one table of quotation-mark pairs. Every stage that needs to know what
 * opens or closes a quotation reads it from here.
 *
 * `ambiguous` marks are the same character for opening and closing (the
 * straight double quote); the quotation-mark stage decides from context.
 */

export interface QuotationMarkPair {
  open: string;
  close: string;
  /** Same character opens and closes; decided from the surrounding characters. */
  ambiguous: boolean;
  /** Double marks are primary quotations in English news; single marks nest inside them. */
  level: 'double' | 'single';
}

export const QUOTATION_MARK_PAIRS: readonly QuotationMarkPair[] = [
  { open: '"', close: '"', ambiguous: true, level: 'double' },
  { open: '\u201C', close: '\u201D', ambiguous: false, level: 'double' }, // “…”
  { open: '\u201E', close: '\u201C', ambiguous: false, level: 'double' }, // „…“ (German)
  { open: '\u00AB', close: '\u00BB', ambiguous: false, level: 'double' }, // «…»
  { open: '\u300C', close: '\u300D', ambiguous: false, level: 'double' }, // 「…」
  { open: '\u300E', close: '\u300F', ambiguous: false, level: 'double' }, // 『…』
];

/** Every character that may open a quotation. */
export const OPENING_MARKS: ReadonlySet<string> = new Set(QUOTATION_MARK_PAIRS.map((p) => p.open));
/** Every character that may close a quotation. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(QUOTATION_MARK_PAIRS.map((p) => p.close));
/** Every quotation-mark character, single ones included (for trimming and scoring). */
export const ALL_QUOTATION_MARKS: ReadonlySet<string> = new Set([
  ...OPENING_MARKS,
  ...CLOSING_MARKS,
  "'",
  '\u2018',
  '\u2019',
  '\u201A',
  '\u2039',
  '\u203A',
]);

/** The pairs a given character can close, in table order. */
export function pairsClosedBy(mark: string): QuotationMarkPair[] {
  return QUOTATION_MARK_PAIRS.filter((p) => p.close === mark);
}
