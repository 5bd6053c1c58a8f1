/**
 * The batch library: the walk (order, hidden entries, extensions, links),
 * the ordered worker pool, and extractMany. Worker threads run compiled
 * JavaScript, so these import dist/ (built by `npm test`'s pretest step).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMany, extractQuotes, findFiles, findInputs, type FoundInput } from '../../dist/index.js';
import { mapInOrder } from '../../dist/batch/pool.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = join(ROOT, 'fixtures', 'tass-putin-trump.txt');
const ECHO = new URL('./echo-runner.mjs', import.meta.url);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const x of iterable) all.push(x);
  return all;
}

/** A folder: b.txt, a.md, c.json, sub/d.txt, a hidden file and folder, a loop and a broken link. */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-walk-'));
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, '.hidden'));
  for (const name of ['b.txt', 'a.md', 'c.json', 'sub/d.txt', '.hidden/e.txt', '.f.txt', 'sub.txt']) writeFileSync(join(dir, name), 'text\n');
  symlinkSync('..', join(dir, 'sub', 'up'));
  symlinkSync('nowhere.txt', join(dir, 'gone.txt'));
  return dir;
}

describe('findInputs', () => {
  it('walks a folder sorted by name, depth first, skipping hidden entries and other extensions', async () => {
    const dir = tree();
    const found = await collect(findInputs([dir]));
    const names = found.map((f: FoundInput) => f.file.slice(dir.length + 1));
    expect(names).toEqual(['a.md', 'b.txt', 'gone.txt', 'sub/d.txt', 'sub/up', 'sub.txt']);
    expect(found.find((f) => f.file.endsWith('gone.txt'))?.failure).toMatch(/broken symbolic link/);
    expect(found.find((f) => f.file.endsWith('sub/up'))?.failure).toMatch(/symbolic link loop/);
    expect(found.filter((f) => !f.failure).every((f) => f.source === 'folder')).toBe(true);
    expect(found.find((f) => f.file.endsWith('sub/d.txt'))?.relative).toBe('sub/d.txt');
  });

  it('takes the extensions asked for, and leaves out excluded folders', async () => {
    const dir = tree();
    const found = await collect(findFiles([dir], { extensions: ['.json'] }));
    expect(found).toEqual([join(dir, 'c.json')]);
    const withoutSub = await collect(findFiles([dir], { exclude: [join(dir, 'sub')] }));
    expect(withoutSub.map((f) => f.slice(dir.length + 1))).toEqual(['a.md', 'b.txt', 'sub.txt']);
  });

  it('expands a glob (files only, no extension filter), and reports one that matches nothing', async () => {
    const dir = tree();
    expect(await collect(findFiles([`${dir}/**/*.{txt,json}`]))).toEqual(['b.txt', 'c.json', 'sub/d.txt', 'sub.txt'].map((n) => join(dir, n)));
    const none = await collect(findInputs([`${dir}/*.xml`]));
    expect(none).toEqual([expect.objectContaining({ file: `${dir}/*.xml`, failure: expect.stringMatching(/no file matches/) })]);
  });

  it('passes files and standard input through as named', async () => {
    expect(await collect(findInputs(['x.txt', '-']))).toEqual([
      { file: 'x.txt', relative: 'x.txt', source: 'file' },
      { file: '-', relative: '-', source: 'stdin' },
    ]);
  });
});

describe('mapInOrder', () => {
  it('hands results back in task order from several threads, pulling no more than the window ahead', async () => {
    let pulled = 0;
    function* tasks() {
      for (let n = 0; n < 200; n++) {
        pulled++;
        yield n;
      }
    }
    const window = 6;
    const threads = new Set<number>();
    let consumed = 0;
    for await (const { task, value } of mapInOrder<number, { doubled: number; thread: number }>(tasks(), { jobs: 3, runner: ECHO, config: {}, window })) {
      expect(task).toBe(consumed);
      expect(value.doubled).toBe(2 * consumed);
      expect(pulled - consumed).toBeLessThanOrEqual(window + 1);
      threads.add(value.thread);
      consumed++;
    }
    expect(consumed).toBe(200);
    expect(threads.size).toBe(3);
  });

  it('runs in this thread with one job', async () => {
    const results = await collect(mapInOrder<number, { thread: number }>([1, 2, 3], { jobs: 1, runner: ECHO, config: {} }));
    expect(results.map((r) => r.value.thread)).toEqual([0, 0, 0]);
  });

  it('throws when a runner throws, and stops early when the signal aborts', async () => {
    await expect(collect(mapInOrder([1, 2, 3], { jobs: 2, runner: ECHO, config: { throwOn: 2 } }))).rejects.toThrow(/runner failed on 2/);
    const controller = new AbortController();
    let seen = 0;
    for await (const _ of mapInOrder(Array.from({ length: 1000 }, (_, n) => n), { jobs: 2, runner: ECHO, config: {}, signal: controller.signal })) {
      if (++seen === 5) controller.abort();
    }
    expect(seen).toBe(5);
  });
});

describe('extractMany', () => {
  it('yields one outcome per input in input order, equal to extractQuotes, with errors for unreadable inputs', async () => {
    const text = readFileSync(SEED, 'utf8');
    const inputs = [SEED, { file: 'inline', text: '"We will win," Smith said.' }, join(ROOT, 'missing.txt'), { file: 'bytes', bytes: new TextEncoder().encode(text) }, ROOT];
    for (const jobs of [1, 2]) {
      const outcomes = await collect(extractMany(inputs, { jobs }));
      expect(outcomes.map((o) => o.file)).toEqual([SEED, 'inline', join(ROOT, 'missing.txt'), 'bytes', ROOT]);
      expect(outcomes[0]!.result).toEqual(extractQuotes(text));
      expect(outcomes[1]!.result!.quotes[0]!.speaker?.name).toBe('Smith');
      expect(outcomes[2]!.error).toBe('no such file or directory');
      expect(outcomes[3]!.result).toEqual(extractQuotes(text));
      expect(outcomes[4]!.error).toBe('is a directory');
    }
  });

  it('reports binary data and files over maxSize as errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-many-'));
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x47, 0x49, 0x46, 0, 0, 1]));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    const outcomes = await collect(extractMany([join(dir, 'bin.txt'), join(dir, 'big.txt')], { jobs: 1, maxSize: 1024 }));
    expect(outcomes.map((o) => o.error)).toEqual([expect.stringMatching(/^not a text file \(binary data\)/), expect.stringMatching(/^too large \(2 KiB, over the limit of 1 KiB\)/)]);
  });
});
