// The batch's test bench, shared by the tests, the acceptance check
// (scripts/acceptance-batch.mjs) and the benchmark (scripts/bench-batch.mjs).
// Builds a folder of news articles: `articles` good articles made from the fixtures (each a
// fixture followed by one or two others, chosen by a seeded generator, so the
// folder is the same on every run), in sections of 100, plus `badPerKind`
// bad inputs of each kind the batch must report and survive; writes record
// streams; runs the binary with its time and peak memory measured.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The kinds of bad input, in the order they are scattered over the sections. */
export const BAD_KINDS = ['binary', 'oversized', 'invalid-encoding', 'unreadable', 'symlink-loop'];

/** The size limit the folder is meant to be run with (--max-size): the oversized files are over it. */
export const CORPUS_MAX_SIZE = 64 * 1024;

/** The fixture articles, in a fixed order (those that warn on their own are left out: their warnings are not failures, but noise). */
export function fixtureArticles() {
  const folders = [join(ROOT, 'fixtures'), join(ROOT, 'fixtures', 'behaviours')];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt') && !name.includes('unclosed'))
      .sort()
      .map((name) => readFileSync(join(folder, name), 'utf8')),
  );
}

/** A small seeded generator (mulberry32): the same numbers on every machine. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Article i: fixture i, then one or two other fixtures, blank-line separated. */
export function article(fixtures, i) {
  const next = random(i + 1);
  const parts = [fixtures[i % fixtures.length]];
  const more = 1 + Math.floor(next() * 2);
  for (let k = 0; k < more; k++) parts.push(fixtures[Math.floor(next() * fixtures.length)]);
  return parts.map((p) => p.trim()).join('\n\n') + '\n';
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Writes one bad input of a kind; returns its path as the walk names it (relative to the folder). */
function writeBad(folder, section, kind, n, fixtures) {
  const name = kind === 'symlink-loop' ? `${section}/loop-${n}` : `${section}/bad-${kind}-${n}.txt`;
  const path = join(folder, name);
  switch (kind) {
    case 'binary':
      writeFileSync(path, Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64), Buffer.from(fixtures[n])]));
      break;
    case 'oversized':
      writeFileSync(path, fixtures[n].repeat(Math.ceil((CORPUS_MAX_SIZE * 2) / fixtures[n].length)));
      break;
    case 'invalid-encoding':
      // a Latin-1 byte in a sentence with no quotation: one warning, nothing else
      writeFileSync(path, Buffer.concat([Buffer.from(`Caf\xe9 owners met on Monday.\n\n`, 'latin1'), Buffer.from(fixtures[0])]));
      break;
    case 'unreadable':
      if (!isRoot()) {
        writeFileSync(path, fixtures[n]);
        chmodSync(path, 0o000);
      } else if (n % 2 === 0) symlinkSync('missing-target.txt', path);
      else execFileSync('mkfifo', [path]);
      break;
    case 'symlink-loop':
      symlinkSync('..', path);
      break;
  }
  return name;
}

/**
 * Builds the folder. Returns the good articles and the bad inputs (paths
 * relative to the folder, in walk order for the good ones).
 */
export function buildCorpus(folder, { articles = 2000, badPerKind = 4 } = {}) {
  const fixtures = fixtureArticles();
  const sections = Math.ceil(articles / 100);
  const good = [];
  for (let i = 0; i < articles; i++) {
    const section = `section-${String(Math.floor(i / 100)).padStart(2, '0')}`;
    mkdirSync(join(folder, section), { recursive: true });
    const name = `${section}/article-${String(i).padStart(5, '0')}.txt`;
    writeFileSync(join(folder, name), article(fixtures, i));
    good.push(name);
  }
  const bad = [];
  let k = 0;
  for (const kind of BAD_KINDS) {
    for (let n = 0; n < badPerKind; n++, k++) {
      const section = `section-${String(k % sections).padStart(2, '0')}`;
      bad.push({ kind, path: writeBad(folder, section, kind, n, fixtures) });
    }
  }
  return { good, bad, maxSize: CORPUS_MAX_SIZE };
}

import { BIN, quotesArgs, quotesEnv } from './node-command.mjs';

export { BIN, quotesArgs, quotesEnv };
const TIME = '/usr/bin/time';

/**
 * Runs quotes (the launcher, bin/quotes.js) with stdin and stdout from and to files (so that large streams
 * never sit in this process), timing it, and measuring its peak resident
 * memory with /usr/bin/time when there is one. Returns the status, stderr,
 * wall-clock seconds, peak RSS in KiB and CPU seconds (user + system; null
 * when not measured).
 */
export function runQuotes(args, { cwd = ROOT, stdin = null, stdout = '/dev/null' } = {}) {
  const input = stdin === null ? 'ignore' : openSync(stdin, 'r');
  const output = openSync(stdout, 'w');
  const timed = existsSync(TIME);
  // the launcher itself, as a user runs it (with its start-up snapshot)
  const command = timed ? [TIME, ['-f', 'quotes-maxrss=%M cpu=%U+%S', BIN, ...args]] : [BIN, args];
  const started = process.hrtime.bigint();
  const run = spawnSync(command[0], command[1], { cwd, stdio: [input, output, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (typeof input === 'number') closeSync(input);
  closeSync(output);
  const rss = /quotes-maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)\n?$/.exec(run.stderr);
  // GNU time says so when the status is not 0: its line, not quotes'
  const stderr = (rss ? run.stderr.slice(0, rss.index) : run.stderr).replace(/^Command exited with non-zero status \d+\n/m, '');
  return { status: run.status, stderr, seconds, maxRssKiB: rss ? Number(rss[1]) : null, cpuSeconds: rss ? Number(rss[2]) + Number(rss[3]) : null };
}

/** Writes a --records stream of n lines to a file: record i is article i modulo the articles given, with id `rec-i`. */
export function writeRecordStream(path, folder, articles, n) {
  const texts = articles.map((name) => readFileSync(join(folder, name), 'utf8'));
  const fd = openSync(path, 'w');
  for (let i = 0; i < n; i++) writeSync(fd, `${JSON.stringify({ id: `rec-${i}`, text: texts[i % texts.length] })}\n`);
  closeSync(fd);
}

/** The median of some numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
