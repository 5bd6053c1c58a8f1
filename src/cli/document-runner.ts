/**
 * One document of the command line, from input to rendered text: read (a
 * path) or parse (a --records line), extract, filter, and render in the
 * chosen format. Run by the batch pool in each worker thread (or in the main
 * thread with one job), so it returns text and diagnostic lines for the
 * main thread to write, in input order, and never writes itself.
 */
import { extname } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Chalk } from 'chalk';
import { escapedPath } from '../batch/path-names.js';
import { InputFailure, readArticle, tooLarge } from '../batch/read.js';
import { extractWithTrace, ofTypes } from '../extract.js';
import { BINARY_INPUT, type DecodedText, decode } from '../pipeline/01-decode.js';
import type { InputFormat } from '../pipeline/01-formats/index.js';
import type { Attribution } from '../pipeline/06-attribution.js';
import type { ExtractResult, Quote, SpeakerSummary } from '../types.js';
import {
  type DocumentView,
  delimitedRows,
  documentRecord,
  prettyJson,
  csvLine,
  fileBytesField,
  markdownLine,
  renderHighlight,
  jsonlLines,
  renderList,
  renderSpeakersTable,
  renderTable,
  speakerRows,
  tsvLine,
} from './formats.js';
import type { CliOptions } from './options.js';

/** The options that shape a document's output. */
export const RENDER_OPTIONS = ['format', 'types', 'speaker', 'minConfidence', 'unattributed', 'context', 'explain', 'highlight', 'speakers', 'maxSize', 'records', 'inputFormat', 'encoding', 'printText', 'includeText'] as const;

/** What a worker needs to render documents, as plain data: those options, and how to decorate. */
export interface RenderConfig extends Pick<CliOptions, (typeof RENDER_OPTIONS)[number]> {
  /** Chalk colour level (0: none). */
  colour: 0 | 1 | 2 | 3;
  width: number;
  terminal: boolean;
}

/**
 * One document to run: a file to read, bytes already read (standard input;
 * the runner takes them out of the task, null after, so that the task does
 * not hold them while the text is read), a --records line, or a failure found
 * earlier. `fileBytes`: the path's exact bytes when they are not UTF-8 (then
 * read, and shown escaped).
 */
export type DocumentTask = { file: string; fileBytes?: Uint8Array } & ({ path: string } | { bytes: Uint8Array | null } | { line: string } | { failure: string });

/** A document done: its rendered output (one format's body; the printer frames it), the lines for stderr, and counts. */
export interface DocumentOutcome {
  /** The name in the output: the path, '-', or the record's id. */
  file: string;
  /** The name in diagnostics: `file`, or the path with each byte that is not UTF-8 escaped (`\xff`). */
  label: string;
  /** The path's exact bytes, as in the task. */
  fileBytes?: Uint8Array;
  /** Why it could not be processed; nothing else is set then. */
  failure?: string;
  /**
   * The rendered text, in pieces to write in order. In the main thread it is
   * rendered as it is written, so a long document's output is never held
   * whole; a worker thread renders it before handing it over.
   */
  output: Iterable<string>;
  /** Diagnostic lines (warnings, --explain), without the "quotes: " prefix. */
  lines: string[];
  quotes: number;
  /** Canonical names of the speakers of the quotes shown. */
  speakers: string[];
}

/** The filters of the command line: --speaker (`speaker`, see speakerFilter), --min-confidence, --no-unattributed (--type is the library's ofTypes). */
function keep(config: RenderConfig, speaker: ((quote: Quote) => boolean) | null, quote: Quote): boolean {
  if (quote.confidence < config.minConfidence) return false;
  if (!config.unattributed && !quote.speaker) return false;
  return speaker === null || speaker(quote);
}

/** A name as --speaker compares it: any case, spaces collapsed. */
const folded = (name: string): string => name.trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * `--speaker QUERY` on a document whose speakers (of all its quotes, whatever
 * --type keeps) are `speakers`: a quote matches when its speaker's canonical
 * name is the query, or, for a person, has the query as its leading or
 * trailing words (a surname "putin", a first name "vladimir" of "Vladimir
 * Putin"), or was named by the query at any quote of the document ("the
 * president", "Mr. Putin"); any case. So every quote of that speaker
 * matches, whatever its own mention ("he", "the Russian leader"). A speaker
 * with no canonical name matches by the words at the quote.
 */
function speakerFilter(query: string, speakers: readonly SpeakerSummary[]): (quote: Quote) => boolean {
  const wanted = folded(query);
  const names = new Set<string>();
  for (const speaker of speakers) {
    const words = folded(speaker.name).split(' ');
    const part = speaker.kind === 'person' && words.some((_, k) => k > 0 && (words.slice(0, k).join(' ') === wanted || words.slice(k).join(' ') === wanted));
    if (words.join(' ') === wanted || part || speaker.mentions.some((m) => folded(m) === wanted)) names.add(speaker.name);
  }
  return ({ speaker }) => (speaker?.name ? names.has(speaker.name) : speaker?.mention != null && folded(speaker.mention.text) === wanted);
}

/** File extensions that say how to read an input; any other file is sniffed (HTML when it opens like a page). */
const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** How to read an input: as --input-format says, else by its extension, else by sniffing. */
function inputFormat(input: string, config: RenderConfig): InputFormat {
  if (config.inputFormat !== 'auto') return config.inputFormat;
  return FORMAT_BY_EXTENSION[extname(input).toLowerCase()] ?? 'auto';
}

/** How much of a non-body line --explain shows. */
const EXPLAIN_EXCERPT = 60;

/** The --explain trace of one document: the non-body lines left out, then for each quotation the sieves tried and the one that decided. */
function explain(file: string, result: ExtractResult, attributions: Attribution[]): string[] {
  const lines = result.nonBody.map((span) => {
    const words = result.text.slice(span.start, span.end).replace(/\s+/gu, ' ');
    const excerpt = words.length > EXPLAIN_EXCERPT ? `${words.slice(0, EXPLAIN_EXCERPT - 1)}…` : words;
    return `${file}: not body (${span.kind}) at ${span.start}-${span.end}: ${excerpt}`;
  });
  for (const a of attributions) {
    const tried = a.trace.map((t) => `${t.sieve}${t.matched ? '' : t.refused ? ` (refused: ${t.refused})` : ' (no)'}`).join(', ');
    const decision = a.sieve ? `decided by ${a.sieve}` : 'no sieve matched';
    lines.push(`${file}: quotation at ${a.quotation.start}-${a.quotation.end} ¶${a.quotation.paragraph}: tried ${tried}; ${decision}`);
  }
  return lines;
}

/** How many characters of rendered lines are written at once: few writes, and never the whole output of a long document. */
const CHUNK_CHARS = 1 << 16;

/** Lines joined into pieces of about CHUNK_CHARS characters, rendered one piece at a time. */
function* inChunks(lines: Iterable<string>): Generator<string> {
  let chunk: string[] = [];
  let size = 0;
  for (const line of lines) {
    chunk.push(line);
    size += line.length;
    if (size >= CHUNK_CHARS) {
      yield chunk.join('');
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

/** The rendered text of `rows`, one line each. */
function* rowLines<T>(rows: Iterable<T>, line: (row: T) => string): Generator<string> {
  for (const row of rows) yield line(row);
}

/**
 * The document in the chosen format, without what belongs to the whole run:
 * csv, tsv and md rows without the header; json the document's own value
 * (the printer puts several in an array). Rendered as it is read: the
 * pieces of the line formats one after another, the others whole.
 */
export function renderDocument(view: DocumentView, config: RenderConfig): Iterable<string> {
  if (config.printText) return [view.result.text.length === 0 || view.result.text.endsWith('\n') ? view.result.text : `${view.result.text}\n`];
  if (config.highlight) return [renderHighlight(view)];
  switch (config.format) {
    case 'jsonl':
      return config.speakers
        ? [speakerRows(view.quotes, view.result.speakers).map((r) => `${JSON.stringify({ file: view.file, fileBytes: fileBytesField(view), ...r })}\n`).join('')]
        : inChunks(jsonlLines(view));
    case 'json':
      return inChunks(prettyJson(documentRecord(view, config.includeText)));
    case 'csv':
    case 'tsv':
    case 'md': {
      const line = config.format === 'csv' ? csvLine : config.format === 'tsv' ? tsvLine : markdownLine;
      return inChunks(rowLines(delimitedRows(view, config.speakers), line));
    }
    case 'list':
      return config.speakers ? [renderSpeakersTable(view)] : inChunks(renderList(view));
    case 'table':
      return config.speakers ? [renderSpeakersTable(view)] : renderTable(view);
  }
}

/** A --records line: the article's id and text, or why the line is not a record. */
function parseRecord(line: string, fields: { textField: string; idField: string }, maxSize: number): { id: string; text: string } {
  const size = Buffer.byteLength(line);
  if (size > maxSize) throw tooLarge(size, maxSize);
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw new InputFailure(`not JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new InputFailure('not a JSON object');
  const { [fields.textField]: text, [fields.idField]: id } = record as Record<string, unknown>;
  if (typeof text !== 'string') throw new InputFailure(`no string field '${fields.textField}' (see --text-field)`);
  if (typeof id !== 'string' && typeof id !== 'number') throw new InputFailure(`no string or number field '${fields.idField}' (see --id-field)`);
  return { id: String(id), text };
}

/**
 * A file read and decoded, in a frame of its own: once it returns nothing
 * holds the bytes, and they are let go while the text is read.
 */
function readDecoded(path: string | Uint8Array, config: RenderConfig): DecodedText {
  return decoded(readArticle(path, config.maxSize), config);
}

/** Standard input's bytes decoded, taken out of the task, in a frame of their own (see readDecoded). */
function takeDecoded(task: { bytes: Uint8Array | null }, config: RenderConfig): DecodedText {
  const bytes = task.bytes;
  task.bytes = null;
  if (bytes === null) throw new Error('standard input was read twice');
  return decoded(bytes, config);
}

function decoded(bytes: Uint8Array, config: RenderConfig): DecodedText {
  return decode(bytes, config.encoding === null ? {} : { encoding: config.encoding });
}

export function createRunner(config: RenderConfig): (task: DocumentTask) => DocumentOutcome {
  const paint = new Chalk({ level: config.colour });
  return (task) => {
    const { fileBytes } = task;
    // how the document is named in the output and in diagnostics (a --records line: by its id, once parsed)
    const named = { file: task.file, label: fileBytes ? escapedPath(fileBytes) : task.file, ...(fileBytes ? { fileBytes } : {}) };
    const failed = (failure: string): DocumentOutcome => ({ ...named, failure, output: [], lines: [], quotes: 0, speakers: [] });
    if ('failure' in task) return failed(task.failure);
    let article: string | Uint8Array | DecodedText;
    try {
      if ('path' in task) article = readDecoded(fileBytes ?? task.path, config);
      else if ('bytes' in task) article = takeDecoded(task, config);
      else {
        const record = parseRecord(task.line, config.records!, config.maxSize);
        named.file = named.label = record.id;
        article = record.text;
      }
    } catch (error) {
      if (error instanceof InputFailure) return failed(error.message);
      throw error;
    }
    // all the quotes, then those of the types asked for: --speaker knows a speaker by every mention of the document
    const { result: whole, attributions } = extractWithTrace(article, {
      format: inputFormat('path' in task ? task.path : named.file, config),
      ...(config.encoding === null ? {} : { encoding: config.encoding }),
    });
    const result = ofTypes(whole, config.types);
    const speaker = config.speaker === null ? null : speakerFilter(config.speaker, whole.speakers);
    const refusal = result.warnings.find((w) => w.code === BINARY_INPUT);
    if (refusal) return failed(refusal.message);
    const lines = result.warnings.map((w) => `${named.label}: warning: ${w.message}${w.start !== undefined ? ` (at offset ${w.start})` : ''}`);
    if (config.explain && !config.printText) lines.push(...explain(named.label, result, attributions));
    const view = documentView(named.file, fileBytes, result, config, speaker, paint);
    const output = renderDocument(view, config);
    return {
      ...named,
      // a worker's outcome is copied to the main thread, which takes text, not a renderer
      output: isMainThread ? output : [...output],
      lines,
      quotes: view.quotes.length,
      speakers: [...new Set(view.quotes.map((q) => q.speaker?.name).filter((n): n is string => Boolean(n)))],
    };
  };
}

function documentView(
  file: string,
  fileBytes: Uint8Array | undefined,
  result: ExtractResult,
  config: RenderConfig,
  speaker: ((quote: Quote) => boolean) | null,
  paint: InstanceType<typeof Chalk>,
): DocumentView {
  return {
    file,
    ...(fileBytes ? { fileBytes } : {}),
    result,
    quotes: result.quotes.filter((q) => keep(config, speaker, q)),
    context: config.context,
    paint,
    width: config.width,
    terminal: config.terminal,
  };
}
