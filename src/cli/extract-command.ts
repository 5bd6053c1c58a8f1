/**
 * `quotes [inputs...]`: run the pipeline over each input and write the quotes
 * in the chosen format. Every input is tried; a failed one is reported on
 * stderr, the others are processed, and the status says so.
 */
import { extname } from 'node:path';
import { Chalk } from 'chalk';
import { extractWithTrace } from '../extract.js';
import { BINARY_INPUT } from '../pipeline/01-decode.js';
import type { InputFormat } from '../pipeline/01-formats/index.js';
import type { Attribution } from '../pipeline/06-attribution.js';
import type { ExtractResult, Quote } from '../types.js';
import { EXIT_INPUT_FAILED, EXIT_OK, InputError, UsageError, describeSystemError } from './errors.js';
import {
  type DocumentView,
  csvLine,
  delimitedHeader,
  delimitedRows,
  documentRecord,
  markdownHeader,
  markdownLine,
  renderHighlight,
  renderJsonl,
  renderList,
  renderSpeakersTable,
  renderTable,
  speakerRows,
  tsvLine,
} from './formats.js';
import { readInput } from './inputs.js';
import type { CliOptions } from './options.js';
import { type Output, diagnostic, fileOutput, stdoutOutput } from './output.js';

/** File extensions that say how to read an input; any other file is sniffed (HTML when it opens like a page). */
const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** How to read an input: as --input-format says, else by its extension, else by sniffing. */
function inputFormat(input: string, options: CliOptions): InputFormat {
  if (options.inputFormat !== 'auto') return options.inputFormat;
  return FORMAT_BY_EXTENSION[extname(input).toLowerCase()] ?? 'auto';
}

/** Colour only on a terminal (or when asked), never under NO_COLOR or TERM=dumb, never in machine formats. */
function colourLevel(options: CliOptions, output: Output): 0 | 1 | 2 | 3 {
  const machine = ['json', 'jsonl', 'csv', 'tsv'].includes(options.format) && !options.highlight;
  if (machine || options.color === 'never') return 0;
  if (options.color === 'always') return 1;
  if (!output.terminal || process.env.NO_COLOR || process.env.TERM === 'dumb') return 0;
  return 1;
}

/** How much of a non-body line --explain shows. */
const EXPLAIN_EXCERPT = 60;

/** The --explain trace of one document: the non-body lines left out, then for each quotation the sieves tried and the one that decided. */
function explain(file: string, result: ExtractResult, attributions: Attribution[]): void {
  for (const span of result.nonBody) {
    const words = result.text.slice(span.start, span.end).replace(/\s+/gu, ' ');
    const excerpt = words.length > EXPLAIN_EXCERPT ? `${words.slice(0, EXPLAIN_EXCERPT - 1)}…` : words;
    diagnostic(`${file}: not body (${span.kind}) at ${span.start}-${span.end}: ${excerpt}`);
  }
  for (const a of attributions) {
    const tried = a.trace.map((t) => `${t.sieve}${t.matched ? '' : t.refused ? ` (refused: ${t.refused})` : ' (no)'}`).join(', ');
    const decision = a.sieve ? `decided by ${a.sieve}` : 'no sieve matched';
    diagnostic(`${file}: quotation at ${a.quotation.start}-${a.quotation.end} ¶${a.quotation.paragraph}: tried ${tried}; ${decision}`);
  }
}

/** The filters of the command line: --speaker, --min-confidence, --no-unattributed (--type is the library's). */
function keep(options: CliOptions, quote: Quote): boolean {
  if (quote.confidence < options.minConfidence) return false;
  if (!options.unattributed && !quote.speaker) return false;
  if (options.speaker !== null) {
    const wanted = options.speaker.toLowerCase();
    const names = [quote.speaker?.name, quote.speaker?.mention?.text].filter((n): n is string => Boolean(n));
    if (!names.some((n) => n.toLowerCase() === wanted)) return false;
  }
  return true;
}

/** Writes documents one at a time in the chosen format; formats with one header or one value for all inputs are handled here. */
class Printer {
  private first = true;
  private readonly documents: Record<string, unknown>[] = [];

  constructor(
    private readonly options: CliOptions,
    private readonly output: Output,
    private readonly single: boolean,
  ) {}

  async document(view: DocumentView): Promise<void> {
    const { options } = this;
    const out = (chunk: string): Promise<void> => this.output.write(chunk);
    if (options.highlight) return out(renderHighlight(view));
    switch (options.format) {
      case 'jsonl':
        return options.speakers
          ? out(speakerRows(view.quotes, view.result.speakers).map((r) => `${JSON.stringify({ file: view.file, ...r })}\n`).join(''))
          : out(renderJsonl(view));
      case 'json':
        this.documents.push(documentRecord(view, options.includeText));
        return;
      case 'csv':
      case 'tsv':
      case 'md': {
        const line = options.format === 'csv' ? csvLine : options.format === 'tsv' ? tsvLine : markdownLine;
        const header = delimitedHeader(options.context, options.speakers);
        if (this.first) await out(options.format === 'md' ? markdownHeader(header) : line(header));
        this.first = false;
        return out(delimitedRows(view, options.speakers).map(line).join(''));
      }
      case 'list':
        return out(options.speakers ? renderSpeakersTable(view) : renderList(view));
      case 'table':
        return out(options.speakers ? renderSpeakersTable(view) : renderTable(view));
    }
  }

  async end(): Promise<void> {
    if (this.options.format === 'json' && !this.options.highlight && !this.options.printText) {
      const value = this.single ? (this.documents[0] ?? null) : this.documents;
      if (value !== null) await this.output.write(`${JSON.stringify(value, null, 2)}\n`);
    }
  }
}

export async function runExtract(inputs: string[], options: CliOptions): Promise<number> {
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input given', "pass a file, or '-' to read standard input; see 'quotes --help'");
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError("'-' (standard input) can be given only once");
  const output = options.output ? fileOutput(options.output, inputs) : stdoutOutput();
  const paint = new Chalk({ level: colourLevel(options, output) });
  const printer = new Printer(options, output, inputs.length === 1);
  let status = EXIT_OK;
  try {
    for (const input of inputs) {
      let bytes: Uint8Array;
      try {
        bytes = await readInput(input);
      } catch (error) {
        diagnostic(error instanceof InputError ? `${error.input}: ${error.message}` : `${input}: ${describeSystemError(error)}`);
        status = EXIT_INPUT_FAILED;
        continue;
      }
      const { result, attributions } = extractWithTrace(bytes, {
        types: options.types,
        format: inputFormat(input, options),
        ...(options.encoding === null ? {} : { encoding: options.encoding }),
      });
      const refusal = result.warnings.find((w) => w.code === BINARY_INPUT);
      if (refusal) {
        diagnostic(`${input}: ${refusal.message}`);
        status = EXIT_INPUT_FAILED;
        continue;
      }
      for (const w of result.warnings) diagnostic(`${input}: warning: ${w.message}${w.start !== undefined ? ` (at offset ${w.start})` : ''}`);
      if (options.printText) {
        await output.write(result.text.length === 0 || result.text.endsWith('\n') ? result.text : `${result.text}\n`);
        continue;
      }
      if (options.explain) explain(input, result, attributions);
      await printer.document(view(input, result, options, output, paint));
    }
    await printer.end();
    await output.finish();
  } catch (error) {
    output.abort();
    throw error;
  }
  return status;
}

function view(file: string, result: ExtractResult, options: CliOptions, output: Output, paint: InstanceType<typeof Chalk>): DocumentView {
  return {
    file,
    result,
    quotes: result.quotes.filter((q) => keep(options, q)),
    context: options.context,
    paint,
    width: output.width,
    terminal: output.terminal,
  };
}
