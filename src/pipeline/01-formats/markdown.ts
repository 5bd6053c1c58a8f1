/**
 * Markdown: rendered to HTML by marked (CommonMark and GitHub's dialect),
 * then taken by blocks like a page (see blocks.ts). Emphasis, links and code
 * spans keep their words and lose their marks (`**Vladimir Putin**` is
 * `Vladimir Putin`, `[TASS](https://…)` is `TASS`), headings and blockquotes
 * are paragraphs, images and link definitions leave nothing, lines wrapped
 * inside a paragraph are joined by a space. A YAML front matter block is
 * left out, its `title` put first. Offsets index this text, not the
 * Markdown file.
 */
import type { Marked } from 'marked';
import { marked } from '../../lazy.js';
import { PAGE_CHROME, blockText, parsePage } from './blocks.js';

let renderer: Marked | null = null;

/** A YAML front matter block opening the file: `---`, fields, `---` (or `...`). */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
/** `title: "…"` in front matter. */
const TITLE_FIELD = /^title:[ \t]*(["']?)(.+?)\1[ \t]*$/mu;

export function markdownToText(markdown: string): string {
  const front = FRONT_MATTER.exec(markdown);
  const title = front ? (TITLE_FIELD.exec(front[1]!)?.[2] ?? null) : null;
  renderer ??= new (marked().Marked)({ async: false, gfm: true });
  const html = renderer.parse(front ? markdown.slice(front[0].length) : markdown, { async: false });
  return blockText(parsePage(html).body as unknown as Node, { title, skip: PAGE_CHROME });
}
