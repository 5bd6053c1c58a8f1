/**
 * The patterns' second form (src/regex.ts): on text of COMMON characters it
 * finds exactly what the first form finds, and it is used only while an
 * extraction reads such a text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonSource, isCommonText, lazyPattern, readingText } from '../src/regex.js';
import { DESCRIBED_NAME, HEARERS, MENTION, NAME, SUBJECT, WORD_END } from '../src/sieves/grammar.js';

describe('isCommonText', () => {
  it.each([
    ['ASCII', 'Putin said "yes."'],
    ['curly quotes and dashes', 'O’Malley said: “We won” — twice…'],
    ['Latin-1 letters', 'José Peña, Zoë and Ångström, ½ and ²'],
    ['combining marks', 'Pen\u0303a'],
    ['a byte-order mark', '\ufeffText'],
    ['corner brackets', '「Yes,」 he said'],
  ])('%s: common', (_, text) => expect(isCommonText(text)).toBe(true));
  it.each([
    ['Latin Extended', 'Erdoğan said'],
    ['Cyrillic', 'Путин'],
    ['an emoji', 'great 😀'],
    ['micro sign (capital outside Latin-1)', '5 µm'],
    ['y with diaeresis (capital outside Latin-1)', 'Ÿ and ÿ'],
    ['CJK ideographs', '習近平'],
  ])('%s: not common', (_, text) => expect(isCommonText(text)).toBe(false));
});

/** Pieces of common text that exercise the classes: capitals, accents, marks, digits, apostrophes, punctuation. */
const PIECES = [
  ' ', ' ', ' ', ', ', '. ', ': ', '\n', '’', '‘', '“', '”', '"', "'", '—', '–', '-', '…', '\u00a0', '(', ')',
  'said', 'told', 'reporters', 'the', 'The', 'a', 'president', 'officials', 'who', 'that', 'and', 'of',
  'Putin', 'Vladimir', 'José', 'Peña', 'Pen\u0303a', 'Zoë', 'O’Malley', 'al-Assad', 'Sen.', 'U.S.', 'J.', 'ÉLYSÉE', 'ß',
  '3', '½', '²', '10,000', 'Ø', 'þ', 'ª', '°', '×', '€', '§', '「', '」', '『', '』', '〇', '々',
];
const commonText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Every match of a global pattern: where, and what each group took. */
function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => JSON.stringify([m.index, ...m.slice(0), m.indices]));
}

describe('commonSource', () => {
  const sources: [string, string][] = [
    ['NAME', NAME],
    ['MENTION', MENTION],
    ['SUBJECT', SUBJECT],
    ['DESCRIBED_NAME', DESCRIBED_NAME],
    ['HEARERS', HEARERS],
    ['a word end', String.raw`\p{Lu}\p{Ll}+${WORD_END}`],
    ['a negated class', String.raw`[^\p{L}\p{M}\s]+`],
    ['a lookbehind', String.raw`(?<![\p{L}'’]|\p{M}|\p{N})(${NAME})\s+said`],
  ];

  it.each(sources)('%s: the same matches as the first form on common text', (_, source) => {
    const first = new RegExp(source, 'gdu');
    const second = new RegExp(commonSource(source), 'gdu');
    expect(second.source).not.toContain('\\p{');
    fc.assert(
      fc.property(commonText, (text) => {
        expect(matches(second, text)).toEqual(matches(first, text));
      }),
      { numRuns: 300 },
    );
  });

  it('writes a class outside brackets as a class, inside brackets as more of its ranges', () => {
    expect(commonSource(String.raw`\p{Lu}`)).toMatch(/^\[A-Z/u);
    expect(commonSource(String.raw`[\p{N}x]`)).toMatch(/^\[0-9.*x\]$/u);
    expect(commonSource(String.raw`\\p{L}`)).toBe(String.raw`\\p{L}`);
  });
});

describe('lazyPattern', () => {
  it('uses the second form only while reading a common text, and the first for good once a text needed it', () => {
    const get = lazyPattern(String.raw`\p{Lu}\p{L}+`, 'gu');
    const second = readingText('Putin said', get);
    expect(second.source).not.toContain('\\p{');
    expect(readingText('Putin said', get)).toBe(second);
    const first = readingText('Erdoğan said', get);
    expect(first.source).toContain('\\p{');
    expect(readingText('Putin said', get)).toBe(first);
    expect(get()).toBe(first);
  });

  it('outside an extraction, the first form', () => {
    expect(lazyPattern(String.raw`\p{L}+`)().source).toBe(String.raw`\p{L}+`);
  });

  it('keeps case-insensitive patterns in their first form', () => {
    expect(readingText('said', lazyPattern(String.raw`\p{Lu}`, 'iu')).source).toBe(String.raw`\p{Lu}`);
  });
});
