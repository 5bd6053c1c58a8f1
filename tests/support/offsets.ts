/** One check shared by the specification tables: every offset of a result reproduces what it names. */
import { expect } from 'vitest';
import type { ExtractResult } from '../../src/index.js';

export function expectOffsetsReproduce(text: string, result: ExtractResult): void {
  expect(result.text).toBe(text);
  for (const quote of result.quotes) {
    expect(quote.parts.length).toBeGreaterThan(0);
    expect(quote.parts.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(quote.text);
    expect(quote.start).toBe(quote.parts[0]!.start);
    expect(quote.end).toBe(quote.parts.at(-1)!.end);
    const mention = quote.speaker?.mention;
    if (mention) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
  }
}
