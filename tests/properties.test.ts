/**
 * Property tests: over generated articles that mix quotation marks of every
 * style, names, reporting verbs, paragraph breaks and awkward characters, the
 * pipeline never throws, every span lies in the text and reproduces what it
 * names, cues and mentions lie outside what they attribute and outside quotation
 * marks, and the output is the same twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Span } from '../src/index.js';

const PIECES = [
  '"', '"', '“', '”', '‘', '’', '«', '»', '„', ' ', ' ', ' ', ', ', '. ', '? ', ': ', '\n', '\n\n', '\r\n',
  'said', 'says', 'told reporters', 'added', 'Putin', 'Vladimir Putin', 'the president', 'he', 'she',
  'Hugh Hill', 'a doctor', 'We are ready', 'this is no problem', 'Sen.', 'U.S.', 'J.', 'according to',
  'é', 'e\u0301', '😀', 'עברית', '\u0000', '\uD800', '\t', '—', "'", "''", '‚', '‘', '’', '‹', '›', '「', '」',
  'that', 'the plan was', 'rock ’n’ roll', 'officials', 'a spokesman for the ministry', '(R-Texas)', '-- ',
  'By Jane Doe', 'WASHINGTON (AP) — ', 'TOKYO, December 13. /TASS/. ', 'Read more: ', 'Photo: ', '(AP Photo/Evan Vucci)', 'All news',
];

const article = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

const inside = (span: Span, text: string) => 0 <= span.start && span.start <= span.end && span.end <= text.length;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The invariants of every result (design: spans in the text, cues and mentions outside quotes, same output twice). */
function expectInvariants(text: string): void {
  const result = extractQuotes(text);
  expect(result.text).toBe(text);
  for (const p of result.paragraphs) expect(inside(p, text)).toBe(true);
  // a speaker or cue never lies in what it attributes, nor between quotation marks; reported speech may
  // nest ("X said that Y believes Z": the outer clause holds the inner one's speaker, as PolNeAR marks it)
  const quotedParts = result.quotes.filter((q) => q.type !== 'indirect').flatMap((q) => q.parts);
  for (const quote of result.quotes) {
    expect(inside(quote, text)).toBe(true);
    expect(quote.start).toBe(quote.parts[0]!.start);
    expect(quote.end).toBe(quote.parts.at(-1)!.end);
    for (const part of quote.parts) expect(inside(part, text)).toBe(true);
    expect(quote.text).toBe(quote.parts.map((p) => text.slice(p.start, p.end)).join(' '));
    for (const span of [quote.speaker?.mention, quote.cue]) {
      if (!span) continue;
      expect(text.slice(span.start, span.end)).toBe(span.text);
      for (const part of [...quote.parts, ...quotedParts]) expect(overlaps(span, part)).toBe(false);
      // nothing is taken from a byline, a caption, a navigation line or a dateline
      for (const furniture of result.nonBody) expect(overlaps(span, furniture)).toBe(false);
    }
    for (const part of quote.parts) for (const furniture of result.nonBody) expect(overlaps(part, furniture)).toBe(false);
  }
  expect(result.quotes.map((q) => q.index)).toEqual(result.quotes.map((_, i) => i));
  // quotes in text order, and no two quotes share a character
  const spans = result.quotes.flatMap((q) => q.parts).sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  for (let i = 1; i < result.quotes.length; i++) expect(result.quotes[i]!.start).toBeGreaterThanOrEqual(result.quotes[i - 1]!.start);
  expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(extractQuotes(text))));
}

describe('span invariants', () => {
  it('hold on generated articles', () => {
    fc.assert(
      fc.property(article, (text) => expectInvariants(text)),
      { numRuns: 2000 },
    );
  });

  // counterexamples fast-check found: the tagger's cue ":" joined two content runs into one that held it;
  // a second clause's source inside the first's content; a cue run ending on an opening mark; a mixed
  // clause holding a direct quote's speaker; an unclosed quotation carried into a paragraph that held only
  // the reopening mark (after a dateline) closing there, so that the mixed clause around it ran over the dateline
  it.each([
    '“”Photo: Vladimir Putin',
    "she''‚Read more: according to",
    'the plan was"added"the plan was',
    'this is no problem"said「a spokesman for the ministry',
    '"according to"-- All news「rock ’n’ roll',
    'We are ready«the plan was\r\nTOKYO, December 13. /TASS/. 「',
  ])('hold on %j', (text) => {
    expectInvariants(text);
    // no clause of the tagger holds a speaker or cue of another quote of its sentence
    const result = extractQuotes(text);
    const learned = result.quotes.filter((q) => q.sieve === 'learned-clause');
    for (const q of learned) for (const other of result.quotes) for (const span of [other.speaker?.mention, other.cue]) if (span) for (const part of q.parts) expect(overlaps(span, part)).toBe(false);
  });

  it('keeps a mixed clause off the quotation opened after it in its sentence (a counterexample fast-check found)', () => {
    const text = 'this is no problem‚We are ready‘"a spokesman for the ministry';
    const parts = extractQuotes(text).quotes.flatMap((q) => q.parts).sort((a, b) => a.start - b.start);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBeGreaterThanOrEqual(parts[i - 1]!.end);
    expect(parts.map((p) => text.slice(p.start, p.end))).toEqual(['this is no problem‚We are ready‘', 'a spokesman for the ministry']);
  });

  it('never throws on arbitrary bytes, read in any format', () => {
    const formats = ['auto', 'text', 'html', 'markdown'] as const;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...formats), (bytes, format) => {
        const result = extractQuotes(bytes, { format });
        for (const quote of result.quotes) expect(quote.text).toBe(quote.parts.map((p) => result.text.slice(p.start, p.end)).join(' '));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on markup, and offsets index the extracted text', () => {
    const markup = fc
      .array(fc.constantFrom('<p>', '</p>', '<blockquote>', '</blockquote>', '<aside class="pullquote">', '</aside>', '<br>', '<li>', '<nav>', '</nav>',
        '*', '**', '_', '# ', '> ', '[', '](x)', '\n', '\n\n', '&quot;', '&amp;', '"', '“', '”', 'We are ready', ' Putin said.', ' ', '<!doctype html>'), { maxLength: 60 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(markup, fc.constantFrom('auto', 'html', 'markdown') as fc.Arbitrary<'auto' | 'html' | 'markdown'>, (source, format) => {
        const result = extractQuotes(source, { format });
        for (const quote of result.quotes) expect(quote.text).toBe(quote.parts.map((p) => result.text.slice(p.start, p.end)).join(' '));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(() => extractQuotes(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
