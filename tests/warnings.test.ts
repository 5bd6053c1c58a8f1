/** Warnings stay readable: a few of each kind, then one line counting the rest. */
import { describe, expect, it } from 'vitest';
import { WARNINGS_PER_KIND, extractQuotes } from '../src/extract.js';

describe('warnings', () => {
  it('reports at most a few of one kind and counts the rest in one more', () => {
    const { warnings } = extractQuotes(`${'”'.repeat(1000)} he said.`);
    const stray = warnings.filter((w) => w.code === 'stray-quote');
    expect(stray).toHaveLength(WARNINGS_PER_KIND + 1);
    expect(stray.at(-1)!.message).toContain(`${1000 - WARNINGS_PER_KIND} more warnings`);
  });

  it('keeps every warning when there are few', () => {
    const { warnings } = extractQuotes('”One. ”Two.');
    expect(warnings.filter((w) => w.code === 'stray-quote').every((w) => !w.message.includes('more warning'))).toBe(true);
  });
});
