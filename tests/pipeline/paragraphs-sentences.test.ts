import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/pipeline/02-paragraphs.js';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../src/pipeline/03-sentences.js';

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('paragraphs', () => {
  it('takes each non-blank line as a paragraph, trimmed, numbered from 1', () => {
    const text = 'Title\n\n  First paragraph.  \n\nSecond one.\n';
    const paragraphs = splitParagraphs(text);
    expect(slices(text, paragraphs)).toEqual(['Title', 'First paragraph.', 'Second one.']);
    expect(paragraphs.map((p) => p.index)).toEqual([1, 2, 3]);
  });

  it('takes single newlines as paragraph breaks when there are no blank lines', () => {
    expect(slices('One.\nTwo.\nThree.', splitParagraphs('One.\nTwo.\nThree.'))).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('joins the lines of a hard-wrapped document into blocks', () => {
    const text = 'The council met on Monday and\nvoted to fund the park.\n\nIt was a long\nmeeting.\n';
    expect(slices(text, splitParagraphs(text))).toEqual([
      'The council met on Monday and\nvoted to fund the park.',
      'It was a long\nmeeting.',
    ]);
  });

  it('handles CRLF and CR line endings without moving offsets', () => {
    const crlf = 'One.\r\n\r\nTwo.\r\n\r\nThree.';
    expect(slices(crlf, splitParagraphs(crlf))).toEqual(['One.', 'Two.', 'Three.']);
    const cr = 'One.\r\rTwo.\r\rThree.';
    expect(slices(cr, splitParagraphs(cr))).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('gives no paragraph for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\t\n')).toEqual([]);
  });
});

describe('sentences', () => {
  const split = (text: string) => slices(text, splitSentences(text, splitParagraphs(text)));

  it.each([
    ['Putin spoke. Trump listened.', ['Putin spoke.', 'Trump listened.']],
    ['He asked why? Nobody knew!', ['He asked why?', 'Nobody knew!']],
    ['Sen. Ted Cruz and Mr. Smith met in the U.S. Senate today.', ['Sen. Ted Cruz and Mr. Smith met in the U.S. Senate today.']],
    ['US president elect Donald J. Trump spoke.', ['US president elect Donald J. Trump spoke.']],
    ['"We are ready." Putin said it twice.', ['"We are ready."', 'Putin said it twice.']],
    ['"Are you ready?" she asked.', ['"Are you ready?" she asked.']],
    ['It rose 3.5 percent. Then it fell.', ['It rose 3.5 percent.', 'Then it fell.']],
    // an abbreviation that can end a sentence does so before a sentence opener; a title never does
    ['Polls close at 7 p.m. He says turnout is high.', ['Polls close at 7 p.m.', 'He says turnout is high.']],
    ['Troops left the U.S. The war ended.', ['Troops left the U.S.', 'The war ended.']],
    ['He met U.S. officials at 7 p.m. Tuesday.', ['He met U.S. officials at 7 p.m. Tuesday.']],
    ['She thanked Gen. He Wei and Sen. The Honorable Smith.', ['She thanked Gen. He Wei and Sen. The Honorable Smith.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('cuts text without sentence punctuation into bounded pieces at spaces, covering all of it', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const sentences = splitSentences(text, splitParagraphs(text));
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(sentences.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('cuts one enormous word anywhere, never inside a surrogate pair', () => {
    const text = `a${'😀'.repeat(3000)}`; // odd offsets: a cut at the limit would split a pair
    const sentences = splitSentences(text, splitParagraphs(text));
    expect(sentences.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
  });

  it('never lets a sentence cross a paragraph', () => {
    expect(split('No stop here\n\nNext paragraph')).toEqual(['No stop here', 'Next paragraph']);
  });
});
