/**
 * Part of stage 2, paragraphs: recognise the lines of a news page that are
 * not its body (word lists in lexicon/non-body):
 *
 *   navigation  "All news", "Read more: …", "Share this article", "Follow us on Twitter"
 *   byline      "By Jane Doe", "By JANE DOE and JOHN ROE, Reuters"
 *   caption     "Photo: …", "(Photo by …)", "… (AP Photo/Evan Vucci)", "Image copyright …", "© …"
 *   dateline    "TOKYO, December 13. /TASS/.", "WASHINGTON (Reuters) -", "LONDON —": only the
 *               opening of its paragraph; the rest is body
 *
 * Later stages read only the body: quotation marks and sentences are found in
 * body paragraphs, and the attribution runner and the speaker stage take no
 * mention or cue from a non-body span.
 */
import {
  CAPTION_WORDS,
  CHANNELS,
  CREDIT_OPENINGS,
  MONTHS,
  NAVIGATION_LINES,
  NAVIGATION_OPENINGS,
  NOT_AUTHOR_WORDS,
  PHOTO_WORDS,
  READER_PROMPTS,
} from '../lexicon/non-body.js';
import type { NonBodySpan, Paragraph } from '../types.js';
import { wordAlternation } from '../regex.js';
import { wordCount } from '../words.js';
import { trimSpan } from './02-paragraphs.js';
import { recordKind } from '../objects.js';

/** Non-body lines and body paragraphs, records of their own kind (see objects.ts). */
const { extend } = recordKind();

export type NonBodyKind = NonBodySpan['kind'];

const alternation = wordAlternation;

/** Longer than this (web addresses aside), a line is prose, not a prompt or a navigation link. */
const MAX_NAVIGATION_WORDS = 20;
/** Longer than this, a line is not a byline. */
const MAX_BYLINE_WORDS = 16;
/** Longer than this, a line ending in a credit is a paragraph, not a caption. */
const MAX_CAPTION_WORDS = 60;

/** "Read more: …", "See also › …". */
const NAVIGATION_OPENING = new RegExp(String.raw`^(?:${alternation(NAVIGATION_OPENINGS)})\s*[:›»>|→]`, 'iu');
/** "Follow us on Twitter", "Subscribe to our newsletter". */
const READER_PROMPT = new RegExp(String.raw`^(?:${alternation(READER_PROMPTS)})\b`, 'iu');
/** "Follow Pam Key on Twitter @pamkeyNEN", "Follow @politico". */
const FOLLOW = new RegExp(String.raw`^Follow\s+(?:@\w|[^.;]{1,120}?\s(?:on|via)\s+(?:${alternation(CHANNELS)})\b)`, 'iu');
/** An address, a handle or a tag; an e-mail address is tried only where a word starts, else a long word costs time quadratic in its length. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|(?<!\S)\S+@\S+|@\w+|#\w+/gu;

/** "Photo: …", "Pictured: …". */
const CAPTION_OPENING = new RegExp(String.raw`^(?:${alternation(CAPTION_WORDS)})\s*:`, 'iu');
/** "Image copyright Getty Images", "© Mikhail Metzel/TASS", "Copyright 2016 The Associated Press". */
const CREDIT_OPENING = new RegExp(String.raw`^(?:(?:${alternation(CREDIT_OPENINGS)})(?=\s|$)|copyright\s*(?:©|\(c\)|\d{4}))`, 'iu');
/** A credit closing the line: "(AP Photo/Evan Vucci)", "/AP Photo", "(Photo by Jane Doe/Getty Images)", "© Jane Doe/TASS". */
const CREDIT_CLOSING = new RegExp(
  String.raw`(?:[(/]\s*(?:[\p{Lu}][\p{L}&.'’-]*\s+){0,3}(?:${alternation(PHOTO_WORDS)})(?:\s+by\s[^()]{1,60}|\s*/\s*[^()/]{1,60})?\)?|\((?:photo|image|picture)s?\s+(?:by|credit|courtesy)\b[^()]{0,60}\)|\s©\s*[^©]{1,60})\s*\.?$`,
  'u',
);

/** A word of a name or of an affiliation after "By": capitalised, an initial, a particle. */
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}.'’-]*|[\p{Lu}]\.|de|da|del|der|di|du|la|le|van|von|bin|al|ibn)`;
/** Lower-case words an affiliation may hold: "staff writer", "in Moscow", "for The Times". */
const AFFILIATION_WORD = String.raw`(?:staff|writer|reporter|reporters|correspondent|editor|contributor|special|senior|chief|political|foreign|in|of|for|the|and|at|with|\d{1,4})`;
/** "By Jane Doe", "By JANE DOE and JOHN ROE, Reuters", "By Jane Doe | Staff writer". */
const BYLINE = new RegExp(
  String.raw`^(?:By|BY)\s+(${NAME_WORD})(?:(?:\s*[,|/·•]\s*|\s+[-–—]\s+|\s+|\s*&\s*)(?:${NAME_WORD}|${AFFILIATION_WORD}))*\.?$`,
  'u',
);
/** A possessive after "By" makes a phrase, not a byline: "By Putin's own account". */
const POSSESSIVE = /['’]s\b/u;

/** A place in capitals, perhaps with a state or country: "TOKYO", "ST. PETERSBURG", "KANSAS CITY, Mo.". */
const PLACE = String.raw`[\p{Lu}][\p{Lu}'’.-]*\p{Lu}[\p{Lu}'’.-]*(?:\s+[\p{Lu}][\p{Lu}'’.-]*)*(?:,\s+[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?)?`;
/** ", December 13", " Dec. 13, 2016". */
const DATE = String.raw`,?\s+(?:${alternation(MONTHS)})\.?\s+\d{1,2}(?:,?\s+\d{4})?`;
/** "(Reuters)", "(AP)", "/TASS/". */
const AGENCY = String.raw`\s*(?:\([^()\n]{1,40}\)|/[^/\s][^/\n]{0,38}/)`;
const DASH = String.raw`\s*(?:--|[\u2014\u2013])`;
/**
 * A dateline opening a paragraph: a place in capitals, then an agency (any
 * separator), or a date then a full stop or dash, or only a dash.
 */
const DATELINE = new RegExp(
  String.raw`^${PLACE}(?:(?:${DATE}\.?)?${AGENCY}(?:\s*(?:--|[-\u2014\u2013.:]))?|${DATE}(?:\.|${DASH})|${DASH})(?=\s|$)\s*`,
  'u',
);

/** The line lower-cased, white space collapsed, closing punctuation and arrows dropped: "Read more »" is "read more". */
function normalised(line: string): string {
  return line.toLowerCase().replace(/\s+/gu, ' ').replace(/[\s.:!›»>|→…]+$/u, '').trim();
}

const QUOTATION_MARK = /["“”«»„]/u;

/** The most words a navigation line has. */
const NAVIGATION_LINE_WORDS = Math.max(...[...NAVIGATION_LINES].map((line) => wordCount(line)));

/** One word more than the largest of the limits nonBodyKind compares a paragraph's words with. */
const WORDS_ASKED = Math.max(NAVIGATION_LINE_WORDS, MAX_BYLINE_WORDS, MAX_CAPTION_WORDS) + 1;

/** What kind of non-body line a whole paragraph is, or null for a body paragraph. */
export function nonBodyKind(line: string): NonBodyKind | null {
  // counted only as far as the limits below ask
  const words = wordCount(line, WORDS_ASKED);
  // lower-casing never joins two words, so a line of more words than any navigation line is none
  if (words <= NAVIGATION_LINE_WORDS && NAVIGATION_LINES.has(normalised(line))) return 'navigation';
  const short = (): boolean => wordCount(line.replace(WEB_ADDRESS, ' '), MAX_NAVIGATION_WORDS + 1) <= MAX_NAVIGATION_WORDS;
  if (NAVIGATION_OPENING.test(line) && short()) return 'navigation';
  if ((READER_PROMPT.test(line) || FOLLOW.test(line)) && !QUOTATION_MARK.test(line) && short()) return 'navigation';
  if (words <= MAX_BYLINE_WORDS && !POSSESSIVE.test(line)) {
    const byline = BYLINE.exec(line);
    if (byline && !NOT_AUTHOR_WORDS.has(byline[1]!.toLowerCase().replace(/\.$/u, ''))) return 'byline';
  }
  if (CAPTION_OPENING.test(line) || CREDIT_OPENING.test(line)) return 'caption';
  if (words <= MAX_CAPTION_WORDS && CREDIT_CLOSING.test(line)) return 'caption';
  return null;
}

/** Length of the dateline opening a paragraph ("TOKYO, December 13. /TASS/. "), 0 when there is none. */
export function datelineLength(paragraph: string): number {
  return DATELINE.exec(paragraph)?.[0].length ?? 0;
}

/** The non-body spans of the text, in order: whole paragraphs, and datelines opening a paragraph. */
export function findNonBody(text: string, paragraphs: Paragraph[]): NonBodySpan[] {
  const spans: NonBodySpan[] = [];
  for (const paragraph of paragraphs) {
    const line = text.slice(paragraph.start, paragraph.end);
    const kind = nonBodyKind(line);
    if (kind) {
      spans.push({ start: paragraph.start, end: paragraph.end, kind });
      continue;
    }
    const dateline = datelineLength(line);
    if (dateline > 0) spans.push(extend(trimSpan(text, paragraph.start, paragraph.start + dateline), { kind: 'dateline' as const }));
  }
  return spans;
}

/** The body of each paragraph: non-body paragraphs left out, a dateline cut from the start of its paragraph. */
export function bodyParagraphs(text: string, paragraphs: Paragraph[], nonBody: NonBodySpan[]): Paragraph[] {
  const body: Paragraph[] = [];
  let next = 0;
  for (const paragraph of paragraphs) {
    while (next < nonBody.length && nonBody[next]!.end <= paragraph.start) next++;
    const span = nonBody[next];
    if (!span || span.start >= paragraph.end) {
      body.push(paragraph);
    } else if (span.end < paragraph.end) {
      body.push(extend(trimSpan(text, span.end, paragraph.end), { index: paragraph.index }));
    }
  }
  return body;
}
