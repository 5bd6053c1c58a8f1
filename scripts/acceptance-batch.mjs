#!/usr/bin/env node
// The acceptance check of issue #6 (batch and pipelines), too slow for the
// test suite: `node scripts/acceptance-batch.mjs` (after `npm run build`).
//  1. a folder of 2,000 articles with 20 bad inputs among them (4 each:
//     binary, oversized, invalid encoding, unreadable, symlink loop): every
//     good article processed, every bad one reported once, exit 1, output
//     byte-identical with --jobs 1 and --jobs 2;
//  2. a 10,000-record stream through --records: every id back with its
//     quotes, in order (peak memory is printed; the benchmark compares it);
//  3. SIGINT during an --out-dir batch: whole files, no temporary file; a
//     rerun with --resume finishes to the same files as an uninterrupted run.
// Prints one line per check and exits 1 when any fails.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildCorpus, quotesArgs, quotesEnv, runQuotes, writeRecordStream } from './batch-corpus.mjs';

const work = mkdtempSync(join(tmpdir(), 'quotes-acceptance-'));
const folder = join(work, 'news');
let failures = 0;
function check(name, ok, detail = '') {
  if (!ok) failures++;
  process.stdout.write(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `  (${detail})` : ''}\n`);
}
const files = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

const corpus = buildCorpus(folder, { articles: 2000, badPerKind: 4 });
process.stdout.write(`folder: ${corpus.good.length} articles and ${corpus.bad.length} bad inputs in ${folder}\n`);
const maxSize = String(corpus.maxSize);

// 1. the folder, on one thread and on two
const runs = [1, 2].map((jobs) => {
  const out = join(work, `jobs${jobs}.json`);
  const run = runQuotes(['.', '--format', 'json', '--max-size', maxSize, '--jobs', String(jobs)], { cwd: folder, stdout: out });
  process.stdout.write(`--jobs ${jobs}: exit ${run.status}, ${run.seconds.toFixed(1)} s; ${run.stderr.trim().split('\n').pop()}\n`);
  return { ...run, out: readFileSync(out, 'utf8') };
});
const documents = JSON.parse(runs[0].out);
const invalidEncoding = corpus.bad.filter((b) => b.kind === 'invalid-encoding').map((b) => b.path);
const expected = [...corpus.good, ...invalidEncoding].sort();
const names = documents.map((d) => d.file);
check('every good article processed, in sorted order', JSON.stringify(names) === JSON.stringify(expected), `${names.length} documents, ${expected.length} expected`);
const lines = runs[0].stderr.split('\n');
const reported = corpus.bad.map((b) => [b, lines.filter((l) => l.startsWith(`quotes: ${b.path}:`)).length]);
check('every bad input reported exactly once', reported.every(([, n]) => n === 1), reported.filter(([, n]) => n !== 1).map(([b, n]) => `${b.path}: ${n}`).join(', ') || `${corpus.bad.length} inputs`);
check('no other input reported as failed', !lines.some((l) => l.startsWith('quotes: section-') && !corpus.bad.some((b) => l.startsWith(`quotes: ${b.path}:`)) && !l.includes(': warning: ')));
check('exit 1 with --jobs 1 and --jobs 2', runs.every((r) => r.status === 1), runs.map((r) => r.status).join(', '));
check('stdout byte-identical with --jobs 1 and --jobs 2', runs[0].out === runs[1].out, `${runs[0].out.length} bytes`);

// 2. a 10,000-record stream
const stream = join(work, 'records.jsonl');
const streamOut = join(work, 'records.out.jsonl');
writeRecordStream(stream, folder, corpus.good, 10_000);
const mapped = runQuotes(['--records'], { stdin: stream, stdout: streamOut });
process.stdout.write(`--records: exit ${mapped.status}, ${mapped.seconds.toFixed(1)} s, peak RSS ${mapped.maxRssKiB ?? '?'} KiB; ${mapped.stderr.trim().split('\n').pop()}\n`);
const quotesOf = new Map(documents.map((d) => [d.file, d.quotes.map(({ file, ...rest }) => JSON.stringify(rest))]));
const back = new Map();
const order = [];
for (const line of readFileSync(streamOut, 'utf8').split('\n')) {
  if (!line) continue;
  const { file, ...rest } = JSON.parse(line);
  if (!back.has(file)) {
    back.set(file, []);
    order.push(file);
  }
  back.get(file).push(JSON.stringify(rest));
}
let wrong = 0;
const wanted = [];
for (let i = 0; i < 10_000; i++) {
  const quotes = quotesOf.get(corpus.good[i % corpus.good.length]);
  if (quotes.length > 0) wanted.push(`rec-${i}`);
  if (JSON.stringify(back.get(`rec-${i}`) ?? []) !== JSON.stringify(quotes)) wrong++;
}
check('every record id back with its quotes', mapped.status === 0 && wrong === 0, `${back.size} ids with quotes, ${wrong} differing`);
check('ids in input order', JSON.stringify(order) === JSON.stringify(wanted));

// 3. SIGINT during an --out-dir batch, then --resume
const args = ['news', '--format', 'jsonl', '--max-size', maxSize, '--jobs', '2'];
const interrupted = await new Promise((done) => {
  const child = spawn(process.execPath, quotesArgs([...args, '--out-dir', 'partial']), { cwd: work, stdio: 'ignore', env: quotesEnv() });
  const poll = setInterval(() => {
    let written = 0;
    try {
      written = files(join(work, 'partial')).length;
    } catch {}
    if (written >= 200) {
      clearInterval(poll);
      child.kill('SIGINT');
    }
  }, 20);
  child.on('close', (status) => done(status));
});
const partial = files(join(work, 'partial'));
check('SIGINT: exit 130, no temporary file left', interrupted === 130 && !partial.some((f) => f.endsWith('.tmp')), `exit ${interrupted}, ${partial.length} files written`);
const resumed = runQuotes([...args, '--out-dir', 'partial', '--resume'], { cwd: work });
const whole = runQuotes([...args, '--out-dir', 'whole'], { cwd: work });
const same = JSON.stringify(files(join(work, 'partial'))) === JSON.stringify(files(join(work, 'whole'))) && files(join(work, 'whole')).every((f) => readFileSync(join(work, 'partial', f), 'utf8') === readFileSync(join(work, 'whole', f), 'utf8'));
check('--resume finishes the rest; the result equals an uninterrupted run', resumed.status === 1 && whole.status === 1 && same, `resume: ${resumed.stderr.trim().split('\n').pop()}`);

rmSync(work, { recursive: true, force: true });
process.stdout.write(failures === 0 ? 'acceptance: all checks passed\n' : `acceptance: ${failures} checks failed\n`);
process.exit(failures === 0 ? 0 : 1);
