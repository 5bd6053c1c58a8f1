/**
 * Sieve name-colon-quote: a name and a colon open the paragraph, then the
 * quotation (interview transcripts).
 *   Jane Doe: "…"
 */
import { NAME, WORD_END, lazyPattern } from './grammar.js';
import { type Sieve, type SieveInput, type Window, patternSieve } from './sieve.js';

/** The text from the start of the quotation's paragraph to its opening mark. */
function paragraphOpening(input: SieveInput): Window {
  const paragraph = input.paragraphs[input.quotation.paragraph - 1]!;
  return { start: paragraph.start, text: input.text.slice(paragraph.start, input.quotation.open) };
}

export const nameColonQuote: Sieve = patternSieve({
  id: 'name-colon-quote',
  example: 'Jane Doe: "…"',
  precision: 0.75, // 14 of 18 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  window: paragraphOpening,
  // the colon, a cheap test before the pattern
  needs: (window) => /:\s*$/u.test(window),
  pattern: lazyPattern(String.raw`^(${NAME})${WORD_END}\s*:\s*$`),
  mentionGroup: 1,
});
