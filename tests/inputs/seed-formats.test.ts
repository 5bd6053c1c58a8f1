/**
 * The seed article in every input form (fixtures/inputs/: a saved web page,
 * Markdown, UTF-16 LE and BE, Windows-1252 with curly quotes, CRLF and CR
 * line endings) gives the same quotes and speakers as the plain text, and
 * every offset indexes the text the result returns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type ExtractOptions, type ExtractResult } from '../../src/index.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const read = (file: string): Uint8Array => readFileSync(join(FIXTURES, file));

/** Quote texts with every double quotation mark written straight: the Windows-1252 copy has curly ones. */
const straight = (text: string): string => text.replace(/[\u201C\u201D]/gu, '"');
const summary = (result: ExtractResult) => ({
  quotes: result.quotes.map((q) => ({ type: q.type, text: straight(q.text), speaker: q.speaker?.name ?? null })),
  speakers: result.speakers.map((s) => ({ name: s.name, quotes: s.quotes })),
});

const plain = extractQuotes(read('tass-putin-trump.txt'));

const FORMS: [string, string, ExtractOptions, string][] = [
  ['a saved web page', 'inputs/tass-putin-trump.html', { format: 'html' }, 'html'],
  ['a saved web page, sniffed', 'inputs/tass-putin-trump.html', {}, 'html'],
  ['Markdown', 'inputs/tass-putin-trump.md', { format: 'markdown' }, 'markdown'],
  ['UTF-16 LE with a byte-order mark', 'inputs/tass-putin-trump.utf16le.txt', {}, 'text'],
  ['UTF-16 BE with a byte-order mark', 'inputs/tass-putin-trump.utf16be.txt', {}, 'text'],
  ['Windows-1252 with curly quotes', 'inputs/tass-putin-trump.cp1252.txt', {}, 'text'],
  ['CRLF line endings', 'inputs/tass-putin-trump.crlf.txt', {}, 'text'],
  ['CR line endings', 'inputs/tass-putin-trump.cr.txt', {}, 'text'],
];

describe('the seed article in other forms', () => {
  it('the plain text has the quotes to compare with', () => {
    expect(plain.quotes.length).toBeGreaterThanOrEqual(14);
    expect(plain.speakers.map((s) => s.name)).toEqual(['Vladimir Putin']);
  });

  for (const [form, file, options, format] of FORMS) {
    it(`${form} (${file}) gives the same quotes and speakers`, () => {
      const result = extractQuotes(read(file), options);
      expect(result.format).toBe(format);
      expect(result.warnings).toEqual([]);
      expect(summary(result)).toEqual(summary(plain));
      for (const q of result.quotes) {
        expect(q.parts.map((p) => result.text.slice(p.start, p.end)).join(' ')).toBe(q.text);
        if (q.speaker?.mention) expect(result.text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
      }
    });
  }

  it('line endings stay in the text: offsets index the file as decoded', () => {
    for (const [file, ending] of [['inputs/tass-putin-trump.crlf.txt', '\r\n'], ['inputs/tass-putin-trump.cr.txt', '\r']] as const) {
      const result = extractQuotes(read(file));
      expect(result.text).toBe(plain.text.replace(/\n/g, ending));
      expect(result.paragraphs).toHaveLength(plain.paragraphs.length);
    }
  });

  it('the Windows-1252 copy is what it claims: curly quotes as 0x93 and 0x94, no UTF-8', () => {
    const bytes = read('inputs/tass-putin-trump.cp1252.txt');
    expect(bytes.includes(0x93) && bytes.includes(0x94)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = extractQuotes(bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toContain('\u201CThe\u00A0US President-elect');
  });
});

describe('the saved web page', () => {
  const page = extractQuotes(read('inputs/tass-putin-trump.html'));

  it('keeps the title first, then the body, one paragraph a block', () => {
    const paragraphs = page.paragraphs.map((p) => page.text.slice(p.start, p.end));
    expect(paragraphs[0]).toBe('Putin backs Trump’s intention to mend ties with Russia');
    expect(paragraphs[1]).toBe('The president says Moscow hopes for the development of cooperation');
    expect(paragraphs[2]).toMatch(/^TOKYO, December 13\. \/TASS\/\. Russia supports/u);
    expect(paragraphs).toHaveLength(11);
  });

  it('leaves out the navigation, the caption, the pull quote, share and related links and the footer', () => {
    for (const furniture of ['All news', 'Home', 'We cannot but support this”', 'Share', 'Facebook', 'Read more', 'Lavrov', 'All rights reserved', 'Follow us', 'dataLayer']) {
      expect(page.text).not.toContain(furniture);
    }
    // the pull quote's words are in the body once only
    expect(page.text.split('We are ready to meet at any time').length).toBe(2);
  });

  it('decodes entities and keeps non-breaking spaces', () => {
    expect(page.text).toContain('"The\u00A0US President-elect');
    expect(page.text).not.toMatch(/&[a-z]+;/u);
  });
});

describe('the Markdown file', () => {
  const markdown = extractQuotes(read('inputs/tass-putin-trump.md'), { format: 'markdown' });

  it('drops emphasis, link and heading marks, keeps their words; joins wrapped lines', () => {
    expect(markdown.text).not.toMatch(/[*_#>[\]]|\]\(|https?:/u);
    expect(markdown.text).toContain('President Vladimir Putin said in an interview with Japan’s Nippon TV\u00A0channel.');
    expect(markdown.text).toContain('that it will not be an\u00A0easy job');
    expect(markdown.text).toContain('\n\nCooperation\n\n');
  });

  it('reads the link line above the title as navigation', () => {
    expect(markdown.nonBody[0]).toEqual({ start: 0, end: 8, kind: 'navigation' });
  });
});
