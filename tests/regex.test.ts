/**
 * The patterns' second form (src/regex.ts): on text of COMMON characters it
 * finds exactly what the first form finds, and it is used only while an
 * extraction reads such a text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { commonSource, isCommonText, lazyPattern, readingText } from '../src/regex.js';
import { DESCRIBED_NAME, HEARERS, MENTION, NAME, SUBJECT, WORD_END } from '../src/sieves/grammar.js';

/**
 * First in the file, while the grammar's patterns have only their second form:
 * each fixture article (its names given Latin Extended-A letters) read in the
 * second form, then again with an uncommon character in a last paragraph of
 * its own, which makes the whole pipeline compile and use the first form. The
 * quotes before that paragraph must be the same.
 */
describe('the whole pipeline in either form', () => {
  const dirs = ['fixtures', 'fixtures/reported'];
  const articles = dirs.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => `${dir}/${n}`));
  const accented = (text: string): string => text.replace(/Putin/gu, 'Erdoğan').replace(/Trump/gu, 'Łukasz').replace(/Smith/gu, 'Dvořák');
  const cases = articles.map((path) => [path, accented(readFileSync(path, 'utf8'))] as const).filter(([, text]) => isCommonText(text));
  const second = cases.map(([, text]) => extractQuotes(text).quotes);

  it('reads fixture articles of common characters', () => expect(cases.length).toBeGreaterThan(10));
  it.each(cases.map(([path, text], i) => [path, text, i] as const))('%s: the same quotes', (_, text, i) => {
    const first = extractQuotes(`${text}\n\nЖ`).quotes;
    expect(first).toEqual(second[i]);
  });
});

describe('isCommonText', () => {
  it.each([
    ['ASCII', 'Putin said "yes."'],
    ['curly quotes and dashes', 'O’Malley said: “We won” — twice…'],
    ['Latin-1 letters', 'José Peña, Zoë and Ångström, ½ and ²'],
    ['Latin Extended-A letters', 'Erdoğan, Łukaszenka, Dvořák'],
    ['combining marks', 'Pen\u0303a'],
    ['a byte-order mark', '\ufeffText'],
    ['corner brackets', '「Yes,」 he said'],
  ])('%s: common', (_, text) => expect(isCommonText(text)).toBe(true));
  it.each([
    ['Latin Extended-B', 'Ǆ and ș'],
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
  'Putin', 'Vladimir', 'José', 'Peña', 'Erdoğan', 'Łukasz', 'İstanbul', 'ı', 'ſ', 'Pen\u0303a', 'Zoë', 'O’Malley', 'al-Assad', 'Sen.', 'U.S.', 'J.', 'ÉLYSÉE', 'ß',
  '3', '½', '²', '10,000', 'Ø', 'þ', 'ª', '°', '×', '€', '§', '「', '」', '『', '』', '〇', '々',
];
const commonText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Every match of a global pattern: where, and what each group took. */
function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => JSON.stringify([m.index, ...m.slice(0), m.indices]));
}

it('COMMON is closed under case mapping: a common text stays common in upper or lower case', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (!isCommonText(ch)) continue;
    expect([ch, isCommonText(ch.toUpperCase()) && isCommonText(ch.toLowerCase())]).toEqual([ch, true]);
  }
});

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
    const first = readingText('Путин said', get);
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
