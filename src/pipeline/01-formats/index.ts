/**
 * Stage 1, formats: turn a decoded HTML page or Markdown file into the plain
 * text every later stage reads (and every offset indexes). Plain text passes
 * through untouched. With `auto`, a text that opens like an HTML page is read
 * as HTML; Markdown is read only when asked for (the CLI asks for `.md` files).
 */
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';

export const INPUT_FORMATS = ['auto', 'text', 'html', 'markdown'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
/** The format a document was read as. */
export type DocumentFormat = Exclude<InputFormat, 'auto'>;

/** Known HTML element names, for sniffing. */
const HTML_TAG = /<\/?(?:a|article|b|body|br|div|em|h[1-6]|head|header|html|i|img|li|link|meta|nav|p|script|section|span|strong|style|table|td|title|tr|ul)\b[^>]*>/giu;
/** How many tags near the start make a text a page. */
const MIN_TAGS = 5;

/** True when the text opens like an HTML page: a doctype, an <html> tag, or markup with many tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*/u, '');
  if (/^<!doctype\s+html|^<html[\s>]/iu.test(head)) return true;
  return head.startsWith('<') && (head.match(HTML_TAG)?.length ?? 0) >= MIN_TAGS;
}

export function convert(text: string, format: InputFormat): { text: string; format: DocumentFormat } {
  const chosen = format === 'auto' ? (looksLikeHtml(text) ? 'html' : 'text') : format;
  switch (chosen) {
    case 'html':
      return { text: htmlToText(text), format: chosen };
    case 'markdown':
      return { text: markdownToText(text), format: chosen };
    case 'text':
      return { text, format: chosen };
  }
}
