/**
 * wordAlternation (src/regex.ts): a trie of words matches what the
 * alternation of the words sorted longest first matches, with the same
 * backtracking order, case-sensitively and not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordAlternation } from '../src/regex.js';
import { CLAUSE_VERB_FORMS, REPORTING_VERB_FORMS } from '../src/lexicon/reporting-verbs.js';

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
    expect(wordAlternation(['point out', 'pointed out', 'pointing out', 'point.'])).toBe('point(?: out|ed out|ing out|\\.)');
  });

  it('writes the sorted alternation when two branching letters are one letter in two cases', () => {
    expect(wordAlternation(['ab', 'Abc'])).toBe('Abc|ab');
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
