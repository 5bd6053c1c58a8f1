/**
 * Which quotations are kept as speech when no sieve attributes them, and which
 * reported speech is dropped because a quotation already owns its cue.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const kept = (text: string): string[] => extractQuotes(text).quotes.map((q) => `${q.type}: ${q.text}`);

describe('speech without an attribution of its own', () => {
  it.each([
    ['The mayor shook her head and said, "No."', ['direct: No.']],
    ['The crowd broke into chants of "Four more years!" at the end.', ['direct: Four more years!']],
    // labels and scare quotes are not speech
    ['The plan was based on a "straw vote" of forty drivers and a "historic core" map.', []],
    ['The film, titled "Scam," opens on Friday.', []],
  ])('%s', (text, expected) => {
    expect(kept(text)).toEqual(expected);
  });

  it('keeps a reported clause that quotes a stretch of words, even with no speaker found', () => {
    const text = 'The new rules, in the words of one councillor, "will cost us more than they save."';
    expect(kept(text)).toEqual([`mixed: ${text}`]);
  });
});

describe('reported speech at the cue of a quotation', () => {
  it('is the quotation\'s attribution, not a second quote', () => {
    expect(kept('"We are ready." Putin added on Tuesday in Tokyo.')).toEqual(['direct: We are ready.']);
  });

  it('still finds a reported clause introduced after a quotation that ended its sentence', () => {
    const quotes = extractQuotes('Talks went on for hours, "without a break." He said, twice, that he would stay.').quotes;
    expect(quotes.map((q) => q.type)).toContain('indirect');
    expect(quotes.find((q) => q.type === 'indirect')?.text).toBe('that he would stay');
  });
});

describe('where a reported clause starts', () => {
  it.each([
    ['Trump says on Twitter that it is sad that Obama did not attend.', 'that it is sad that Obama did not attend'],
    ['Rubio told reporters on Tuesday that he would stay in the race.', 'that he would stay in the race'],
    ['The mayor said, twice, that the bridge would reopen.', 'that the bridge would reopen'],
    ['Officials said Monday the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['Officials said on Monday night the bridge would reopen.', 'the bridge would reopen'],
  ])('%s', (text, content) => {
    expect(extractQuotes(text).quotes.find((q) => q.type === 'indirect')?.text).toBe(content);
  });
});
