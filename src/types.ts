/**
 * The domain vocabulary shared by every stage: spans, paragraphs, sentences,
 * quotes, cues, mentions, speakers and the extraction result.
 *
 * Every offset is a UTF-16 code-unit index into the decoded text, half-open
 * [start, end), so `text.slice(start, end)` is the thing the span names.
 */

/** A half-open range [start, end) of UTF-16 code units in the decoded text. */
export interface Span {
  start: number;
  end: number;
}

/** A paragraph of the document; `index` is 1-based, like a line number. */
export interface Paragraph extends Span {
  index: number;
}

/** A sentence; `paragraph` is the 1-based index of the paragraph holding it. */
export interface Sentence extends Span {
  paragraph: number;
}

/**
 * A stretch of text between a pair of quotation marks, as found by the
 * quotation-mark stage. `parts` holds one span per paragraph when a quotation
 * runs over several paragraphs (news convention: each continued paragraph
 * reopens the quote). Spans exclude the marks themselves.
 */
export interface Quotation extends Span {
  parts: Span[];
  /** Offsets of the opening mark of each part (the closing mark may be missing). */
  open: number;
  /** Offset just after the closing mark, or the end of the last part when unclosed. */
  close: number;
  closed: boolean;
  paragraph: number;
}

export type QuoteType = 'direct' | 'mixed' | 'indirect';

/**
 * `role`: someone the text describes by a role or relation but never names
 * ("her attorney", "the father of one of the victims"); `anonymous`: an
 * unnamed source ("a source", "officials").
 */
export type SpeakerKind = 'person' | 'organization' | 'anonymous' | 'role' | 'document' | 'unknown';

/** Words of the text that name a speaker. */
export interface Mention extends Span {
  text: string;
}

/** The reporting expression ("said", "told reporters", "according to"). */
export interface Cue extends Span {
  text: string;
  lemma: string;
}

export interface Speaker {
  /** Canonical name ("Vladimir Putin" for "Putin", "he", "the Russian president"); null when unknown. */
  name: string | null;
  kind: SpeakerKind;
  /** Role or title when the text gives one. */
  title?: string;
  /** The words at this quote that name the speaker; null when only implied. */
  mention: Mention | null;
  /** Id of the resolver that turned the mention into this speaker (see resolvers/). */
  resolver: string;
}

/** One quote record, as in docs/output-contract (less the `file` field the CLI adds). */
export interface Quote extends Span {
  /** 0-based position among all the quotes of the document, in text order (the same whatever `types` keeps). */
  index: number;
  type: QuoteType;
  /** The content without enclosing marks; parts joined by one space. */
  text: string;
  parts: Span[];
  /** 1-based paragraph of the content's start. */
  paragraph: number;
  speaker: Speaker | null;
  cue: Cue | null;
  confidence: number;
  /** Id of the sieve that decided the attribution; null when none did. */
  sieve: string | null;
}

/** A speaker of the document with every quote attributed to them. */
export interface SpeakerSummary {
  name: string;
  kind: SpeakerKind;
  title?: string;
  /** Number of quotes attributed to this speaker. */
  quotes: number;
  /** Distinct mention texts used for this speaker. */
  mentions: string[];
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/**
 * A stretch of the text that is not the article's body: a navigation line,
 * a byline, a photo caption or credit, or a dateline opening a paragraph.
 * No quote, cue or speaker mention is taken from it.
 */
export interface NonBodySpan extends Span {
  kind: 'navigation' | 'byline' | 'caption' | 'dateline';
}

export interface ExtractOptions {
  /**
   * Which kinds of quote to return; all kinds by default. A filter of the
   * output only: the pipeline runs whole, so a quote kept has the speaker and
   * `index` it has in a full run.
   */
  types?: QuoteType[];
  /**
   * How to read the input: `text`, `html` (the article body of a page),
   * `markdown`, or `auto` (the default: HTML when it opens like a page, else text).
   */
  format?: 'auto' | 'text' | 'html' | 'markdown';
  /** Read bytes in this encoding (any name iconv-lite knows: `windows-1252`, `latin1`, `utf-16le`) instead of detecting one. */
  encoding?: string;
}

export interface ExtractResult {
  /**
   * The text every offset indexes: the decoded input less a byte-order mark,
   * or, for HTML and Markdown, the text extracted from it.
   */
  text: string;
  /** How the input was read. */
  format: 'text' | 'html' | 'markdown';
  /** The encoding bytes were decoded with (`utf-8` for a string input). */
  encoding: string;
  /** The parts of the text that are not the article's body, in order. */
  nonBody: NonBodySpan[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  speakers: SpeakerSummary[];
  warnings: Warning[];
}
