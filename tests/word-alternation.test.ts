/**
 * wordAlternation (src/regex.ts): a trie of words matches what the
 * alternation of the words sorted longest first matches, with the same
 * backtracking order, case-sensitively and not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordAlternation } from '../src/regex.js';
import { CLAUSE_VERB_FORMS, REPORTING_VERB_FORMS } from '../src/lexicon/reporting-verbs.js';
import { WORD_END, verbForms, wordBefore } from '../src/sieves/grammar.js';

const sorted = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Every match of a pattern, with its groups and offsets. */
const matches = (source: string, flags: string, text: string): unknown[] =>
  [...text.matchAll(new RegExp(source, `${flags}dg`))].map((m) => [m.index, [...m], m.indices]);

// a small alphabet, so that words share beginnings, end inside each other and differ in case only
const letter = fc.constantFrom('a', 'b', 'c', 'A', 'B', '.', ' ', 'ſ', 'S', 's');
const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
const words = fc.uniqueArray(word, { minLength: 1, maxLength: 12 });
const text = fc.array(letter, { maxLength: 30 }).map((cs) => cs.join(''));

describe('wordAlternation', () => {
  it('writes shared beginnings once', () => {
    expect(wordAlternation(['acknowledged', 'acknowledges', 'acknowledging', 'acknowledge'])).toBe('acknowledg(?:e(?:d|s)?|ing)');
    expect(wordAlternation(['point out', 'pointed out', 'pointing out', 'point.'])).toBe('point(?: out|\\.|ed out|ing out)');
  });

  it('writes the sorted alternation when two branching letters are one letter in two cases', () => {
    expect(wordAlternation(['ab', 'Abc'])).toBe('Abc|ab');
    // here the trie would be the shorter source, and under the 'i' flag would take "Abcdefgh" first
    const list = ['Abcdefgh', 'abcdefghijk', 'abcdefghijl', 'abcdefghijm'];
    expect(wordAlternation(list)).toBe(sorted(list));
    expect(matches(`^(${wordAlternation(list)})`, 'iu', 'abcdefghijk')).toEqual(matches(`^(${sorted(list)})`, 'iu', 'abcdefghijk'));
  });

  it('writes the sorted alternation when it is shorter', () => {
    expect(wordAlternation(['Sen', 'Gov'])).toBe('Sen|Gov');
  });

  // the continuations make the backtracking order show: the first word that lets the rest match wins
  for (const flags of ['u', 'iu']) {
    for (const [name, around] of [
      ['alone', (alt: string) => `(?:${alt})`],
      ['before a group that takes what is left', (alt: string) => `(?:${alt})([a.]*)`],
      ['captured, before an optional word', (alt: string) => `(${alt})(?:(${alt})|b)?`],
      ['in a lookbehind', (alt: string) => `(?<=(?:${alt}))c`],
    ] as const) {
      it(`finds what the sorted alternation finds, ${name}, flags ${flags}`, () => {
        fc.assert(
          fc.property(words, text, (list, t) => {
            expect(matches(around(wordAlternation(list)), flags, t)).toEqual(matches(around(sorted(list)), flags, t));
          }),
          { numRuns: 400 },
        );
      });
    }
  }

  it('finds what the sorted alternation finds for the reporting verbs, in running text', () => {
    const forms = [...REPORTING_VERB_FORMS.keys(), ...CLAUSE_VERB_FORMS.keys()];
    const text = `${forms.join(' and ')} ${forms.map((f) => `${f.slice(0, -1)} ${f}s`).join(', ')}`;
    for (const list of [[...REPORTING_VERB_FORMS.keys()], [...CLAUSE_VERB_FORMS.keys()]]) {
      expect(wordAlternation(list).length).toBeLessThan(sorted(list).length);
      for (const flags of ['u', 'iu']) expect(matches(`(${wordAlternation(list)})(\\s\\w+)?`, flags, text)).toEqual(matches(`(${sorted(list)})(\\s\\w+)?`, flags, text));
    }
  });
});

/**
 * wordBefore and verbForms (src/sieves/grammar.ts) read word lists through a
 * lookahead: they must match what the sorted alternation followed by the same
 * end matches, in the same order, wherever a pattern holds them.
 */
describe('words found by a lookahead', () => {
  const lettersWord = fc.array(fc.constantFrom('a', 'b', 'A', 'é', 'ſ', 'S'), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
  const lettersList = fc.uniqueArray(lettersWord, { minLength: 1, maxLength: 10 });
  const running = fc.array(fc.constantFrom('a', 'b', 'A', 'é', 'ſ', 'S', ' ', '.', '1', '\u0301', ','), { maxLength: 30 }).map((cs) => cs.join(''));
  const contexts = [
    (x: string) => x,
    (x: string) => `(${x})(\\s\\p{L}+)?`,
    (x: string) => `(?<![\\p{L}\\p{M}\\p{N}])(${x})([\\p{L}. ]*)`,
  ];
  for (const [name, end] of [['WORD_END', WORD_END], ['white space', String.raw`\s`], ['a full stop', String.raw`\.`]] as const) {
    for (const flags of ['u', 'iu']) {
      it(`wordBefore: before ${name}, flags ${flags}`, () => {
        fc.assert(
          fc.property(lettersList, running, (list, t) => {
            for (const context of contexts) expect(matches(context(wordBefore(list, end)), flags, t)).toEqual(matches(context(`(?:${sorted(list)})${end}`), flags, t));
          }),
          { numRuns: 300 },
        );
      });
    }
  }

  it('wordBefore refuses a word that is not all letters', () => {
    expect(() => wordBefore(['Sen', 'U.S'], String.raw`\.`)).toThrow(/U\.S/);
  });

  const formsList = fc.uniqueArray(
    fc.array(lettersWord, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
    { minLength: 1, maxLength: 10 },
  );
  for (const flags of ['u', 'iu']) {
    it(`verbForms: what the sorted forms find before a word's end, white space or the end, flags ${flags}`, () => {
      fc.assert(
        fc.property(formsList, running, (list, t) => {
          const old = `(?:${sorted(list).replace(/ /g, '\\s')})`;
          for (const after of [WORD_END, String.raw`\s+(\p{L}*)`, String.raw`\s*$`]) {
            expect(matches(`(${verbForms(list)})${after}`, flags, t)).toEqual(matches(`(${old})${after}`, flags, t));
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('verbForms: the shipped verb lists, in running text', () => {
    for (const forms of [REPORTING_VERB_FORMS.keys(), CLAUSE_VERB_FORMS.keys()]) {
      const list = [...forms];
      const text = `${list.join(', and ')}. ${list.map((f) => `${f}s ${f.slice(1)} ${f} that`).join('; ')}`;
      const old = `(?:${sorted(list).replace(/ /g, '\\s')})`;
      for (const flags of ['u', 'iu']) expect(matches(`(${verbForms(list)})${WORD_END}(\\s\\p{L}+)?`, flags, text)).toEqual(matches(`(${old})${WORD_END}(\\s\\p{L}+)?`, flags, text));
    }
  });
});
