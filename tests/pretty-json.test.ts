/**
 * --format json is written a piece at a time (prettyJson): joined, the pieces
 * are JSON.stringify(record, null, 2), for any record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyJson } from '../src/cli/formats.js';

const value = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))));

describe('prettyJson', () => {
  it('joins to what JSON.stringify(record, null, 2) writes', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (record) => {
        expect([...prettyJson(record)].join('')).toBe(JSON.stringify(record, null, 2));
      }),
      { numRuns: 500 },
    );
  });
  it('writes each element of an array as a piece of its own', () => {
    const pieces = [...prettyJson({ file: 'a.txt', quotes: [{ text: 'One\nline' }, { text: 'Two' }], warnings: [] })];
    expect(pieces.filter((p) => p.includes('"text"'))).toHaveLength(2);
    expect(pieces.join('')).toBe(JSON.stringify({ file: 'a.txt', quotes: [{ text: 'One\nline' }, { text: 'Two' }], warnings: [] }, null, 2));
  });
});
