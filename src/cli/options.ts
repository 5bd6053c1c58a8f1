/**
 * The command line's options, checked and turned into typed values. Any
 * value that does not parse is a usage error (exit 2) before any input is read.
 */
import { DEFAULT_MAX_SIZE } from '../batch/read.js';
import { TEXT_EXTENSIONS } from '../batch/walk.js';
import { isSupportedEncoding } from '../pipeline/01-decode.js';
import { INPUT_FORMATS, type InputFormat } from '../pipeline/01-formats/index.js';
import type { QuoteType } from '../types.js';
import { UsageError } from './errors.js';

export const FORMATS = ['table', 'list', 'json', 'jsonl', 'csv', 'tsv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export const COLOR_MODES = ['auto', 'always', 'never'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

const QUOTE_TYPES: readonly QuoteType[] = ['direct', 'mixed', 'indirect'];

/** The options as commander hands them over (strings, booleans). */
export interface RawOptions {
  format?: string;
  json?: boolean;
  type?: string;
  speaker?: string;
  minConfidence?: string;
  unattributed?: boolean;
  context?: boolean;
  explain?: boolean;
  highlight?: boolean;
  speakers?: boolean;
  output?: string;
  color?: string;
  jobs?: string;
  ext?: string;
  maxSize?: string;
  failFast?: boolean;
  follow?: boolean;
  quiet?: boolean;
  outDir?: string;
  resume?: boolean;
  records?: boolean;
  textField?: string;
  idField?: string;
  inputFormat?: string;
  encoding?: string;
  printText?: boolean;
  includeText?: boolean;
}

/** The options, checked. */
export interface CliOptions {
  format: Format;
  types: QuoteType[];
  speaker: string | null;
  minConfidence: number;
  unattributed: boolean;
  context: boolean;
  explain: boolean;
  highlight: boolean;
  speakers: boolean;
  output: string | null;
  color: ColorMode;
  /** Worker threads; null when not given (the batch decides from the cores and the number of inputs). */
  jobs: number | null;
  /** Extensions (lower case, with the dot) of the files taken from folders. */
  extensions: string[];
  /** Inputs larger than this many bytes fail. */
  maxSize: number;
  failFast: boolean;
  /** Follow symbolic links in folders that lead outside the folder walked. */
  follow: boolean;
  /** No progress line and no summary. */
  quiet: boolean;
  outDir: string | null;
  resume: boolean;
  /** Read JSON Lines records on standard input instead of files: the fields holding the text and the id. */
  records: { textField: string; idField: string } | null;
  /** How to read the inputs; `auto` picks by file extension, then by sniffing. */
  inputFormat: InputFormat;
  /** The encoding of the inputs, or null to detect it. */
  encoding: string | null;
  /** Print the text offsets index (decoded, or extracted from HTML and Markdown) instead of the quotes. */
  printText: boolean;
  /** Add the text to each json document. */
  includeText: boolean;
}

function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${what} '${value}'`, `choose one of ${allowed.join(', ')}`);
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A size in bytes: 500000, 500k, 10M, 1.5G (powers of 1024; a trailing B or iB is allowed). */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value);
  const bytes = match ? Math.floor(Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!) : NaN;
  if (!(bytes > 0)) throw new UsageError(`--max-size takes a size such as 500k or 10M, not '${value}'`);
  return bytes;
}

function parseJobs(value: string | undefined): number | null {
  if (value === undefined) return null;
  const jobs = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not '${value}'`);
  return jobs;
}

function parseExtensions(value: string | undefined): string[] {
  if (value === undefined) return [...TEXT_EXTENSIONS];
  const extensions = value.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
  if (extensions.length === 0) throw new UsageError(`--ext takes extensions such as .txt,.md, not '${value}'`);
  return extensions;
}

/** Options that only make sense together. */
function checkBatchOptions(raw: RawOptions): void {
  if (raw.resume && !raw.outDir) throw new UsageError('--resume goes with --out-dir', 'it skips the inputs whose output file is already there');
  if (raw.outDir && raw.output) throw new UsageError('--out-dir and --output both say where to write', 'give one of them');
  if (raw.records && raw.outDir) throw new UsageError('--records writes one stream; it cannot go with --out-dir');
  if (!raw.records && (raw.textField !== undefined || raw.idField !== undefined)) throw new UsageError('--text-field and --id-field go with --records');
}

export function parseOptions(raw: RawOptions): CliOptions {
  checkBatchOptions(raw);
  if (raw.json && raw.format !== undefined && raw.format !== 'json') {
    throw new UsageError(`--json and --format ${raw.format} disagree`, 'give one of them');
  }
  if (raw.highlight && raw.speakers) throw new UsageError('--highlight and --speakers show different views', 'give one of them');
  const format = raw.json ? 'json' : oneOf('format', raw.format ?? (raw.records ? 'jsonl' : 'table'), FORMATS);
  const types = raw.type === undefined ? [...QUOTE_TYPES] : raw.type.split(',').map((t) => oneOf('quote type', t.trim(), QUOTE_TYPES));
  let minConfidence = 0;
  if (raw.minConfidence !== undefined) {
    minConfidence = Number(raw.minConfidence);
    if (raw.minConfidence.trim() === '' || !Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
      throw new UsageError(`--min-confidence takes a number from 0 to 1, not '${raw.minConfidence}'`);
    }
  }
  if (raw.encoding !== undefined && !isSupportedEncoding(raw.encoding)) {
    throw new UsageError(`unknown encoding '${raw.encoding}'`, 'try utf-8, utf-16le, utf-16be, windows-1252 or latin1');
  }
  if (raw.includeText && format !== 'json') throw new UsageError('--include-text adds the text to json documents', 'use it with --format json');
  if (raw.printText && (raw.highlight || raw.speakers)) throw new UsageError('--print-text prints only the text', 'leave out --highlight and --speakers');
  return {
    format,
    types,
    speaker: raw.speaker ?? null,
    minConfidence,
    unattributed: raw.unattributed !== false,
    context: raw.context === true,
    explain: raw.explain === true,
    highlight: raw.highlight === true,
    speakers: raw.speakers === true,
    output: raw.output ?? null,
    color: oneOf('colour mode', raw.color ?? 'auto', COLOR_MODES),
    jobs: parseJobs(raw.jobs),
    extensions: parseExtensions(raw.ext),
    maxSize: raw.maxSize === undefined ? DEFAULT_MAX_SIZE : parseSize(raw.maxSize),
    failFast: raw.failFast === true,
    follow: raw.follow === true,
    quiet: raw.quiet === true,
    outDir: raw.outDir ?? null,
    resume: raw.resume === true,
    records: raw.records ? { textField: raw.textField ?? 'text', idField: raw.idField ?? 'id' } : null,
    inputFormat: oneOf('input format', raw.inputFormat ?? 'auto', INPUT_FORMATS),
    encoding: raw.encoding ?? null,
    printText: raw.printText === true,
    includeText: raw.includeText === true,
  };
}
