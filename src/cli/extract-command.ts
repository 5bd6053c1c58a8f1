/**
 * `quotes [inputs...]`: run the pipeline over each input and print the quotes.
 * Every input is tried; a failed one is reported and the status says so.
 */
import { extractWithTrace } from '../extract.js';
import type { Attribution } from '../pipeline/06-attribution.js';
import { EXIT_INPUT_FAILED, EXIT_OK, InputError, UsageError, describeSystemError } from './errors.js';
import { FORMATS, type Format, documentRecord, formatJsonl, formatList } from './formats.js';
import { readInput } from './inputs.js';
import { diagnostic, writeOut } from './output.js';

export interface ExtractCommandOptions {
  format: string;
  explain?: boolean;
}

export function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`unknown format '${value}'`, `choose one of ${FORMATS.join(', ')}`);
}

function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

/** The --explain trace of one document: for each quotation, the sieves tried and the one that decided. */
function explain(file: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const tried = a.trace.map((t) => `${t.sieve}${t.matched ? '' : t.refused ? ` (refused: ${t.refused})` : ' (no)'}`).join(', ');
    const decision = a.sieve ? `decided by ${a.sieve}` : 'no sieve matched';
    diagnostic(`${file}: quotation at ${a.quotation.start}-${a.quotation.end} ¶${a.quotation.paragraph}: tried ${tried}; ${decision}`);
  }
}

export async function runExtract(inputs: string[], options: ExtractCommandOptions): Promise<number> {
  const format = parseFormat(options.format);
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input given', "pass a file, or '-' to read standard input; see 'quotes --help'");
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError("'-' (standard input) can be given only once");
  let status = EXIT_OK;
  const documents: Record<string, unknown>[] = [];
  for (const input of inputs) {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(input);
    } catch (error) {
      diagnostic(error instanceof InputError ? `${error.input}: ${error.message}` : `${input}: ${describeSystemError(error)}`);
      status = EXIT_INPUT_FAILED;
      continue;
    }
    const { result, attributions } = extractWithTrace(bytes);
    for (const w of result.warnings) diagnostic(`${input}: warning: ${w.message}${w.start !== undefined ? ` (at offset ${w.start})` : ''}`);
    if (options.explain) explain(input, attributions);
    if (format === 'jsonl') await writeOut(formatJsonl(input, result));
    else if (format === 'list') await writeOut(formatList(input, result, useColor()));
    else documents.push(documentRecord(input, result));
  }
  if (format === 'json') {
    const value = inputs.length === 1 ? (documents[0] ?? null) : documents;
    if (value !== null) await writeOut(`${JSON.stringify(value, null, 2)}\n`);
  }
  return status;
}
