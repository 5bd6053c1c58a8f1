/**
 * Stage 5's lookups that read backwards from a quotation (issue #9: a 5 MB
 * line of short quotations spent most of its time scanning each sentence
 * from its start): they give what the pattern over the whole stretch gave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordBefore } from '../../src/pipeline/05-quote-spans.js';

/** The pattern wordBefore replaces, over the stretch from `from` to `offset`. */
const byPattern = (text: string, from: number, offset: number): string => /([\p{L}\p{M}'’]+)\s*$/u.exec(text.slice(from, offset))?.[1]?.toLowerCase() ?? '';

/** Letters, marks, apostrophes, white space of every kind, surrogate pairs and lone halves, digits, quotation marks. */
const CHARACTERS = ['a', 'B', 'é', '\u0301', "'", '’', ' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u2028', '𝐀', '😀', '\uD835', '\uDC00', '1', '"', '“', 'ß', 'İ'];

describe('wordBefore', () => {
  it('is the last word before the offset, as the pattern over the stretch finds it', () => {
    expect(wordBefore('He said  “No', 0, 9)).toBe('said');
    expect(wordBefore('He said', 3, 7)).toBe('said');
    expect(wordBefore('He said', 5, 7)).toBe('id');
    expect(wordBefore('He said, “No', 0, 9)).toBe('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 14 }), fc.nat(), fc.nat(), (characters, a, b) => {
        const text = characters.join('');
        const from = a % (text.length + 1);
        const offset = from + (b % (text.length - from + 1));
        expect(wordBefore(text, from, offset)).toBe(byPattern(text, from, offset));
      }),
      { numRuns: 20_000 },
    );
  });
});
