/** eachMatch (src/sieves/grammar.ts): a pattern's matches over a text one at a time, as matchAll finds them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches, eachMatch } from '../src/sieves/grammar.js';

describe('eachMatch', () => {
  it('finds what allMatches finds, empty matches included, and leaves lastIndex at 0', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '😀', '\n') }), fc.constantFrom('a+', 'b*', '\\s*', '(?:a|😀)', '$', '^'), fc.constantFrom('g', 'gu', 'gm'), (text, source, flags) => {
        const pattern = new RegExp(source, flags);
        const each = [...eachMatch(pattern, text)].map((m) => [m.index, m[0]]);
        expect(pattern.lastIndex).toBe(0);
        const matchAll = [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m[0]]);
        expect(each).toEqual(matchAll);
        expect(allMatches(pattern, text).map((m) => [m.index, m[0]])).toEqual(matchAll);
      }),
    );
  });
  it('goes on where it was when the loop body runs the same pattern', () => {
    const words = /\p{L}+/gu;
    const seen: string[] = [];
    for (const m of eachMatch(words, 'one two three')) {
      words.lastIndex = 0;
      words.exec('zzz');
      seen.push(m[0]);
    }
    expect(seen).toEqual(['one', 'two', 'three']);
  });
  it('resets lastIndex when the loop stops early', () => {
    const words = /\p{L}+/gu;
    for (const m of eachMatch(words, 'one two three')) if (m[0] === 'two') break;
    expect(words.lastIndex).toBe(0);
  });
});
