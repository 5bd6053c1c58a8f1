/**
 * `types` (the library's option, `--type` on the command line) filters the
 * output only (issue 24): the pipeline runs whole whatever is asked for, so a
 * quote kept has the same speaker, confidence and `index` (its position among
 * all the quotes of its document) as in a full run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { summarizeSpeakers } from '../src/pipeline/07-speakers.js';
import type { QuoteType } from '../src/types.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures');
const POLNEAR = join(ROOT, '../shared/corpora/polnear-train/text');
const TYPES: QuoteType[] = ['direct', 'mixed', 'indirect'];

/** Every .txt file below `dir`, sorted. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

/** For each type, the quotes asked for alone against that type's quotes of the full run; and the speakers summary of what is kept. */
function expectFilterOnly(bytes: Uint8Array, label: string): void {
  const full = extractQuotes(bytes).quotes;
  for (const type of TYPES) {
    const only = extractQuotes(bytes, { types: [type] });
    const expected = full.filter((q) => q.type === type);
    expect(only.quotes, `${label}, ${type}`).toEqual(expected);
    expect(only.speakers, `${label}, ${type}: speakers`).toEqual(summarizeSpeakers(expected.map((q) => q.speaker)));
  }
}

describe('types filters the output only: the fixtures', () => {
  const files = textFiles(FIXTURES);

  it('finds the fixture articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    for (const dir of ['behaviours', 'reported']) expect(files.some((f) => relative(FIXTURES, f).startsWith(`${dir}/`))).toBe(true);
  });

  it.each(files.map((f) => relative(ROOT, f)))('%s', (file) => {
    expectFilterOnly(readFileSync(join(ROOT, file)), file);
  });
});

/**
 * PolNeAR train, when it is there: all 840 articles, in six groups of 140
 * (four full runs of each article: 40-50 s in one test worker on a two-core
 * machine, 2026-12-03).
 */
describe.skipIf(!existsSync(POLNEAR))('types filters the output only: PolNeAR train', () => {
  const files = existsSync(POLNEAR) ? textFiles(POLNEAR) : [];
  const GROUPS = 6;
  const groups = Array.from({ length: GROUPS }, (_, g) => files.filter((_, i) => i % GROUPS === g));

  it('finds the 840 articles', () => {
    expect(files).toHaveLength(840);
  });

  it.each(groups.map((group, g) => [g, group] as const))('group %i', (_, group) => {
    for (const file of group) expectFilterOnly(readFileSync(file), relative(POLNEAR, file));
  });
});
