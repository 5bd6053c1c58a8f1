/**
 * Markdown: rendered to HTML by marked (CommonMark and GitHub's dialect),
 * then taken by blocks like a page (see blocks.ts). Emphasis, links and code
 * spans keep their words and lose their marks (`**Vladimir Putin**` is
 * `Vladimir Putin`, `[TASS](https://…)` is `TASS`), headings and blockquotes
 * are paragraphs, images and link definitions leave nothing, lines wrapped
 * inside a paragraph are joined by a space. Offsets index this text, not the
 * Markdown file.
 */
import { Marked } from 'marked';
import { PAGE_CHROME, blockText, parsePage } from './blocks.js';

let renderer: Marked | null = null;

export function markdownToText(markdown: string): string {
  renderer ??= new Marked({ async: false, gfm: true });
  const html = renderer.parse(markdown, { async: false });
  return blockText(parsePage(html).body as unknown as Node, { skip: PAGE_CHROME });
}
