/**
 * Output formats: how one document's quotes become text. json and jsonl
 * follow docs/output-contract (schema/ publishes them); csv follows RFC 4180;
 * table, list, md and the --highlight and --speakers views are for people.
 * A terminal changes only decoration (colour, borders), never the format.
 */
import type { ChalkInstance } from 'chalk';
import type Table from 'cli-table3';
import { cliTable } from '../lazy.js';
import type { ExtractResult, Quote, SpeakerSummary } from '../types.js';
import { QUOTATION_MARK_CHARACTERS } from '../lexicon/quotation-marks.js';
import { spanAt } from '../spans.js';
import { escapedPath, pathBase64 } from '../batch/path-names.js';

/** One document as a format sees it: the extraction, the quotes left after the filters, and how to decorate. */
export interface DocumentView {
  file: string;
  /** The path's exact bytes, when they are not UTF-8 (`file` then holds U+FFFD for each bad byte). */
  fileBytes?: Uint8Array;
  result: ExtractResult;
  quotes: Quote[];
  /** Add the sentence around each quote. */
  context: boolean;
  paint: ChalkInstance;
  /** Terminal width for table and list. */
  width: number;
  /** Borders and colour for a terminal; plain ASCII otherwise. */
  terminal: boolean;
}

// ---------------------------------------------------------------------------
// Records (the contract's shapes)

/** The sentences around a quote, from the start of its first to the end of its last. */
export function quoteContext(result: ExtractResult, quote: Quote): string {
  const first = spanAt(result.sentences, quote.start);
  const last = spanAt(result.sentences, Math.max(quote.start, quote.end - 1));
  return result.text.slice(first?.start ?? quote.start, last?.end ?? quote.end);
}

/**
 * `fileBytes`, after `file` in JSON: for a path that is not UTF-8, its exact
 * bytes in base64 (as ripgrep's JSON gives `{"bytes": …}` for such a path);
 * undefined, which JSON.stringify leaves out, for every other. (Spreading
 * an optional field into each record instead raised the peak memory of
 * 100,000 quotes from 440 to 700 MB.)
 */
export function fileBytesField(view: DocumentView): string | undefined {
  return view.fileBytes ? pathBase64(view.fileBytes) : undefined;
}

/** The name of a document for people: each byte of the path that is not UTF-8 escaped (`\xff`), control characters too. */
function fileLabel(view: DocumentView): string {
  return printable(view.fileBytes ? escapedPath(view.fileBytes) : view.file);
}

/** A quote as a JSON Lines record: the contract's field order, `file` first, `context` last when asked for. */
export function quoteRecord(view: DocumentView, quote: Quote): Record<string, unknown> {
  return {
    file: view.file,
    fileBytes: fileBytesField(view),
    index: quote.index,
    type: quote.type,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    parts: quote.parts.map((p) => ({ start: p.start, end: p.end })),
    paragraph: quote.paragraph,
    speaker: quote.speaker,
    cue: quote.cue,
    confidence: quote.confidence,
    sieve: quote.sieve,
    ...(view.context ? { context: quoteContext(view.result, quote) } : {}),
  };
}

/** Speakers of the quotes shown, with their quotes counted by type. */
export function speakerRows(quotes: Quote[], summaries: SpeakerSummary[]) {
  const rows = new Map<string, SpeakerSummary & { direct: number; mixed: number; indirect: number }>();
  // by name, not searched for each quote (a long document has thousands of speakers and of quotes)
  const summaryOf = new Map<string, SpeakerSummary>();
  for (const s of summaries) if (!summaryOf.has(s.name)) summaryOf.set(s.name, s);
  for (const quote of quotes) {
    const name = quote.speaker?.name;
    if (!name) continue;
    const summary = summaryOf.get(name);
    let row = rows.get(name);
    if (!row) {
      row = { name, kind: quote.speaker!.kind, ...(summary?.title ? { title: summary.title } : {}), quotes: 0, mentions: [], direct: 0, mixed: 0, indirect: 0 };
      rows.set(name, row);
    }
    row.quotes++;
    row[quote.type]++;
    const mention = quote.speaker?.mention?.text;
    if (mention && !row.mentions.includes(mention)) row.mentions.push(mention);
  }
  return [...rows.values()];
}

/** The json document of one input; with `includeText`, the text every offset indexes, last. */
export function documentRecord(view: DocumentView, includeText = false): Record<string, unknown> {
  return {
    file: view.file,
    fileBytes: fileBytesField(view),
    paragraphs: view.result.paragraphs,
    quotes: view.quotes.map((q) => quoteRecord(view, q)),
    speakers: speakerRows(view.quotes, view.result.speakers).map(({ name, kind, title, quotes, mentions }) => ({ name, kind, ...(title ? { title } : {}), quotes, mentions })),
    warnings: view.result.warnings,
    ...(includeText ? { text: view.result.text } : {}),
  };
}

/**
 * `JSON.stringify(record, null, 2)`, a piece at a time: each element of the
 * record's arrays on its own (the quotes and paragraphs of a long document),
 * so that the whole text is never held at once. Each piece is what
 * JSON.stringify writes for it, indented where it stands (JSON strings hold
 * no raw line break, so indenting after each one is exact).
 */
export function* prettyJson(record: Record<string, unknown>): Generator<string> {
  // what JSON.stringify leaves out of an object, and writes as null in an array
  const omitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';
  const at = (value: unknown, indent: string): string => (omitted(value) ? 'null' : JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`));
  const entries = Object.entries(record).filter(([, value]) => !omitted(value));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [j, element] of value.entries()) yield `\n    ${at(element, '    ')}${j < value.length - 1 ? ',' : ''}`;
      yield '\n  ]';
    } else {
      yield at(value, '  ');
    }
    if (i < entries.length - 1) yield ',';
  }
  yield '\n}';
}

/** The JSON Lines of a document's quotes, one at a time. */
export function* jsonlLines(view: DocumentView): Generator<string> {
  for (const q of view.quotes) yield `${JSON.stringify(quoteRecord(view, q))}\n`;
}

// ---------------------------------------------------------------------------
// Text for people

/** Control characters and terminal escapes of the article are shown escaped, never sent raw. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of text: whitespace runs (newlines included) become one space. */
function oneLine(text: string): string {
  return printable(text.replace(/\s+/g, ' ').trim());
}

const PALETTE = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red', 'cyanBright', 'magentaBright', 'yellowBright', 'greenBright', 'blueBright', 'redBright'] as const;

/** The same speaker always in the same colour, in every document and every run. */
export function speakerPaint(paint: ChalkInstance, name: string | null | undefined): (text: string) => string {
  if (!name) return paint.gray;
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  return paint[PALETTE[hash % PALETTE.length]!];
}

/** Who said it, for people: the canonical name, else the mention, else a dash. */
function speakerLabel(quote: Quote): string {
  return quote.speaker?.name ?? quote.speaker?.mention?.text ?? '—';
}

/** The quote text for people: a direct quote's parts in quotation marks, a mixed quote as written. */
function quoteForPeople(result: ExtractResult, quote: Quote): string {
  const [open, close] = quote.type === 'direct' ? ['“', '”'] : ['', ''];
  return quote.parts.map((p) => `${open}${oneLine(result.text.slice(p.start, p.end))}${close}`).join(' … ');
}

/** Quotes below this confidence are dimmed. */
const LOW_CONFIDENCE = 0.5;

/** --format list: two lines per quote (who, then what), yielded a line at a time. */
export function* renderList(view: DocumentView): Generator<string> {
  const { paint } = view;
  yield `${paint.bold(fileLabel(view))}\n`;
  if (view.quotes.length === 0) yield `${paint.dim('  no quotes found')}\n`;
  for (const quote of view.quotes) {
    const who = speakerLabel(quote);
    const mention = quote.speaker?.mention && quote.speaker.mention.text !== who ? ` (${oneLine(quote.speaker.mention.text)})` : '';
    const cue = quote.cue ? ` ${oneLine(quote.cue.text)}` : '';
    const type = quote.type === 'direct' ? '' : ` ${paint.yellow(quote.type)}`;
    const body = `      ${quoteForPeople(view.result, quote)}`;
    yield `  ${paint.dim(`#${quote.index} ¶${quote.paragraph}`)}${type} ${speakerPaint(paint, quote.speaker?.name)(oneLine(who))}${mention}${cue}\n`;
    yield `${quote.confidence < LOW_CONFIDENCE ? paint.dim(body) : body}\n`;
  }
}

/** The longest a quote may run in a table cell, in lines, before it is shortened with "…". */
const MAX_QUOTE_LINES = 6;

/** Shortens text to fit `lines` lines of `width` characters, ending with "…". */
function shorten(text: string, width: number, lines: number): string {
  const room = Math.max(1, width * lines - lines * 2);
  return text.length <= room ? text : `${text.slice(0, room - 1).trimEnd()}…`;
}

const ASCII_CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};

/**
 * How many rows go into one cli-table3 table. Its layout takes time
 * quadratic in a table's rows (a 1 MB article's table took 4.6 s, a 10 MB
 * article's 236 s, where JSON Lines take a fraction of a second), so a long
 * document's rows are laid out a table of this many at a time, with the same
 * column widths, and joined as the one table would be drawn.
 */
const TABLE_ROWS = 200;

/** The default view: one row per quote, fitted to the terminal width; yielded a part of the table at a time (see TABLE_ROWS). */
export function* renderTable(view: DocumentView): Generator<string> {
  const { paint } = view;
  const header = ['#', '¶', 'type', 'speaker', 'cue', 'conf', 'quote'];
  const pad = view.terminal ? 2 : 0;
  const widest = (cells: string[], least: number, most: number): number => Math.min(most, Math.max(least, ...cells.map((c) => c.length))) + pad;
  const speakerWidth = widest(view.quotes.map((q) => oneLine(speakerLabel(q))), 7, 20);
  const cueWidth = widest(view.quotes.map((q) => (q.cue ? oneLine(q.cue.text) : '')), 3, 12);
  const fixed = [
    widest(view.quotes.map((q) => String(q.index)), 1, 5),
    widest(view.quotes.map((q) => String(q.paragraph)), 1, 5),
    widest(view.quotes.map((q) => q.type), 4, 8),
    speakerWidth,
    cueWidth,
    4 + pad,
  ];
  // borders (a terminal) or two-space gaps (plain text) between the seven columns
  const separators = view.terminal ? fixed.length + 2 : 2 * fixed.length;
  const quoteWidth = Math.max(12, view.width - fixed.reduce((a, b) => a + b, 0) - separators);
  const table = (): InstanceType<typeof Table> =>
    new (cliTable())({
      head: header.map((h) => (view.terminal ? paint.bold(h) : h)),
      colWidths: [...fixed, quoteWidth],
      wordWrap: true,
      wrapOnWordBoundary: true,
      ...tableLook(view),
    });
  const title = paint.bold(fileLabel(view));
  if (view.quotes.length === 0) {
    yield `${title}\n${paint.dim('  no quotes found')}\n`;
    return;
  }
  yield `${title}\n`;
  // each part is drawn with the header: its lines (and, with borders, the top border) are cut from every part after the
  // first, which then opens with the line that separates the header from the rows, the same that separates two rows;
  // and the bottom border is cut from every part but the last
  const headerLines = tableLines(table(), view.terminal).length - (view.terminal ? 1 : 0);
  for (let from = 0; from < view.quotes.length; from += TABLE_ROWS) {
    const part = table();
    for (const quote of view.quotes.slice(from, from + TABLE_ROWS)) {
      const who = speakerPaint(paint, quote.speaker?.name)(shorten(oneLine(speakerLabel(quote)), speakerWidth - 2, 2));
      const text = shorten(quoteForPeople(view.result, quote), quoteWidth - 2, MAX_QUOTE_LINES);
      const row = [String(quote.index), String(quote.paragraph), quote.type, who, quote.cue ? oneLine(quote.cue.text) : '', quote.confidence.toFixed(2), text];
      part.push(quote.confidence < LOW_CONFIDENCE ? row.map((cell) => paint.dim(cell)) : row);
    }
    const lines = tableLines(part, view.terminal);
    const last = from + TABLE_ROWS >= view.quotes.length;
    yield `${lines.slice(from === 0 ? 0 : headerLines, view.terminal && !last ? -1 : lines.length).join('\n')}\n`;
  }
}

/** --speakers: one row per speaker of the document. */
export function renderSpeakersTable(view: DocumentView): string {
  const { paint } = view;
  const rows = speakerRows(view.quotes, view.result.speakers);
  const title = paint.bold(fileLabel(view));
  if (rows.length === 0) return `${title}\n${paint.dim('  no speakers found')}\n`;
  const table = new (cliTable())({
    head: ['speaker', 'kind', 'title', 'quotes', 'direct', 'mixed', 'indirect', 'mentions'].map((h) => (view.terminal ? paint.bold(h) : h)),
    wordWrap: true,
    ...tableLook(view),
  });
  for (const r of rows) {
    table.push([speakerPaint(paint, r.name)(oneLine(r.name)), r.kind, oneLine(r.title ?? ''), String(r.quotes), String(r.direct), String(r.mixed), String(r.indirect), oneLine(r.mentions.join(', '))]);
  }
  return `${title}\n${tableText(table, view.terminal)}\n`;
}

/**
 * Borders on a terminal, grey only when colour is on (--color never and
 * NO_COLOR mean no escape codes at all); plain ASCII gaps otherwise.
 */
function tableLook(view: DocumentView): Partial<ConstructorParameters<typeof Table>[0] & object> {
  const pad = view.terminal ? 1 : 0;
  const style = { head: [], border: view.terminal && view.paint.level > 0 ? ['gray'] : [], 'padding-left': pad, 'padding-right': pad };
  return view.terminal ? { style } : { style, chars: ASCII_CHARS };
}

/** A table's lines; without borders, the padding at their ends goes. */
function tableLines(table: InstanceType<typeof Table>, terminal: boolean): string[] {
  const lines = table.toString().split('\n');
  return terminal ? lines : lines.map((line) => line.trimEnd());
}

/** A table's text (see tableLines). */
function tableText(table: InstanceType<typeof Table>, terminal: boolean): string {
  return tableLines(table, terminal).join('\n');
}

/**
 * --highlight: the article itself, each quote coloured by its speaker with
 * the speaker's name after it, so a reader checks attributions by eye. With
 * no colour, quotes are marked ⟦…⟧.
 */
export function renderHighlight(view: DocumentView): string {
  const { paint, result } = view;
  const colour = paint.level > 0;
  const pieces: string[] = [paint.bold(fileLabel(view)), '\n'];
  let at = 0;
  for (const quote of [...view.quotes].sort((a, b) => a.start - b.start)) {
    const speak = speakerPaint(paint, quote.speaker?.name);
    quote.parts.forEach((part, i) => {
      if (part.start < at) return;
      pieces.push(printableKeepingLines(result.text.slice(at, part.start)));
      const words = printableKeepingLines(result.text.slice(part.start, part.end));
      pieces.push(colour ? speak(paint.underline(words)) : `⟦${words}⟧`);
      at = part.end;
      if (i === quote.parts.length - 1) {
        // the name goes after the closing mark
        let close = at;
        while (close < result.text.length && QUOTATION_MARK_CHARACTERS.has(result.text[close]!)) close++;
        pieces.push(result.text.slice(at, close), speak(`[${oneLine(speakerLabel(quote))}]`));
        at = close;
      }
    });
  }
  pieces.push(printableKeepingLines(result.text.slice(at)), '\n');
  return pieces.join('');
}

/** Like printable, but line breaks stay line breaks (the article's own layout). */
function printableKeepingLines(text: string): string {
  return text.split(/(\r\n|\r|\n)/).map((piece, i) => (i % 2 === 1 ? '\n' : printable(piece))).join('');
}

// ---------------------------------------------------------------------------
// Delimited and Markdown (one header for all documents)

const COLUMNS = ['file', 'index', 'paragraph', 'type', 'speaker', 'kind', 'mention', 'cue', 'confidence', 'sieve', 'start', 'end', 'text'] as const;
const SPEAKER_COLUMNS = ['file', 'speaker', 'kind', 'title', 'quotes', 'direct', 'mixed', 'indirect', 'mentions'] as const;

function quoteCells(view: DocumentView, quote: Quote): string[] {
  const cells = [
    view.file,
    String(quote.index),
    String(quote.paragraph),
    quote.type,
    quote.speaker?.name ?? '',
    quote.speaker?.kind ?? '',
    quote.speaker?.mention?.text ?? '',
    quote.cue?.text ?? '',
    String(quote.confidence),
    quote.sieve ?? '',
    String(quote.start),
    String(quote.end),
    quote.text,
  ];
  return view.context ? [...cells, quoteContext(view.result, quote)] : cells;
}

function speakerCells(view: DocumentView): string[][] {
  return speakerRows(view.quotes, view.result.speakers).map((r) => [
    view.file, r.name, r.kind, r.title ?? '', String(r.quotes), String(r.direct), String(r.mixed), String(r.indirect), r.mentions.join('; '),
  ]);
}

export function delimitedHeader(context: boolean, speakers: boolean): string[] {
  if (speakers) return [...SPEAKER_COLUMNS];
  return context ? [...COLUMNS, 'context'] : [...COLUMNS];
}

/** The rows of a document's quotes (or speakers), one at a time. */
export function* delimitedRows(view: DocumentView, speakers: boolean): Generator<string[]> {
  if (speakers) yield* speakerCells(view);
  else for (const q of view.quotes) yield quoteCells(view, q);
}

/** RFC 4180: a field with a comma, quotation mark or line break is quoted, quotation marks doubled; lines end CRLF. */
export function csvLine(cells: string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}

/** TSV: tabs, line breaks and backslashes inside a field are written as \t, \n, \r and \\. */
export function tsvLine(cells: string[]): string {
  const escape = (c: string): string => c.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return `${cells.map(escape).join('\t')}\n`;
}

/** A Markdown table row: pipes escaped, line breaks as spaces. */
export function markdownLine(cells: string[]): string {
  return `| ${cells.map((c) => printable(c.replace(/\s+/g, ' ')).replace(/\|/g, '\\|')).join(' | ')} |\n`;
}

export function markdownHeader(cells: string[]): string {
  return `${markdownLine(cells)}|${cells.map(() => ' --- ').join('|')}|\n`;
}
