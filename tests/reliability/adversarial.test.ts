/**
 * Adversarial inputs (issue #9), generated here rather than committed: each
 * finishes within the fuzz script's time bound (50 ms + 0.05 ms a character,
 * linear in the length) and, where something is wrong with the input, says
 * so in a warning.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import type { ExtractResult } from '../../src/types.js';
// @ts-expect-error: a JavaScript module without types
import { brokenInvariant, timeBound } from '../../scripts/article-generator.mjs';

/** The largest inputs take tens of seconds on a loaded two-core machine. */
const SLOW = 600_000;

function timed(input: string | Uint8Array): { result: ExtractResult; ms: number } {
  const started = performance.now();
  const result = extractQuotes(input);
  const ms = performance.now() - started;
  expect(ms, `${input.length} characters`).toBeLessThanOrEqual(timeBound(input.length));
  expect(brokenInvariant(result)).toBeNull();
  return { result, ms };
}

const codes = (result: ExtractResult): Set<string> => new Set(result.warnings.map((w) => w.code));

describe('adversarial inputs', () => {
  beforeAll(() => {
    extractQuotes('“We are ready,” Putin said.');
  });

  it('10,000 unbalanced quotation marks: a warning that a mark is never closed', () => {
    const { result } = timed('Putin said “we are ready. '.repeat(10_000));
    expect(codes(result)).toContain('unclosed-quote');
    expect(result.warnings.find((w) => w.code === 'unclosed-quote')!.message).toMatch(/never closed/);
  });

  it('10,000 closing marks with no opening mark: a warning for the stray marks', () => {
    const { result } = timed('he said ” and left. '.repeat(10_000));
    expect(codes(result)).toContain('stray-quote');
  });

  it('deeply nested quotes (5,000 levels, every style): finishes, with a warning', () => {
    const opening = ['“', '‘', '«', '„', '"', "'"];
    const { result } = timed(Array.from({ length: 5000 }, (_, i) => `${opening[i % opening.length]}a `).join('') + 'x');
    expect(result.warnings.length).toBeGreaterThan(0);
    timed('“'.repeat(5000) + 'x' + '”'.repeat(5000));
  });

  it('a 1 MB single word: linear, not quadratic (an e-mail pattern once scanned to the end from every position)', () => {
    const { result } = timed('a'.repeat(1_000_000));
    expect(result.quotes).toEqual([]);
    // the regression itself: 40,000 characters took 5 s before the fix; linear, 160,000 take about four times 40,000's time
    const small = timed('b'.repeat(40_000)).ms;
    const large = timed('b'.repeat(160_000)).ms;
    expect(large).toBeLessThan(Math.max(16 * small, 2000));
  }, SLOW);

  it('a 5 MB single line of quotes: finishes, and finds quotes in it', () => {
    const unit = 'The minister said “we are ready” and left, ';
    const { result } = timed(unit.repeat(Math.ceil(5_000_000 / unit.length)).slice(0, 5_000_000));
    expect(result.quotes.length).toBeGreaterThan(0);
  }, SLOW);

  it('100,000 tiny paragraphs', () => {
    const { result } = timed('a.\n'.repeat(100_000));
    expect(result.paragraphs).toHaveLength(100_000);
  }, SLOW);

  it('100,000 tiny paragraphs each holding a short quote: linear in the quotes (every sentence once copied all the quote spans: 75 s to 158 s)', () => {
    const paragraph = '"Hi," she said.\n';
    const small = timed(paragraph.repeat(10_000)).ms;
    const { result, ms } = timed(paragraph.repeat(100_000));
    expect(result.quotes).toHaveLength(100_000);
    // linear: about ten times 10,000's time; quadratic was over a hundred times
    expect(ms).toBeLessThan(Math.max(30 * small, 15_000));
  }, SLOW);

  it('a file of NUL bytes: refused as binary', () => {
    const { result } = timed(new Uint8Array(1_000_000));
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([['binary-input', 'not a text file (binary data)']]);
    expect(result.quotes).toEqual([]);
  });
});
