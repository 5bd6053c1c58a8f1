/**
 * Word counting, one definition for every stage: a word is a run of letters
 * and digits (the same tokens the evaluation metric uses).
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
