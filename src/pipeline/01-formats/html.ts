/**
 * HTML pages: the article body as text. @mozilla/readability finds the
 * article (as Firefox's reader view does) in a linkedom DOM; the text is then
 * taken by blocks (see blocks.ts), the title first, then the standfirst when
 * Readability left it out (the page's description, when the page also shows
 * it as a block: "The president says Moscow hopes…"). When Readability finds no
 * article, the whole body is taken by blocks, less the site's header and footer.
 *
 * linkedom rather than jsdom: on a saved news page (fixtures/inputs) both give
 * Readability the same article, linkedom in about 5 ms a page against 21 ms
 * and loads in half the time; jsdom's current major needs Node 22.
 */
import { readability } from '../../lazy.js';
import { PAGE_CHROME, blockText, hasBlock, parsePage, removeNonBody } from './blocks.js';

/** The article Readability finds, or null when it finds none (or cannot read the document: a fragment, an empty page). */
function readArticle(html: string): { title: string | null; excerpt: string | null; content: Node } | null {
  // Readability changes the document it reads: it gets a copy of its own
  const document = parsePage(html);
  removeNonBody(document);
  try {
    const article = new (readability().Readability)(document as unknown as Document, { keepClasses: true, serializer: (node: Node) => node }).parse();
    return article?.content ? { title: article.title ?? null, excerpt: article.excerpt ?? null, content: article.content } : null;
  } catch {
    return null;
  }
}

export function htmlToText(html: string): string {
  if (html.trim() === '') return '';
  const document = parsePage(html);
  const title = document.querySelector('title')?.textContent ?? null;
  const article = readArticle(html);
  if (article) {
    // a standfirst Readability left outside the article: the page's description, shown in a block of its own
    const standfirst = article.excerpt && hasBlock(document.body as unknown as Node, article.excerpt) ? article.excerpt : null;
    return blockText(article.content, { title: article.title ?? title, standfirst });
  }
  return blockText(document.body as unknown as Node, { title, skip: PAGE_CHROME });
}
