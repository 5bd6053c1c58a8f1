/**
 * Line endings (LF, CRLF, CR) and the two paragraph conventions (blank lines,
 * or one paragraph a line), decided per document; the text is never changed.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

const ARTICLE = [
  'Harbour pilots end strike',
  '"Ships can come and go again, and nobody lost a job over this," said Ilse Marten, who chairs the union.',
  'Twelve cargo ships had been waiting outside the harbour since Monday.',
  '"We will keep the harbour open all weekend to clear the queue," the port chief said.',
];

const paragraphsOf = (text: string) => {
  const result = extractQuotes(text);
  return { result, paragraphs: result.paragraphs.map((p) => result.text.slice(p.start, p.end)) };
};

describe('line endings and paragraph conventions', () => {
  for (const [name, ending] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`${name}: blank lines between paragraphs, or none, give the same paragraphs and quotes`, () => {
      const blank = paragraphsOf(ARTICLE.join(ending + ending));
      const single = paragraphsOf(ARTICLE.join(ending));
      expect(blank.paragraphs).toEqual(ARTICLE);
      expect(single.paragraphs).toEqual(ARTICLE);
      const lf = extractQuotes(ARTICLE.join('\n\n'));
      for (const { result } of [blank, single]) {
        expect(result.quotes.map((q) => q.text)).toEqual([
          'Ships can come and go again, and nobody lost a job over this,',
          'We will keep the harbour open all weekend to clear the queue,',
        ]);
        expect(result.quotes.map((q) => q.speaker)).toEqual(lf.quotes.map((q) => q.speaker && { ...q.speaker, mention: expect.anything() }));
        expect(result.quotes[0]?.speaker?.name).toBe('Ilse Marten');
        expect(result.text.includes(ending)).toBe(true);
      }
    });

    it(`${name}: a hard-wrapped document has one paragraph a block, and quotes run over its lines`, () => {
      const wrapped = [
        `"Ships can come and go again,${ending}and nobody lost a job over this,"${ending}said Ilse Marten, who chairs the union.`,
        `Twelve cargo ships had been waiting${ending}outside the harbour since Monday.`,
      ].join(ending + ending);
      const { result, paragraphs } = paragraphsOf(wrapped);
      expect(paragraphs).toHaveLength(2);
      expect(result.quotes[0]).toMatchObject({ text: `Ships can come and go again,${ending}and nobody lost a job over this,`, paragraph: 1 });
      expect(result.quotes[0]?.speaker?.name).toBe('Ilse Marten');
    });
  }
});
