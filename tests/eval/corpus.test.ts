import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBrat } from '../../src/eval/brat.js';
import { CorpusError, listCorpus, loadCorpus } from '../../src/eval/corpus.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtureDir = join(repoRoot, 'fixtures/eval/corpus');
const corpusDir = join(repoRoot, '../shared/corpora/polnear-train');

describe('listCorpus on the fixture corpus', () => {
  const corpus = loadCorpus(fixtureDir);

  it('lists every article in sorted order', () => {
    expect(corpus.documents.map((doc) => doc.name)).toEqual(['news_2016', 'news_2016_one', 'solo']);
    expect(listCorpus(fixtureDir).map((doc) => doc.name)).toEqual(['news_2016', 'news_2016_one', 'solo']);
  });

  it("uses the first annotator's file in sorted order", () => {
    const doc = corpus.documents.find((d) => d.name === 'news_2016_one')!;
    expect(doc.annotator).toBe('aa');
    expect(doc.annotationPath).toBe(join(fixtureDir, 'attributions', 'news_2016_one_aa.ann'));
    expect(doc.gold.map((g) => g.id)).toEqual(['E1', 'E2']);
  });

  it('does not give an article the files of a longer name that starts like it', () => {
    // news_2016_one_aa.ann sorts before news_2016_x9.ann but belongs to news_2016_one.
    const doc = corpus.documents.find((d) => d.name === 'news_2016')!;
    expect(doc.annotator).toBe('x9');
    expect(doc.gold).toHaveLength(1);
    expect(doc.text.slice(doc.gold[0]!.extent.start, doc.gold[0]!.extent.end)).toBe('the budget is too large');
    expect(doc.gold[0]!.source).toBeNull();
  });

  it('keeps articles without annotations, with no gold, and counts them', () => {
    const doc = corpus.documents.find((d) => d.name === 'solo')!;
    expect(doc.gold).toEqual([]);
    expect(doc.annotator).toBe('');
    expect(doc.annotationPath).toBeNull();
    expect(corpus.missingAnnotations).toEqual(['solo']);
  });

  it('reads stray continuation lines and notes without harm, and discontinuous content', () => {
    const doc = corpus.documents.find((d) => d.name === 'news_2016_one')!;
    const jones = doc.gold[1]!;
    expect(jones.content).toHaveLength(2);
    expect(jones.content.map((piece) => doc.text.slice(piece.start, piece.end))).toEqual([
      '"We will win this race',
      'easily."',
    ]);
    expect(doc.text.slice(jones.source![0]!.start, jones.source![0]!.end)).toBe('Jones');
    expect(doc.issues).toEqual([]);
  });
});

describe('CorpusError', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'quotes-eval-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is thrown for a missing folder', () => {
    expect(() => listCorpus(join(scratch, 'nowhere'))).toThrow(CorpusError);
  });

  it('is thrown when text/ is missing', () => {
    const dir = join(scratch, 'no-text');
    mkdirSync(join(dir, 'attributions'), { recursive: true });
    expect(() => listCorpus(dir)).toThrow(/no text\/ folder/);
  });

  it('is thrown when attributions/ is missing', () => {
    const dir = join(scratch, 'no-attributions');
    mkdirSync(join(dir, 'text'), { recursive: true });
    writeFileSync(join(dir, 'text', 'a.txt'), 'x');
    expect(() => listCorpus(dir)).toThrow(/no attributions\/ folder/);
  });

  it('strips a byte-order mark from the text', () => {
    const dir = join(scratch, 'bom');
    mkdirSync(join(dir, 'text'), { recursive: true });
    mkdirSync(join(dir, 'attributions'), { recursive: true });
    writeFileSync(join(dir, 'text', 'a.txt'), '\uFEFFHe said hi.');
    expect(listCorpus(dir)[0]!.text).toBe('He said hi.');
  });
});

describe.skipIf(!existsSync(corpusDir))('the PolNeAR training split', () => {
  it('parses every annotation file, with content inside its text', () => {
    const textNames = new Set(readdirSync(join(corpusDir, 'text')));
    let attributions = 0;
    const outside: string[] = [];
    const orphans: string[] = [];
    for (const file of readdirSync(join(corpusDir, 'attributions')).filter((f) => f.endsWith('.ann'))) {
      const name = file.replace(/_[^_]+\.ann$/, '');
      if (!textNames.has(`${name}.txt`)) {
        orphans.push(file);
        continue;
      }
      const text = readFileSync(join(corpusDir, 'text', `${name}.txt`), 'utf8');
      const gold = parseBrat(readFileSync(join(corpusDir, 'attributions', file), 'utf8'));
      for (const attribution of gold) {
        for (const piece of attribution.content) {
          if (piece.start < 0 || piece.end > text.length || piece.start >= piece.end) {
            outside.push(`${file} ${attribution.id} ${piece.start}-${piece.end} (text length ${text.length})`);
          }
        }
      }
      attributions += gold.length;
    }
    expect(orphans).toEqual([]);
    expect(outside).toEqual([]);
    expect(attributions).toBeGreaterThan(0);
  });

  it('lists one annotated document per article', () => {
    const corpus = loadCorpus(corpusDir);
    expect(corpus.documents.length).toBe(readdirSync(join(corpusDir, 'text')).filter((f) => f.endsWith('.txt')).length);
    expect(corpus.missingAnnotations).toEqual([]);
    expect(corpus.documents.every((doc) => doc.annotator !== '')).toBe(true);
  });
});
