// npm run bench: the performance figures of issue #8, measured in one run.
// Not a test: the machine is shared and noisy, so every time is the median of
// several runs and the report gives ratios beside the times.
//
// Texts: PolNeAR train (../shared/corpora/polnear-train/text) when present,
// else articles built from the fixtures. Prints a table and writes
// bench/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { article, buildCorpus, fixtureArticles, median, runQuotes } from './batch-corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpora', 'polnear-train', 'text');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'quotes-bench-'));

function texts() {
  if (existsSync(CORPUS)) {
    const names = readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort();
    return { source: 'PolNeAR train', texts: names.map((n) => readFileSync(join(CORPUS, n), 'utf8')) };
  }
  const fixtures = fixtureArticles();
  return { source: 'generated from the fixtures', texts: Array.from({ length: 800 }, (_, i) => article(fixtures, i)) };
}

const { source, texts: articles } = texts();
const bytes = articles.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const records = join(work, 'records.jsonl');
writeFileSync(records, articles.map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n');

/** Median of RUNS runs of quotes with these arguments. */
function timed(args, options = {}) {
  const runs = Array.from({ length: RUNS }, () => runQuotes(args, options));
  const failed = runs.find((r) => r.status !== 0 && r.status !== 1);
  if (failed) throw new Error(`quotes ${args.join(' ')} exited ${failed.status}: ${failed.stderr}`);
  return { seconds: median(runs.map((r) => r.seconds)), maxRssMiB: median(runs.map((r) => (r.maxRssKiB ?? 0) / 1024)) };
}

/** The reference: a plain compromise parse of the same texts, in a process of its own (import excluded). */
function compromiseSeconds() {
  const script = `
    const nlp = require('compromise');
    const texts = require('fs').readFileSync(${JSON.stringify(records)}, 'utf8').trim().split('\\n').map((l) => JSON.parse(l).text);
    const t = process.hrtime.bigint();
    for (const text of texts) nlp(text);
    console.log(Number(process.hrtime.bigint() - t) / 1e9);`;
  const runs = Array.from({ length: RUNS }, () => Number(spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }).stdout));
  return median(runs);
}

const rows = [];
const row = (name, value, unit, note = '') => rows.push({ name, value: Number(value.toFixed(3)), unit, note });

// throughput, one core and two
const one = timed(['--records', '--jobs', '1', '--format', 'jsonl', '--quiet'], { stdin: records });
const two = timed(['--records', '--jobs', '2', '--format', 'jsonl', '--quiet'], { stdin: records });
const reference = compromiseSeconds();
row('throughput, --jobs 1', bytes / 1e6 / one.seconds, 'MB/s', `${(articles.length / one.seconds).toFixed(0)} articles/s, start-up included`);
row('throughput, --jobs 2', bytes / 1e6 / two.seconds, 'MB/s', `${(two.seconds ? one.seconds / two.seconds : 0).toFixed(2)}x --jobs 1`);
row('compromise nlp(text), one core', bytes / 1e6 / reference, 'MB/s', 'the reference parse, import excluded');
row('quotes / compromise', reference / one.seconds, 'x', 'target at least 10');

// start-up
row('quotes --version', timed(['--version']).seconds * 1000, 'ms', 'target 120');
const small = join(work, 'small.txt');
writeFileSync(small, existsSync(join(ROOT, 'fixtures', 'tass-putin-trump.txt')) ? readFileSync(join(ROOT, 'fixtures', 'tass-putin-trump.txt')) : articles[0]);
const single = timed([small, '--format', 'jsonl']);
row('one article end to end', single.seconds * 1000, 'ms', 'target 400');
row('peak RSS, one article', single.maxRssMiB, 'MiB');

// memory: 2,000 articles, a 10 MB article
const folder = join(work, 'folder');
buildCorpus(folder, { articles: 2000, badPerKind: 0 });
const batch = timed([folder, '--format', 'jsonl', '--quiet'], {});
row('peak RSS, 2,000 articles (folder)', batch.maxRssMiB, 'MiB', `${batch.seconds.toFixed(1)} s; target under 200`);
const big = join(work, 'big.txt');
let text = '';
for (let i = 0; Buffer.byteLength(text) < 10e6; i++) text += `${articles[i % articles.length]}\n\n`;
writeFileSync(big, text);
const bigRun = timed([big, '--format', 'jsonl', '--max-size', '20M']);
row('peak RSS, 10 MB article', bigRun.maxRssMiB, 'MiB', `${bigRun.seconds.toFixed(1)} s; target under 200`);

// growth: 1x, 10x, 100x a base article
const base = articles.slice(0, 5).join('\n\n');
const growth = [1, 10, 100].map((times) => {
  const file = join(work, `x${times}.txt`);
  writeFileSync(file, Array.from({ length: times }, () => base).join('\n\n'));
  return timed([file, '--format', 'jsonl', '--max-size', '100M']).seconds;
});
row('time, 10x the input / 1x', growth[1] / growth[0], 'x', 'start-up included');
row('time, 100x the input / 1x', growth[2] / growth[0], 'x', 'target within 120');
row('time, 100x / 10x', growth[2] / growth[1], 'x', 'start-up mostly cancelled; linear is 10');

// 2 MB without any punctuation
const words = base.toLowerCase().match(/[a-z]+/g) ?? ['word'];
let flat = '';
for (let i = 0; flat.length < 2e6; i++) flat += `${words[(i * 7919) % words.length]} `;
const flatFile = join(work, 'flat.txt');
writeFileSync(flatFile, flat);
row('2 MB without punctuation', timed([flatFile, '--format', 'jsonl', '--max-size', '10M']).seconds, 's', 'target under 5');

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`quotes benchmark: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB (${source}); medians of ${RUNS} runs`);
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(9)} ${r.unit.padEnd(4)} ${r.note}`);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, source, articles: articles.length, bytes, runs: RUNS, rows }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
