/**
 * The command line's options, checked and turned into typed values. Any
 * value that does not parse is a usage error (exit 2) before any input is read.
 */
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

export function parseOptions(raw: RawOptions): CliOptions {
  if (raw.json && raw.format !== undefined && raw.format !== 'json') {
    throw new UsageError(`--json and --format ${raw.format} disagree`, 'give one of them');
  }
  if (raw.highlight && raw.speakers) throw new UsageError('--highlight and --speakers show different views', 'give one of them');
  const format = raw.json ? 'json' : oneOf('format', raw.format ?? 'table', FORMATS);
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
    inputFormat: oneOf('input format', raw.inputFormat ?? 'auto', INPUT_FORMATS),
    encoding: raw.encoding ?? null,
    printText: raw.printText === true,
    includeText: raw.includeText === true,
  };
}
