/**
 * Text by blocks from a DOM (HTML pages, and Markdown rendered to HTML):
 * every block element (p, blockquote, li, h1–h6, div, td, …) becomes a
 * paragraph of its own, separated from the next by a blank line; inline
 * elements (a, em, strong, span) run on inside their block; white space
 * inside a block collapses to one space (a non-breaking space stays, as the
 * browser keeps it); entities are decoded by the DOM.
 *
 * Left out: what is never article text (scripts, forms, navigation, asides,
 * figure captions, share buttons), and pull quotes: a blockquote or figure
 * that repeats words of a body paragraph, or any element whose class names a
 * pull quote.
 */
import { linkedom } from '../../lazy.js';

/**
 * A DOM of the markup, with a document element and a body even when the
 * markup is a fragment ("<p>…</p>", or text with no tag at all).
 */
export function parsePage(html: string): Document {
  // linkedom makes the first element of a fragment the document element: a fragment goes into a page first
  const page = /<(?:html|body)[\s>]/iu.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { parseHTML } = linkedom();
  const { document } = parseHTML(page);
  if (document.documentElement && document.body) return document as unknown as Document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/**
 * Removes what is never body text (see `skipped`) from the body of a page before a
 * reader view scores it: Readability rewrites elements and drops their
 * classes, so a pull quote's class must be read first.
 */
export function removeNonBody(document: Document): void {
  const none: ReadonlySet<string> = new Set();
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    if (element.isConnected && skipped(element, none)) element.remove();
  }
}

/** Elements that end one paragraph and start another. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGURE', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements that hold no article text anywhere. */
const NEVER_TEXT: ReadonlySet<string> = new Set([
  'ASIDE', 'AUDIO', 'BUTTON', 'CANVAS', 'FIGCAPTION', 'FORM', 'HEAD', 'IFRAME', 'NAV', 'NOSCRIPT', 'OBJECT', 'SCRIPT',
  'SELECT', 'STYLE', 'SVG', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'VIDEO',
]);

/** Around a whole page (no reader view picked the article): the site's header and footer are not the article. */
export const PAGE_CHROME: ReadonlySet<string> = new Set(['HEADER', 'FOOTER']);

/** Classes and ids of elements that are not body text: pull quotes, captions, share and social buttons, breadcrumbs. */
const NOT_BODY_CLASS = /pull-?quote|caption|(?:^|[\s_-])(?:share|sharing|social|breadcrumbs?)(?:$|[\s_-])/iu;

/** Where a repeated quote may stand: its words are checked against the body paragraphs. */
const QUOTE_LIKE: ReadonlySet<string> = new Set(['BLOCKQUOTE', 'FIGURE']);

/** White space the browser collapses (not U+00A0). */
const COLLAPSIBLE = /[ \t\n\r\f]+/gu;

interface Block {
  text: string;
  /** Inside a blockquote or figure: dropped when it repeats a body paragraph. */
  quoteLike: boolean;
}

/** Letters and digits only, lower case: the words of a block, for comparing blocks. */
function wordsOf(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** True when the words `needle` stand, whole and in order, among the words `haystack` (both from `wordsOf`). */
function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

function skipped(element: Element, skip: ReadonlySet<string>): boolean {
  const tag = element.tagName.toUpperCase();
  if (NEVER_TEXT.has(tag) || skip.has(tag)) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return NOT_BODY_CLASS.test(names) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true';
}

/** The blocks under `root`, in document order. */
function collectBlocks(root: Node, skip: ReadonlySet<string>): Block[] {
  const blocks: Block[] = [];
  let pending = '';
  const flush = (quoteLike: boolean): void => {
    const text = pending.replace(COLLAPSIBLE, ' ').trim();
    if (text) blocks.push({ text, quoteLike });
    pending = '';
  };
  const walk = (node: Node, quoteLike: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        pending += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (skipped(element, skip)) continue;
      const tag = element.tagName.toUpperCase();
      if (tag === 'BR') {
        flush(quoteLike);
      } else if (BLOCK_ELEMENTS.has(tag)) {
        const inner = quoteLike || QUOTE_LIKE.has(tag);
        flush(quoteLike);
        walk(element, inner);
        flush(inner);
      } else {
        walk(element, quoteLike);
      }
    }
  };
  walk(root, false);
  flush(false);
  return blocks;
}

/** True when a block under `root` has the words of `text`: it is shown on the page, not only in its metadata. */
export function hasBlock(root: Node, text: string): boolean {
  const words = wordsOf(text);
  return words !== '' && collectBlocks(root, new Set()).some((b) => wordsOf(b.text) === words);
}

export interface BlockTextOptions {
  /** The title, first (unless the first block is the title already). */
  title?: string | null;
  /** A standfirst to put after the title, unless the body holds its words already. */
  standfirst?: string | null;
  /** Elements to leave out besides those that never hold text. */
  skip?: ReadonlySet<string>;
}

/** The text of `root` by blocks, the title and standfirst first, paragraphs separated by blank lines. */
export function blockText(root: Node, options: BlockTextOptions = {}): string {
  const blocks = collectBlocks(root, options.skip ?? new Set());
  const body = blocks.filter((b) => !b.quoteLike).map((b) => wordsOf(b.text));
  // a pull quote repeats words of the body; a quotation of its own (not found in the body) stays
  const kept = blocks.filter((b) => {
    if (!b.quoteLike) return true;
    const words = wordsOf(b.text);
    return words === '' || !body.some((paragraph) => containsWords(paragraph, words));
  });
  const paragraphs = kept.map((b) => b.text);
  const standfirst = options.standfirst?.replace(COLLAPSIBLE, ' ').trim();
  if (standfirst && !paragraphs.some((p) => containsWords(wordsOf(p), wordsOf(standfirst)))) paragraphs.unshift(standfirst);
  const title = options.title?.replace(COLLAPSIBLE, ' ').trim();
  if (title && wordsOf(paragraphs[0] ?? '') !== wordsOf(title)) paragraphs.unshift(title);
  return paragraphs.join('\n\n');
}
