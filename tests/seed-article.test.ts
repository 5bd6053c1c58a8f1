/**
 * The article the project started from (a TASS report with ten quotations of
 * Vladimir Putin): every quotation in quotation marks is found, every offset
 * reproduces its text, and every attributed quote is Putin's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'tass-putin-trump.txt'), 'utf8');
const result = extractQuotes(text);

/** Every "…" stretch of the article, found independently of the pipeline (the article uses straight quotes only). */
const quotedStretches = [...text.matchAll(/"([^"\n]+)"/g)].map((m) => ({ start: m.index + 1, end: m.index + 1 + m[1]!.length }));

describe('seed article', () => {
  it('has the quotations we expect to find', () => {
    expect(quotedStretches.length).toBe(11);
  });

  it('finds every quotation in quotation marks, as a direct quote or inside a mixed one', () => {
    const parts = result.quotes.flatMap((q) => q.parts);
    for (const stretch of quotedStretches) {
      expect(parts.some((p) => p.start <= stretch.start && stretch.end <= p.end), text.slice(stretch.start, stretch.end)).toBe(true);
    }
    const mixed = result.quotes.filter((q) => q.type === 'mixed');
    expect(mixed.map((q) => q.text)).toEqual([
      'that if Russia and the US "had joined efforts some time ago, we could have avoided many problems the world is facing now."',
    ]);
  });

  it('reproduces each quote from its offsets', () => {
    for (const quote of result.quotes) {
      expect(text.slice(quote.start, quote.end).startsWith(text.slice(quote.parts[0]!.start, quote.parts[0]!.end))).toBe(true);
      expect(quote.parts.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(quote.text);
      if (quote.parts.length === 1) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      for (const span of [quote.speaker?.mention, quote.cue]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('has the ten direct quotations (one interrupted by its attribution) and the partial one', () => {
    const quoted = result.quotes.filter((q) => q.type !== 'indirect').map((q) => q.type);
    expect(quoted).toEqual(['direct', 'direct', 'direct', 'direct', 'direct', 'direct', 'mixed', 'direct', 'direct', 'direct']);
    expect(result.quotes.filter((q) => q.type === 'direct').flatMap((q) => q.parts)).toHaveLength(10);
  });

  it('reports the subtitle, the opening statement, what Putin recalled and what he noted as reported speech', () => {
    expect(result.quotes.filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual([
      // the headline, "Putin backs Trump’s intention to mend ties with Russia": a stance, which PolNeAR annotates as an attribution (the learned reader)
      'Trump’s intention to mend ties with Russia',
      'Moscow hopes for the development of cooperation',
      'Russia supports the intentions of US president elect Donald J. Trump to improve relations between Moscow and Washington',
      'that he only had a telephone conversation with Trump, whereas Japan’s Prime Minister Shinzo Abe met with him in person',
      'that it is well known that the US President-elect has publicly spoken in favor of normalizing Russian-American relations',
    ]);
  });

  it('takes nothing from the navigation line, and from the headline only the stance it reports', () => {
    expect(result.quotes.filter((q) => q.paragraph < 3).map((q) => [q.paragraph, q.text, q.cue?.text, q.speaker?.mention?.text])).toEqual([
      [2, 'Trump’s intention to mend ties with Russia', 'backs', 'Putin'],
    ]);
  });

  it('does not take the "President Obama" aside inside a quote for a quote or a speaker', () => {
    expect(result.speakers.map((s) => s.name)).toEqual(['Vladimir Putin']);
    expect(result.quotes.some((q) => q.speaker?.mention?.text.includes('Obama'))).toBe(false);
  });

  it('attributes every quote to Vladimir Putin, however the text names him', () => {
    const attributed = result.quotes.filter((q) => q.speaker);
    expect(attributed).toHaveLength(result.quotes.length);
    expect(new Set(attributed.map((q) => q.speaker!.name))).toEqual(new Set(['Vladimir Putin']));
    expect(new Set(attributed.map((q) => q.speaker!.mention?.text))).toEqual(
      new Set(['The president', 'President Vladimir Putin', 'Putin', 'the president', 'the Russian president', 'the Russian leader']),
    );
    expect(result.speakers).toEqual([expect.objectContaining({ name: 'Vladimir Putin', kind: 'person', title: 'President' })]);
  });

  it('joins a quote interrupted by its attribution into one record with two parts', () => {
    const interrupted = result.quotes.find((q) => q.text.startsWith('We are ready to meet'))!;
    expect(interrupted.parts).toHaveLength(2);
    expect(interrupted.text).toContain('We have to wait for him to take office');
  });
});
