/**
 * Golden fixtures: each fixtures/NAME.txt has a reviewed fixtures/NAME.expected.json
 * holding the quotes, speakers and warnings the library must produce.
 * After a deliberate change, regenerate with UPDATE_GOLDEN=1 and review the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** Articles in fixtures/, fixtures/behaviours/ and fixtures/reported/ (the eval corpus under fixtures/eval/ has gold files of its own). */
const articles = ['.', 'behaviours', 'reported', 'speakers']
  .flatMap((dir) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)))
  .sort();

function snapshot(file: string) {
  const result = extractQuotes(readFileSync(join(FIXTURES, file)));
  return { quotes: result.quotes, speakers: result.speakers, warnings: result.warnings };
}

describe('golden fixtures', () => {
  it('there are fixtures to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(28);
  });

  for (const article of articles) {
    it(article, () => {
      const expectedPath = join(FIXTURES, article.replace(/\.txt$/, '.expected.json'));
      const actual = snapshot(article);
      if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(expectedPath), `${expectedPath} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
