/**
 * Reliability properties (issue #9): over generated articles mixing quotation
 * marks of every style, names, reporting verbs, line breaks and awkward
 * Unicode (combining marks, emoji, right-to-left text and controls, NUL, lone
 * surrogates, terminal escapes), the library never throws, finishes within a
 * bound proportional to the length, gives offsets inside the text, and its
 * result is valid JSON that survives a round trip. The same generator and
 * invariants drive the long run, scripts/fuzz.mjs.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
// @ts-expect-error: a JavaScript module without types
import { AWKWARD, PIECES, brokenInvariant, timeBound } from '../../scripts/article-generator.mjs';

const pieces = PIECES as string[];
/** Articles from the pieces, with now and then any code unit at all (lone surrogates included). */
const article = fc
  .array(fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 150 })
  .map((p) => p.join(''));

/** The fuzz script's bound times ten: the test runner and the test files beside this one pause calls for longer. */
const SLACK = 10;

/** Runs an extraction and says what broke, timing it (up to twice more if over the bound: a collection can pause any call). */
function check(input: string | Uint8Array, format: 'auto' | 'text' | 'html' | 'markdown' = 'auto'): void {
  let started = performance.now();
  const result = extractQuotes(input, { format });
  let ms = performance.now() - started;
  expect(brokenInvariant(result)).toBeNull();
  const bound = timeBound(input.length, SLACK);
  for (let again = 0; again < 2 && ms > bound; again++) {
    started = performance.now();
    extractQuotes(input, { format });
    ms = performance.now() - started;
  }
  expect(ms, `${input.length} characters`).toBeLessThanOrEqual(bound);
}

describe('reliability properties', () => {
  beforeAll(() => {
    // loads the NLP model and the HTML and Markdown readers before anything is timed
    for (const format of ['text', 'html', 'markdown'] as const) extractQuotes('"We are ready," Putin said.', { format });
  });

  it('the generator holds every kind of awkward character the issue names', () => {
    const all = (AWKWARD as string[]).join('');
    for (const needed of ['\u0301', '😀', 'עברית', '\u202E', '\u0000', '\uD800', '\uDFFF', '\x1b[']) expect(all).toContain(needed);
  });

  it('never throws, stays within its time bound, keeps offsets in the text, and round-trips through JSON', () => {
    fc.assert(fc.property(article, (text) => check(text)), { numRuns: 1500 });
  });

  it('the same, read as HTML or Markdown, and from raw bytes', () => {
    const format = fc.constantFrom('auto', 'text', 'html', 'markdown') as fc.Arbitrary<'auto' | 'text' | 'html' | 'markdown'>;
    fc.assert(fc.property(article, format, (text, f) => check(text, f)), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), format, (bytes, f) => check(bytes, f)), { numRuns: 300 });
  });

  it('the invariants checker catches a broken result (it can fail)', () => {
    const result = extractQuotes('“We are ready,” Putin said.');
    expect(brokenInvariant(result)).toBeNull();
    expect(brokenInvariant({ ...result, quotes: [{ ...result.quotes[0]!, end: 999 }] })).toMatch(/outside the text/);
    expect(brokenInvariant({ ...result, quotes: [{ ...result.quotes[0]!, text: 'x' }] })).toMatch(/not its parts/);
  });
});
