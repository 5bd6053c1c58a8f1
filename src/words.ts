/**
 * Word counting, one definition for every stage: a word is a run of letters
 * and digits (the same tokens the evaluation metric uses).
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** wordCount(text) >= n, counting no further than n: most tests ask for a few words of a long clause. */
export function hasWords(text: string, n: number): boolean {
  if (n <= 0) return true;
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text)) {
    if (++count >= n) {
      WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}
