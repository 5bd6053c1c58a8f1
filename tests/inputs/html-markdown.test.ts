/**
 * Stage 1, formats: what the HTML and Markdown converters keep and leave out.
 */
import { describe, expect, it } from 'vitest';
import { convert, looksLikeHtml } from '../../src/pipeline/01-formats/index.js';
import { htmlToText } from '../../src/pipeline/01-formats/html.js';
import { markdownToText } from '../../src/pipeline/01-formats/markdown.js';

const page = (body: string, title = 'Pilots end strike') =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('htmlToText', () => {
  it('keeps p, blockquote, li and headings as paragraphs, inline elements inside them', () => {
    const html = page(`<main><article><h2>The deal</h2>
      <p>Harbour pilots in <a href="/k">Kestrel   Bay</a> went back to <em>work</em> on Friday after a four-day strike over pay, their union said.</p>
      <blockquote><p>"Ships can come and go again," said Ilse Marten, who chairs the pilots' union and led the talks.</p></blockquote>
      <ul><li>Twelve ships had waited outside the harbour since Monday.</li><li>Two of them left at once, the port said.</li></ul>
      <p>The pilots get a six per cent rise this year and another next year, the agreement says.<br>It runs to 2030.</p>
    </article></main>`);
    expect(htmlToText(html).split('\n\n')).toEqual([
      'Pilots end strike',
      'The deal',
      'Harbour pilots in Kestrel Bay went back to work on Friday after a four-day strike over pay, their union said.',
      '"Ships can come and go again," said Ilse Marten, who chairs the pilots\' union and led the talks.',
      'Twelve ships had waited outside the harbour since Monday.',
      'Two of them left at once, the port said.',
      'The pilots get a six per cent rise this year and another next year, the agreement says.',
      'It runs to 2030.',
    ]);
  });

  it('leaves out pull quotes: a class naming one, or a blockquote repeating the body', () => {
    const body = '"Ships can come and go again, and nobody lost a job over this," said Ilse Marten, who chairs the union.';
    const html = page(`<article>
      <p>${body}</p>
      <div class="article__pullquote">Nobody lost a job</div>
      <blockquote>“Ships can come and go again, and nobody lost a job”</blockquote>
      <p>Twelve cargo ships had been waiting outside the harbour since Monday, the port authority said on Friday.</p>
    </article>`);
    const text = htmlToText(html);
    expect(text.split('nobody lost a job').length).toBe(2);
    expect(text).not.toContain('Nobody lost a job');
  });

  it('leaves out nav, aside, figure captions, scripts, forms and share links', () => {
    const html = page(`<nav>Home | All news</nav><article>
      <figure><img src="a.jpg"><figcaption>Ilse Marten: "We won." Photo: Jane Doe</figcaption></figure>
      <p>Harbour pilots went back to work on Friday after a four-day strike over pay, the union said on Friday.</p>
      <aside>Related: Port chief says profits will double</aside>
      <script>var quote = "not text";</script><form><button>Subscribe</button></form>
      <div class="social-share"><a>Share on Facebook</a></div>
    </article>`);
    expect(htmlToText(html)).toBe('Pilots end strike\n\nHarbour pilots went back to work on Friday after a four-day strike over pay, the union said on Friday.');
  });

  describe('the standfirst', () => {
    const dek = 'The agreement gives pilots a six per cent rise this year';
    const body = `<article><p>Harbour pilots in Kestrel Bay went back to work on Friday after a four-day strike over pay, the union said.</p>
      <p>Twelve cargo ships had been waiting outside the harbour since Monday, the port authority said on Friday.</p></article>`;
    const withDescription = (shown: string) =>
      `<!DOCTYPE html><html><head><title>Pilots end strike</title><meta name="description" content="${dek}"></head>` +
      `<body><h1>Pilots end strike</h1>${shown}<div class="date">June 14</div>${body}</body></html>`;

    it('comes after the title when the page shows its description in a block Readability left out', () => {
      expect(htmlToText(withDescription(`<div class="lead">${dek}</div>`)).split('\n\n').slice(0, 3)).toEqual([
        'Pilots end strike',
        dek,
        'Harbour pilots in Kestrel Bay went back to work on Friday after a four-day strike over pay, the union said.',
      ]);
    });

    it('is left out when the description is only metadata', () => {
      expect(htmlToText(withDescription(''))).not.toContain(dek);
    });
  });

  it('falls back to the whole body by blocks, less header and footer, when Readability finds no article', () => {
    const html = '<p>"We are ready," Putin said.</p><footer>© Agency</footer>';
    expect(htmlToText(html)).toBe('"We are ready," Putin said.');
  });

  it('gives no text for an empty page', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<html><body></body></html>')).toBe('');
  });
});

describe('markdownToText', () => {
  it('drops emphasis, links, images, heading and blockquote marks; joins wrapped lines', () => {
    const markdown = [
      '# Pilots *end* strike',
      'Harbour pilots in [Kestrel Bay][kb] went back to work,\nsaid **Ilse Marten** of the `union`.',
      '![the harbour](h.jpg)',
      '> "Ships can come and go again," she said.',
      '- one item\n- another item',
      '[kb]: https://example.org/kb',
    ].join('\n\n');
    expect(markdownToText(markdown).split('\n\n')).toEqual([
      'Pilots end strike',
      'Harbour pilots in Kestrel Bay went back to work, said Ilse Marten of the union.',
      '"Ships can come and go again," she said.',
      'one item',
      'another item',
    ]);
  });

  it('leaves out YAML front matter and puts its title first', () => {
    const markdown = '---\ntitle: "Pilots end strike"\ndate: 2026-06-14\nauthor: Jane Doe\n---\n\nHarbour pilots went back to work, the union said.\n';
    expect(markdownToText(markdown)).toBe('Pilots end strike\n\nHarbour pilots went back to work, the union said.');
    expect(markdownToText('---\nauthor: Jane Doe\n---\nText.')).toBe('Text.');
    // a rule between paragraphs is no front matter
    expect(markdownToText('One.\n\n---\n\nTwo.')).toBe('One.\n\nTwo.');
  });

  it('keeps underscores inside words and escaped marks', () => {
    expect(markdownToText('snake_case_name and \\*stars\\* and 5 * 3')).toBe('snake_case_name and *stars* and 5 * 3');
  });
});

describe('format sniffing', () => {
  it('reads a text as HTML when it opens like a page', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>a</p></body></html>')).toBe(true);
    expect(looksLikeHtml('\n  <html lang="en"><p>a</p></html>')).toBe(true);
    expect(looksLikeHtml('<!-- saved --><div><p>a</p><p>b</p><p>c</p><br><span>d</span></div>')).toBe(true);
  });

  it('leaves plain text and Markdown alone', () => {
    expect(looksLikeHtml('"We are ready," Putin said. <p> is a tag.')).toBe(false);
    expect(looksLikeHtml('# Title\n\nSome *text* with <em>one</em> tag.')).toBe(false);
    expect(looksLikeHtml('<b>Breaking</b>: news')).toBe(false);
    expect(convert('<3 you, she said.', 'auto')).toEqual({ text: '<3 you, she said.', format: 'text' });
  });
});
