/**
 * Stage 3, sentences: split each paragraph into sentences.
 *
 * A sentence ends at . ! ? or … (with any closing quotation marks or brackets
 * after it) when whitespace and a capital letter, digit or opening mark
 * follow, unless the full stop ends an abbreviation ("Sen.", "U.S.") or an
 * initial ("Donald J. Trump"). A sentence never crosses a paragraph.
 */
import { ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import type { Paragraph, Sentence } from '../types.js';

// terminator, then closing marks/brackets, then whitespace, then a sentence opener
const BOUNDARY = /[.!?\u2026]+["'\u201D\u2019\u00BB\u300D\u300F)\]]*(?=\s+["'\u201C\u2018\u00AB\u201E(\[]*[\p{Lu}\p{N}])/gu;

/** True when the full stop at `dot` ends an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number, from: number): boolean {
  let i = dot;
  while (i > from && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 0) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "J."
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  if (!word.includes('.') && !ABBREVIATIONS.has(word)) return false;
  // "U.S.", "a.m.", "Calif.": part of the sentence, unless a sentence opener follows ("at 7 p.m. He says")
  const next = /^\s+["'\u201C\u2018]?(\p{L}+)/u.exec(text.slice(dot + 1, dot + 40))?.[1];
  return !(next && /^\p{Lu}/u.test(next) && SENTENCE_OPENERS.has(next.toLowerCase()));
}

/**
 * The longest sentence the later stages see. Real sentences are far shorter
 * (the longest in PolNeAR train, split roughly at stops, has 979 characters); text without
 * sentence punctuation is cut into pieces this long at a space, so no stage
 * works on an unbounded stretch (and none becomes quadratic in it).
 */
export const MAX_SENTENCE_LENGTH = 2000;

/** Pushes [start, end) as one sentence, or as several when it is longer than MAX_SENTENCE_LENGTH. */
function pushBounded(text: string, sentences: Sentence[], start: number, end: number, paragraph: number): void {
  while (end - start > MAX_SENTENCE_LENGTH) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE_LENGTH);
    if (cut <= start) cut = start + MAX_SENTENCE_LENGTH; // one enormous word: cut it anywhere
    // never between the halves of a surrogate pair
    if (/[\uD800-\uDBFF]/u.test(text[cut - 1] ?? '')) cut--;
    sentences.push({ start, end: cut, paragraph });
    start = cut;
    while (start < end && /\s/u.test(text[start]!)) start++;
  }
  if (start < end) sentences.push({ start, end, paragraph });
}

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    let start = paragraph.start;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const terminator = paragraph.start + m.index;
      const end = terminator + m[0].length;
      // only a single full stop can end an abbreviation; "...", "?" and "!" always end the sentence
      if (/^\.(?!\.)/.test(m[0]) && isAbbreviation(text, terminator, start)) {
        continue;
      }
      pushBounded(text, sentences, start, end, paragraph.index);
      start = end;
      while (start < paragraph.end && /\s/.test(text[start]!)) start++;
    }
    if (start < paragraph.end) pushBounded(text, sentences, start, paragraph.end, paragraph.index);
  }
  return sentences;
}
