/**
 * Word counting, one definition for every stage: a word is a run of letters
 * and digits (the same tokens the evaluation metric uses).
 */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * How many words `text` has, counted no further than `limit`: most callers
 * ask whether a paragraph or a clause has more than a few. (Counted with
 * test(), which makes no match object; the words of every paragraph, matched
 * into an array, were 2% of a run.)
 */
export function wordCount(text: string, limit = Infinity): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < limit && WORD.test(text)) count++;
  WORD.lastIndex = 0;
  return count;
}

/** wordCount(text) >= n, counting no further than n. */
export function hasWords(text: string, n: number): boolean {
  return wordCount(text, n) >= n;
}

/** A word of the text with its offsets: letters, digits and the marks inside a word ("P&G", "Holtz-Eakin", "Mr."). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-.&]*/gu;

/** The words of `text`, offsets counted from `offset`; a word's final full stop is left out ("said." → "said"). */
export function tokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].replace(/[.'’\-]+$/u, '');
    out.push({ text: word, start: offset + m.index, end: offset + m.index + word.length });
  }
  return out;
}
