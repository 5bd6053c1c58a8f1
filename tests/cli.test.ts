/**
 * CLI tests: spawn the real binary (bin/quotes.js, built by `npm test`'s
 * pretest step) and check stdout, stderr and exit status separately.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'quotes.js');
const SEED = 'fixtures/tass-putin-trump.txt';
const CORPUS = 'fixtures/eval/corpus';

function quotes(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const records = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

describe('quotes FILE', () => {
  it('prints a readable list of the quotes and exits 0', () => {
    const run = quotes([SEED]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Vladimir Putin');
    expect(run.stdout).toContain('We cannot but support this.');
  });

  it('prints one JSON record per quote with --format jsonl, offsets indexing the file', () => {
    const run = quotes([SEED, '--format', 'jsonl']);
    expect(run.status).toBe(0);
    const text = readFileSync(join(ROOT, SEED), 'utf8');
    const lines = records(run.stdout);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const [i, record] of lines.entries()) {
      expect(record.file).toBe(SEED);
      expect(record.index).toBe(i);
      expect(Object.keys(record)).toEqual(['file', 'index', 'type', 'text', 'start', 'end', 'parts', 'paragraph', 'speaker', 'cue', 'confidence', 'sieve']);
      expect(text.slice(record.parts[0].start, record.parts[0].end)).toBe(record.text.slice(0, record.parts[0].end - record.parts[0].start));
    }
  });

  it("reads standard input for '-', named '-' in the output", () => {
    const run = quotes(['-', '--format', 'jsonl'], '"We are ready to talk at any time," Putin said.\n');
    expect(run.status).toBe(0);
    expect(records(run.stdout)).toEqual([
      expect.objectContaining({ file: '-', text: 'We are ready to talk at any time,', speaker: expect.objectContaining({ name: 'Putin' }) }),
    ]);
  });

  it('reads standard input when no file is given and input is piped', () => {
    const run = quotes(['--format', 'jsonl'], '"We are ready to talk at any time," Putin said.\n');
    expect(run.status).toBe(0);
    expect(records(run.stdout)).toHaveLength(1);
  });

  it('prints one JSON document with --format json', () => {
    const run = quotes([SEED, '--format', 'json']);
    const document = JSON.parse(run.stdout);
    expect(document).toEqual(expect.objectContaining({ file: SEED, quotes: expect.any(Array), speakers: expect.any(Array), warnings: [] }));
  });

  it('reports a missing file on stderr, processes the others, and exits 1', () => {
    const run = quotes(['no-such-file.txt', SEED, '--format', 'jsonl']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('quotes: no-such-file.txt: no such file or directory\n');
    expect(records(run.stdout).length).toBeGreaterThanOrEqual(10);
  });

  it('exits 2 with a one-line hint on an unknown option or format, printing nothing on stdout', () => {
    for (const args of [['--bogus', SEED], ['--format', 'xml', SEED]]) {
      const run = quotes(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^quotes: .+\n$/);
    }
  });

  it('prints its version and help on stdout, exit 0', () => {
    const version = quotes(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = quotes(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit status');
  });

  it('explains on stderr which sieve decided each quotation', () => {
    const run = quotes(['-', '--explain', '--format', 'jsonl'], '"We are ready to talk at any time," said Putin.\n');
    expect(run.stderr).toMatch(/^quotes: -: quotation at 1-34 ¶1: tried quote-cue-name; decided by quote-cue-name\n$/);
  });

  it('ends quietly with status 0 when the reader closes the pipe', () => {
    const big = mkdtempSync(join(tmpdir(), 'quotes-'));
    const file = join(big, 'big.txt');
    writeFileSync(file, '"We are ready to talk at any time," Putin said.\n\n'.repeat(20000));
    const run = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" --format jsonl "${file}" | head -1 >/dev/null`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('quotes eval', () => {
  it('prints the score table per kind', () => {
    const run = quotes(['eval', CORPUS]);
    expect(run.status).toBe(0);
    for (const kind of ['direct', 'mixed', 'indirect', 'all']) expect(run.stdout).toMatch(new RegExp(`^${kind}\\s`, 'm'));
    expect(run.stderr).toMatch(/scored 3 documents/);
  });

  it('gives the same numbers from a saved JSONL output (--system) as from running the extractor', () => {
    const direct = JSON.parse(quotes(['eval', CORPUS, '--format', 'json']).stdout);
    const dir = mkdtempSync(join(tmpdir(), 'quotes-'));
    const texts = ['news_2016', 'news_2016_one', 'solo'].map((n) => `${CORPUS}/text/${n}.txt`);
    const jsonl = quotes([...texts, '--format', 'jsonl']).stdout;
    writeFileSync(join(dir, 'system.jsonl'), jsonl);
    const saved = JSON.parse(quotes(['eval', CORPUS, '--format', 'json', '--system', join(dir, 'system.jsonl')]).stdout);
    expect(saved.kinds).toEqual(direct.kinds);
  });

  it('lists errors with --errors N', () => {
    const run = quotes(['eval', CORPUS, '--errors', '2']);
    expect(run.stdout).toMatch(/Misses \(gold not matched\)/);
    expect(run.stdout).toMatch(/False alarms/);
    expect(run.stdout).toMatch(/Wrong speakers/);
  });

  it('reports a folder that is not a corpus and exits 1', () => {
    const run = quotes(['eval', 'fixtures']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^quotes: fixtures: .+\n$/);
  });

  it('npm run eval says so and exits 0 when the corpus is absent', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'eval.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, QUOTES_EVAL_CORPUS: join(tmpdir(), 'no-such-corpus') },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/corpus not found/);
  });
});
