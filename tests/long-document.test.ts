/**
 * What keeps a long document's memory down changes no result: shared sieve
 * traces, bytes decoded before extraction, output rendered piece by piece.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, extractQuotes, extractWithTrace } from '../src/index.js';

const article = readFileSync('fixtures/tass-putin-trump.txt', 'utf8');

describe('sieve traces', () => {
  const { attributions } = extractWithTrace(`${article}\n\n${article}`);
  it('are shared between attributions that tried the same sieves with the same outcomes, and frozen', () => {
    const half = attributions.length / 2;
    expect(Number.isInteger(half)).toBe(true);
    for (let i = 0; i < half; i++) expect(attributions[i + half]!.trace).toBe(attributions[i]!.trace);
    for (const a of attributions) {
      expect(Object.isFrozen(a.trace)).toBe(true);
      expect(a.trace.every((t) => Object.isFrozen(t))).toBe(true);
    }
  });
  it('end with the deciding sieve, when one decided', () => {
    for (const a of attributions) {
      const last = a.trace.at(-1)!;
      expect(last.matched).toBe(a.sieve !== null);
      if (a.sieve) expect(last.sieve).toBe(a.sieve);
    }
  });
});

describe('decoded input', () => {
  it('gives what the bytes give, encoding and warnings included', () => {
    const latin1 = Buffer.from(`${article.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'")}\nCafé olé.\n`, 'latin1');
    for (const bytes of [Buffer.from(article), latin1, Buffer.from(`\uFEFF${article}`)]) {
      expect(extractQuotes(decode(bytes))).toEqual(extractQuotes(bytes));
    }
    expect(extractQuotes(decode(latin1)).encoding).not.toBe('utf-8');
  });
});

describe('output of a long document', () => {
  it('is written in pieces that join to whole lines, the same with one job and two', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-long-'));
    const file = join(dir, 'long.txt');
    // long enough for several pieces of output
    writeFileSync(file, Array.from({ length: 60 }, () => article).join('\n\n'));
    const run = (...args: string[]): string => execFileSync(process.execPath, ['bin/quotes.js', file, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const one = run('--format', 'jsonl', '--jobs', '1');
    expect(one.length).toBeGreaterThan(1 << 17);
    const lines = one.trimEnd().split('\n');
    expect(lines.every((l) => JSON.parse(l).file === file)).toBe(true);
    expect(lines.map((l) => JSON.parse(l).index)).toEqual(lines.map((_, i) => i));
    expect(run('--format', 'jsonl', '--jobs', '2')).toBe(one);
    const csv = run('--format', 'csv');
    expect(csv.split('\r\n')[0]).toMatch(/^file,/u);
    expect(csv.match(/^file,/gmu)).toHaveLength(1);
  });
});
