/**
 * Batch CLI tests: folders, globs, worker threads, --out-dir and --resume,
 * signals, --records. They spawn the real binary (bin/quotes.js) on folders
 * built in a temporary directory by scripts/batch-corpus.mjs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript module without types
import { buildCorpus, fixtureArticles } from '../scripts/batch-corpus.mjs';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'quotes.js');
const SEED = join(ROOT, 'fixtures', 'tass-putin-trump.txt');
const ROOT_USER = process.getuid?.() === 0;
/** Building a folder and running the batch over it can take a minute on a busy two-core machine. */
const HOOK_TIMEOUT = 180_000;
/** Articles in the --out-dir folder: enough that a SIGINT sent when the first files appear lands mid-run. */
const OUT_DIR_ARTICLES = 300;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function quotes(args: string[], options: { cwd?: string; input?: string } = {}): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Starts quotes, sends SIGINT once `ready()` holds (polled), and waits for it to end. */
function interrupted(args: string[], ready: (stdout: string) => boolean, cwd = ROOT): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const poll = setInterval(() => {
      if (ready(stdout)) {
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 20);
    child.on('close', (status) => {
      clearInterval(poll);
      done({ status, stdout, stderr });
    });
  });
}

const records = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `quotes-${name}-`));
/** Every file below a folder (hidden ones too), relative, sorted. */
function filesBelow(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}
/** stderr less the summary line, whose elapsed time differs from run to run. */
const withoutSummary = (stderr: string): string => stderr.replace(/^quotes: \d+ processed, .*\n/m, '');

describe('a folder of articles with bad files among them', () => {
  let dir: string;
  let corpus: { good: string[]; bad: { kind: string; path: string }[]; maxSize: number };
  let one: Run;
  let two: Run;
  beforeAll(() => {
    dir = tempDir('corpus');
    corpus = buildCorpus(dir, { articles: 60, badPerKind: 2 });
    one = quotes(['.', '--format', 'json', '--max-size', String(corpus.maxSize), '--jobs', '1'], { cwd: dir });
    two = quotes(['.', '--format', 'json', '--max-size', String(corpus.maxSize), '--jobs', '2'], { cwd: dir });
  }, HOOK_TIMEOUT);

  it('processes every good article, in sorted order, and exits 1', () => {
    expect(one.status).toBe(1);
    const documents = JSON.parse(one.stdout) as { file: string; quotes: unknown[] }[];
    const invalidEncoding = corpus.bad.filter((b) => b.kind === 'invalid-encoding').map((b) => b.path);
    expect(documents.map((d) => d.file)).toEqual([...corpus.good, ...invalidEncoding].sort());
    expect(documents.filter((d) => d.quotes.length > 0).length).toBeGreaterThan(50);
  });

  it('reports every bad input on exactly one stderr line', () => {
    for (const bad of corpus.bad) {
      const lines = one.stderr.split('\n').filter((line) => line.startsWith(`quotes: ${bad.path}:`));
      expect(lines, bad.path).toHaveLength(1);
    }
    expect(one.stderr).toMatch(/bad-binary-0\.txt: not a text file \(binary data\)/);
    expect(one.stderr).toMatch(/bad-oversized-0\.txt: too large/);
    expect(one.stderr).toMatch(/bad-invalid-encoding-0\.txt: warning: the input is not valid UTF-8/);
    expect(one.stderr).toMatch(/loop-0: symbolic link loop/);
  });

  it('ends with a summary line on stderr', () => {
    const failed = corpus.bad.filter((b) => b.kind !== 'invalid-encoding').length;
    expect(one.stderr).toMatch(new RegExp(`\\nquotes: ${corpus.good.length + 2} processed, ${failed} failed, 0 skipped, \\d+ quotes, \\d+ speakers, [\\d.]+ s\\n$`));
  });

  it('writes byte-identical output with --jobs 1 and --jobs 2', () => {
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(withoutSummary(two.stderr)).toBe(withoutSummary(one.stderr));
  });

  it('writes the same jsonl records from a folder on two threads as from its files named in this thread', () => {
    const folder = quotes(['section-00', '--format', 'jsonl', '--jobs', '2', '--quiet', '--max-size', String(corpus.maxSize)], { cwd: dir }).stdout;
    const invalidEncoding = corpus.bad.filter((b) => b.kind === 'invalid-encoding').map((b) => b.path);
    const files = [...corpus.good, ...invalidEncoding].filter((g) => g.startsWith('section-00/')).sort();
    expect(folder).toBe(quotes([...files, '--format', 'jsonl'], { cwd: dir }).stdout);
    expect(records(folder).length).toBeGreaterThan(100);
  });
});

describe('folders and globs', () => {
  function tree(): string {
    const dir = tempDir('tree');
    const text = readFileSync(SEED);
    for (const name of ['news/b.txt', 'news/a.md', 'news/c.json', 'news/sub/d.txt', 'news/.hidden.txt', 'news/.drafts/e.txt', 'news/[x].txt']) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }
  const files = (run: Run): string[] => [...new Set(records(run.stdout).map((r) => r.file as string))];

  it('walks a folder sorted, skipping hidden files and folders, taking text-like extensions', () => {
    const run = quotes(['news', '--format', 'jsonl'], { cwd: tree() });
    expect(run.status).toBe(0);
    expect(files(run)).toEqual(['news/[x].txt', 'news/a.md', 'news/b.txt', 'news/sub/d.txt']);
  });

  it('--ext chooses the extensions', () => {
    const run = quotes(['news', '--format', 'jsonl', '--ext', 'json,.MD'], { cwd: tree() });
    expect(files(run)).toEqual(['news/a.md', 'news/c.json']);
  });

  it('expands globs the shell left alone, and reports one that matches nothing', () => {
    const dir = tree();
    expect(files(quotes(['news/**/*.txt', '--format', 'jsonl'], { cwd: dir }))).toEqual(['news/[x].txt', 'news/b.txt', 'news/sub/d.txt']);
    expect(files(quotes(['news/{a,c}.*', '--format', 'jsonl'], { cwd: dir }))).toEqual(['news/a.md', 'news/c.json']);
    const none = quotes(['news/*.xml', '--format', 'jsonl'], { cwd: dir });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^quotes: news\/\*\.xml: no such file or directory, and no file matches it as a pattern\n/);
  });

  it('reads a file whose name looks like a glob as that file', () => {
    const run = quotes(['news/[x].txt', '--format', 'jsonl'], { cwd: tree() });
    expect(run.status).toBe(0);
    expect(files(run)).toEqual(['news/[x].txt']);
  });

  it('prints no summary for files named one by one, nor with --quiet', () => {
    const dir = tree();
    expect(quotes(['news/a.md', 'news/b.txt', '--format', 'jsonl'], { cwd: dir }).stderr).toBe('');
    expect(quotes(['news', '--format', 'jsonl', '--quiet'], { cwd: dir }).stderr).toBe('');
  });

  it('fails inputs over --max-size, named or found, and goes on', () => {
    const dir = tree();
    const run = quotes(['news/b.txt', 'news/sub', '--format', 'jsonl', '--max-size', '1k'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l.includes('too large'))).toEqual([
      'quotes: news/b.txt: too large (2.8 KiB, over the limit of 1 KiB); skipped',
      'quotes: news/sub/d.txt: too large (2.8 KiB, over the limit of 1 KiB); skipped',
    ]);
  });

  it('fails standard input over --max-size, read to its end, and reads the same input under the limit', () => {
    const text = readFileSync(join(ROOT, 'fixtures', 'tass-putin-trump.txt'), 'utf8');
    const over = quotes(['-', '--format', 'jsonl', '--max-size', '1k'], { input: text });
    expect(over.status).toBe(1);
    expect(over.stdout).toBe('');
    expect(over.stderr).toBe('quotes: -: too large (2.8 KiB, over the limit of 1 KiB); skipped\n');
    const under = quotes(['-', '--format', 'jsonl', '--max-size', '3k'], { input: text });
    expect(under.status).toBe(0);
    expect(under.stdout.trim().split('\n')).toHaveLength(15);
  });

  it('--fail-fast stops at the first failure, after writing the inputs before it', () => {
    const dir = tree();
    writeFileSync(join(dir, 'news', 'b0.txt'), Buffer.from([1, 2, 0, 3]));
    const run = quotes(['news', '--format', 'jsonl', '--fail-fast', '--jobs', '2'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(files(run)).toEqual(['news/[x].txt', 'news/a.md', 'news/b.txt']);
    expect(run.stderr).toMatch(/^quotes: news\/b0\.txt: not a text file \(binary data\)\nquotes: 3 processed, 1 failed, /);
  });

  it('--out-dir refuses two inputs that would write the same file, with exit 2', () => {
    const run = quotes(['news/b.txt', 'news/sub', 'news/b.txt', '--out-dir', 'out'], { cwd: tree() });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('quotes: news/b.txt and news/b.txt would both be written to out/b.txt.txt (name them through their folders)\n');
  });

  it.skipIf(ROOT_USER)('reports a file it may not read (not as root: root reads any file)', () => {
    const dir = tree();
    chmodSync(join(dir, 'news', 'b.txt'), 0o000);
    const run = quotes(['news', '--format', 'jsonl'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^quotes: news\/b\.txt: permission denied$/m);
  });

  it('refuses options that do not go together, with exit 2', () => {
    for (const args of [['--resume'], ['--records', SEED], ['--out-dir', 'x', '-o', 'y'], ['--jobs', '0'], ['--max-size', 'big'], ['--text-field', 'body'], ['-', '--out-dir', 'x']]) {
      const run = quotes([...args], { input: 'x' });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});

describe('--out-dir and --resume', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('outdir');
    buildCorpus(join(dir, 'in'), { articles: OUT_DIR_ARTICLES, badPerKind: 0 });
  }, HOOK_TIMEOUT);

  it('writes one file per input, mirroring the folders, equal to the output of that input alone', () => {
    const run = quotes(['in/section-01', '--out-dir', 'small', '--format', 'json', '--quiet'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const written = filesBelow(join(dir, 'small'));
    expect(written).toHaveLength(100);
    expect(written[0]).toBe('article-00100.txt.json');
    expect(readFileSync(join(dir, 'small', 'article-00100.txt.json'), 'utf8')).toBe(quotes(['in/section-01/article-00100.txt', '--format', 'json'], { cwd: dir }).stdout);
  });

  it('after SIGINT leaves whole files and no temporary file; --resume finishes to the same result as an uninterrupted run', async () => {
    const args = ['in', '--format', 'jsonl', '--jobs', '2'];
    const partial = join(dir, 'partial');
    const cut = await interrupted([...args, '--out-dir', 'partial'], () => existsSync(partial) && filesBelow(partial).length >= 3, dir);
    expect(cut.status).toBe(130);
    expect(cut.stderr).toMatch(/quotes: interrupted \(SIGINT\); every output written is whole; --resume finishes the rest\n/);
    const written = filesBelow(partial);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(OUT_DIR_ARTICLES);
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const resumed = quotes([...args, '--out-dir', 'partial', '--resume'], { cwd: dir });
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`quotes: ${OUT_DIR_ARTICLES - written.length} processed, 0 failed, ${written.length} skipped, `));
    expect(quotes([...args, '--out-dir', 'whole'], { cwd: dir }).status).toBe(0);
    const whole = filesBelow(join(dir, 'whole'));
    expect(filesBelow(partial)).toEqual(whole);
    for (const file of whole) expect(readFileSync(join(partial, file), 'utf8'), file).toBe(readFileSync(join(dir, 'whole', file), 'utf8'));
  });

  it('after SIGINT on standard output, what was written is whole records', async () => {
    const cut = await interrupted(['in', '--format', 'jsonl', '--jobs', '2'], (stdout) => stdout.length > 20_000, dir);
    expect(cut.status).toBe(130);
    expect(cut.stdout.endsWith('\n')).toBe(true);
    expect(() => records(cut.stdout)).not.toThrow();
  });

  it('after SIGINT with --format json, the array is closed after the last whole document: stdout is valid JSON', async () => {
    const cut = await interrupted(['in', '--format', 'json', '--jobs', '2'], (stdout) => stdout.length > 20_000, dir);
    expect(cut.status).toBe(130);
    expect(cut.stderr).toMatch(/quotes: interrupted \(SIGINT\)/);
    const documents = JSON.parse(cut.stdout) as { file: string }[];
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.length).toBeLessThan(OUT_DIR_ARTICLES);
    expect(cut.stdout.endsWith('\n]\n')).toBe(true);
  });

  it('after SIGINT with -o, leaves no file and no temporary file', async () => {
    const out = join(dir, 'o');
    mkdirSync(out);
    // interrupted once the temporary file exists, that is once writing has begun
    const cut = await interrupted(['in', '--format', 'jsonl', '-o', join(out, 'all.jsonl')], () => readdirSync(out).length > 0, dir);
    expect(cut.status).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('--records', () => {
  const fixtures: string[] = fixtureArticles();
  const stream = (n: number, line: (i: number) => string = (i) => JSON.stringify({ id: `doc-${i}`, text: fixtures[i % fixtures.length] })) =>
    Array.from({ length: n }, (_, i) => `${line(i)}\n`).join('');

  it('maps JSON Lines articles to JSON Lines quotes, every id in order, the same on one thread or two', () => {
    const input = stream(500);
    const one = quotes(['--records', '--jobs', '1'], { input });
    const two = quotes(['--records', '--jobs', '2'], { input });
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // the fixtures with quotes, by a run over each once: their records come back, the others' do not
    const quoted = new Set(records(quotes(['--records'], { input: stream(fixtures.length) }).stdout).map((r) => r.file as string));
    const expected = Array.from({ length: 500 }, (_, i) => `doc-${i}`).filter((_, i) => quoted.has(`doc-${i % fixtures.length}`));
    const ids = [...new Set(records(one.stdout).map((r) => r.file as string))];
    expect(ids).toEqual(expected);
    expect(ids.length).toBeGreaterThan(400);
    expect(one.stderr).toMatch(/^quotes: 500 processed, 0 failed, 0 skipped, \d+ quotes, \d+ speakers, [\d.]+ s\n$/);
  });

  it('reports a bad line with its number and goes on, exit 1', () => {
    const input = ['{"id": 1, "text": "\\"We will win,\\" Smith said."}', 'not json', '', '{"id": 3}', '[1]', '{"id": 5, "text": "\\"No,\\" Jones said."}'].join('\n');
    const run = quotes(['--records'], { input });
    expect(run.status).toBe(1);
    expect(records(run.stdout).map((r) => [r.file, r.speaker.name])).toEqual([['1', 'Smith'], ['5', 'Jones']]);
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^quotes: standard input, line 2: not JSON \(/),
      "quotes: standard input, line 4: no string field 'text' (see --text-field)",
      'quotes: standard input, line 5: not a JSON object',
    ]);
  });

  it('fails a record over --max-size', () => {
    const run = quotes(['--records', '--max-size', '1k'], { input: `${JSON.stringify({ id: 'big', text: 'x'.repeat(2000) })}\n{"id": "small", "text": "\\"We will win,\\" Smith said."}\n` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^quotes: standard input, line 1: too large \(2 KiB, over the limit of 1 KiB\); skipped\n/);
    expect(records(run.stdout).map((r) => r.file)).toEqual(['small']);
  });

  it('--text-field and --id-field name the fields', () => {
    const run = quotes(['--records', '--text-field', 'body', '--id-field', 'url'], { input: '{"url": "https://example.com/a", "body": "\\"We will win,\\" Smith said."}\n' });
    expect(records(run.stdout)).toEqual([expect.objectContaining({ file: 'https://example.com/a', text: 'We will win,' })]);
  });

  it.skipIf(!existsSync('/usr/bin/time'))('keeps peak memory flat however long the stream (measured with /usr/bin/time)', () => {
    // each record carries 100 KB the extractor ignores: a reader that held the stream would grow by ten megabytes per hundred records
    const pad = 'x'.repeat(100_000);
    const line = (i: number) => JSON.stringify({ id: i, text: fixtures[i % fixtures.length], pad });
    const peak = (n: number): number => {
      const run = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, BIN, '--records', '--jobs', '1', '--quiet'], { input: stream(n, line), encoding: 'utf8', maxBuffer: 1 << 30 });
      expect(run.status).toBe(0);
      return Number(/maxrss=(\d+)/.exec(run.stderr)![1]) * 1024;
    };
    const short = peak(200);
    const long = peak(2000);
    // 1,800 more records are 180 MB more input; allow 60 MB for the heap's own growth (a collector that runs late, on a loaded machine)
    expect(long - short).toBeLessThan(60 * 1024 * 1024);
  });
});
