/**
 * Output formats: how one document's quotes become text on stdout.
 * jsonl and json follow docs/output-contract; list is for reading.
 */
import { Chalk } from 'chalk';
import type { ExtractResult, Quote } from '../types.js';

export const FORMATS = ['list', 'jsonl', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** A quote as a JSON Lines record: the contract's field order, `file` first. */
export function quoteRecord(file: string, quote: Quote): Record<string, unknown> {
  return {
    file,
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
  };
}

export function documentRecord(file: string, result: ExtractResult): Record<string, unknown> {
  return {
    file,
    paragraphs: result.paragraphs,
    quotes: result.quotes.map((q) => quoteRecord(file, q)),
    speakers: result.speakers,
    warnings: result.warnings,
  };
}

export function formatJsonl(file: string, result: ExtractResult): string {
  return result.quotes.map((q) => `${JSON.stringify(quoteRecord(file, q))}\n`).join('');
}

/** Control characters of the article are shown escaped, never sent raw to a terminal. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatList(file: string, result: ExtractResult, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = [c.bold(file)];
  if (result.quotes.length === 0) lines.push(c.dim('  no quotes found'));
  for (const quote of result.quotes) {
    const who = quote.speaker?.name ?? quote.speaker?.mention?.text ?? 'unknown speaker';
    const mention = quote.speaker?.mention && quote.speaker.mention.text !== who ? ` (${quote.speaker.mention.text})` : '';
    const cue = quote.cue ? ` ${quote.cue.text}` : '';
    const type = quote.type === 'direct' ? '' : ` ${c.yellow(quote.type)}`;
    lines.push(`  ${c.dim(`#${quote.index} ¶${quote.paragraph}`)}${type} ${c.cyan(printable(who))}${printable(mention)}${cue}`);
    // a mixed quote's text holds its own quotation marks
    const [open, close] = quote.type === 'direct' ? ['“', '”'] : ['', ''];
    const parts = quote.parts.map((p) => `${open}${printable(result.text.slice(p.start, p.end).replace(/\s+/g, ' '))}${close}`);
    lines.push(`      ${parts.join(' … ')}`);
  }
  return `${lines.join('\n')}\n`;
}
