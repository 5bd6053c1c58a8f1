/**
 * Reading a system's output (`quotes --format jsonl`, one quote record a line,
 * see docs/output-contract.md) into scoring views, grouped by document.
 *
 * A record's document is the basename of its `file` field, without directory
 * and without a `.txt` extension, so `corpus/text/NAME.txt` and `NAME` both
 * name document NAME. A document the system found no quote in has no line and
 * so no entry: look it up with `?? []`. Blank lines are skipped; any other line
 * that is not a valid record raises a `SystemOutputError` naming its line.
 */

import type { QuoteType, Span } from '../types.js';
import { fromQuoteRecord, QUOTE_TYPES, type QuoteRecordLike, type SystemQuote } from './score.js';

/** A line of system output that is not a usable quote record. */
export class SystemOutputError extends Error {
  override readonly name = 'SystemOutputError';
  constructor(
    /** 1-based line number. */
    readonly line: number,
    readonly reason: string,
  ) {
    super(`system output line ${line}: ${reason}`);
  }
}

/** Document name of a record's `file`: basename without a `.txt` extension. */
export function documentName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.endsWith('.txt') ? base.slice(0, -'.txt'.length) : base;
}

/** Parse JSON Lines system output into system quotes per document name, in record order. */
export function readSystemJsonl(content: string): Map<string, SystemQuote[]> {
  const byDocument = new Map<string, SystemQuote[]>();
  const lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new SystemOutputError(lineNumber, `not JSON (${(error as Error).message})`);
    }
    const { file, record } = checkRecord(value, lineNumber);
    const name = documentName(file);
    const quotes = byDocument.get(name) ?? [];
    quotes.push(fromQuoteRecord(record));
    byDocument.set(name, quotes);
  });
  return byDocument;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function checkSpan(value: unknown, field: string, line: number): Span {
  if (!isObject(value) || !isOffset(value.start) || !isOffset(value.end) || value.end < value.start) {
    throw new SystemOutputError(line, `${field} is not a span {start, end} of non-negative integers`);
  }
  return { start: value.start, end: value.end };
}

function checkRecord(value: unknown, line: number): { file: string; record: QuoteRecordLike } {
  if (!isObject(value)) throw new SystemOutputError(line, 'not a JSON object');
  if (typeof value.file !== 'string') throw new SystemOutputError(line, 'missing "file"');
  if (typeof value.type !== 'string' || !(QUOTE_TYPES as readonly string[]).includes(value.type)) {
    throw new SystemOutputError(line, `"type" must be one of ${QUOTE_TYPES.join(', ')}`);
  }
  const extent = checkSpan(value, 'the record', line);

  let parts: Span[] | null = null;
  if (value.parts != null) {
    if (!Array.isArray(value.parts)) throw new SystemOutputError(line, '"parts" is not an array');
    parts = value.parts.map((part, i) => checkSpan(part, `parts[${i}]`, line));
  }

  let speaker: QuoteRecordLike['speaker'] = null;
  if (value.speaker != null) {
    if (!isObject(value.speaker)) throw new SystemOutputError(line, '"speaker" is not an object');
    const name = value.speaker.name;
    if (name != null && typeof name !== 'string') throw new SystemOutputError(line, '"speaker.name" is not a string');
    speaker = {
      name: name ?? null,
      mention: value.speaker.mention != null ? checkSpan(value.speaker.mention, 'speaker.mention', line) : null,
    };
  }

  const cue = value.cue != null ? checkSpan(value.cue, 'cue', line) : null;
  return {
    file: value.file,
    record: { type: value.type as QuoteType, start: extent.start, end: extent.end, parts, speaker, cue },
  };
}
