/**
 * The glob matcher: a table of patterns, paths and whether they match, and
 * how a pattern splits into the folder the walk starts from and the rest.
 */
import { describe, expect, it } from 'vitest';
import { globToRegExp, hasMagic, splitGlob } from '../../src/batch/glob.js';

const MATCHES: [pattern: string, path: string, matches: boolean][] = [
  ['*.txt', 'a.txt', true],
  ['*.txt', 'a.md', false],
  ['*.txt', 'sub/a.txt', false],
  ['*', 'a.txt', true],
  ['a?c.txt', 'abc.txt', true],
  ['a?c.txt', 'ac.txt', false],
  ['a?c.txt', 'a/c.txt', false],
  ['**/*.txt', 'a.txt', true],
  ['**/*.txt', 'x/y/z/a.txt', true],
  ['**/*.txt', 'x/y/z/a.md', false],
  ['x/**/a.txt', 'x/a.txt', true],
  ['x/**/a.txt', 'x/1/2/a.txt', true],
  ['x/**/a.txt', 'y/1/a.txt', false],
  ['x/**', 'x/1/2/a.txt', true],
  ['a**b.txt', 'a/b.txt', false],
  ['a**b.txt', 'axxb.txt', true],
  ['[abc].txt', 'b.txt', true],
  ['[abc].txt', 'd.txt', false],
  ['[a-c].txt', 'b.txt', true],
  ['[!a-c].txt', 'b.txt', false],
  ['[!a-c].txt', 'd.txt', true],
  ['[]].txt', '].txt', true],
  ['[.txt', '[.txt', true],
  ['{a,b}.txt', 'a.txt', true],
  ['{a,b}.txt', 'b.txt', true],
  ['{a,b}.txt', 'c.txt', false],
  ['*.{txt,md}', 'x.md', true],
  ['{news/**/,}*.txt', 'news/2024/a.txt', true],
  ['{news/**/,}*.txt', 'a.txt', true],
  ['{a,{b,c}d}.txt', 'cd.txt', true],
  ['{a}.txt', '{a}.txt', true],
  ['a.txt', 'a.txt', true],
  ['a.txt', 'abtxt', false],
  ['\\*.txt', '*.txt', true],
  ['\\*.txt', 'a.txt', false],
  ['(a).txt', '(a).txt', true],
];

describe('globToRegExp', () => {
  it.each(MATCHES)('%s against %s: %s', (pattern, path, matches) => {
    expect(globToRegExp(pattern).test(path)).toBe(matches);
  });
});

describe('splitGlob', () => {
  it.each([
    ['news/**/*.txt', { base: 'news', pattern: '**/*.txt', depth: Infinity }],
    ['news/2024/*.txt', { base: 'news/2024', pattern: '*.txt', depth: 0 }],
    ['*.txt', { base: '', pattern: '*.txt', depth: 0 }],
    ['/data/*/a.txt', { base: '/data', pattern: '*/a.txt', depth: 1 }],
    ['/*.txt', { base: '/', pattern: '*.txt', depth: 0 }],
    ['a/{b,c}/d.txt', { base: 'a', pattern: '{b,c}/d.txt', depth: 1 }],
  ])('%s', (glob, split) => {
    expect(splitGlob(glob)).toEqual(split);
  });

  it('tells glob syntax from a plain path', () => {
    expect(hasMagic('news/a.txt')).toBe(false);
    expect(['*.txt', 'a?.txt', '[ab].txt', '{a,b}.txt'].every(hasMagic)).toBe(true);
  });
});
