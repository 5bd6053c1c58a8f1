#!/usr/bin/env node
// `npm run bench:batch`: the batch's throughput and memory, measured (not a
// test: timings on a shared machine are noisy, so it prints medians and the
// load average, and leaves the judging to people).
//  - a 2,000-article folder built from the fixtures (scripts/batch-corpus.mjs),
//    --jobs 1 against --jobs 2, three runs each, interleaved. Throughput is
//    articles per second of wall-clock time, start-up included. Each worker
//    pays a fixed start-up (loading the NLP model, warming its caches), so the
//    same is run over the first 500 articles too: the difference, 1,500
//    articles over the difference in time, is the throughput once started;
//    Beside it, how much room for parallel work the machine had (two busy
//    threads against one), since other work on a shared machine takes cores;
//  - --records streams of 1,000, 10,000 and 20,000 articles: peak resident
//    memory (/usr/bin/time), which should not grow with the stream.
// Prints a table and writes bench/results-batch.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { buildCorpus, median, runQuotes, writeRecordStream } from './batch-corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 3;
const SMALL = 500;
const STREAMS = [1_000, 10_000, 20_000];
const work = mkdtempSync(join(tmpdir(), 'quotes-bench-'));
const folder = join(work, 'news');
const { good } = buildCorpus(folder, { articles: 2000, badPerKind: 0 });
/** The first SMALL articles: their sections, named one by one. */
const smallSections = Array.from({ length: SMALL / 100 }, (_, i) => `section-${String(i).padStart(2, '0')}`);

const say = (line) => process.stdout.write(`${line}\n`);
const load = [loadavg()[0]];
say(`folder: ${good.length} articles; ${availableParallelism()} cores, load average ${load[0].toFixed(2)}`);

/**
 * How much parallel work the machine has room for now: the loop iterations
 * two busy threads complete in a second, over what one completes. 2 on an
 * idle two-core machine; near 1 when other work holds the other core, and
 * then no --jobs 2 can beat --jobs 1.
 */
async function spareCores() {
  const spin = `const { parentPort } = require('node:worker_threads'); let n = 0; const end = Date.now() + 1000; while (Date.now() < end) n++; parentPort.postMessage(n);`;
  const work = (threads) => Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(spin, { eval: true }).once('message', done)))).then((counts) => counts.reduce((a, b) => a + b, 0));
  return (await work(2)) / (await work(1));
}

const spare = [await spareCores()];
const runs = { 1: { all: [], small: [] }, 2: { all: [], small: [] } };
for (let run = 0; run < RUNS; run++) {
  for (const jobs of [1, 2]) {
    for (const [size, operands] of [['all', ['.']], ['small', smallSections]]) {
      const result = runQuotes([...operands, '--format', 'jsonl', '--jobs', String(jobs), '--quiet'], { cwd: folder });
      if (result.status !== 0) throw new Error(`quotes --jobs ${jobs} failed: ${result.stderr}`);
      runs[jobs][size].push({ seconds: result.seconds, cpuSeconds: result.cpuSeconds, maxRssKiB: result.maxRssKiB });
    }
    const last = (size) => runs[jobs][size].at(-1);
    say(`  run ${run + 1}, --jobs ${jobs}: ${good.length} articles ${last('all').seconds.toFixed(2)} s (CPU ${last('all').cpuSeconds ?? '?'} s), ${SMALL} articles ${last('small').seconds.toFixed(2)} s`);
  }
}
load.push(loadavg()[0]);
spare.push(await spareCores());
const seconds = (jobs, size) => median(runs[jobs][size].map((r) => r.seconds));
const cpu = (jobs) => (runs[jobs].all[0].cpuSeconds === null ? null : median(runs[jobs].all.map((r) => r.cpuSeconds)));
const throughput = (jobs) => good.length / seconds(jobs, 'all');
const started = (jobs) => (good.length - SMALL) / (seconds(jobs, 'all') - seconds(jobs, 'small'));

const streams = {};
for (const n of STREAMS) {
  const path = join(work, `records-${n}.jsonl`);
  writeRecordStream(path, folder, good, n);
  const result = runQuotes(['--records', '--quiet'], { stdin: path });
  if (result.status !== 0) throw new Error(`quotes --records failed: ${result.stderr}`);
  streams[n] = { seconds: result.seconds, recordsPerSecond: n / result.seconds, maxRssKiB: result.maxRssKiB };
  rmSync(path);
  say(`  --records, ${n} records: ${result.seconds.toFixed(1)} s, peak RSS ${result.maxRssKiB ?? '?'} KiB`);
}
load.push(loadavg()[0]);

const mib = (kib) => (kib === null ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);
say('');
say(`| folder of ${good.length} articles (median of ${RUNS}) | --jobs 1 | --jobs 2 | ratio |`);
say('|---|---|---|---|');
say(`| seconds | ${seconds(1, 'all').toFixed(2)} | ${seconds(2, 'all').toFixed(2)} | |`);
say(`| articles/s, start-up included | ${throughput(1).toFixed(0)} | ${throughput(2).toFixed(0)} | ${(throughput(2) / throughput(1)).toFixed(2)}x |`);
say(`| articles/s once started (articles ${SMALL + 1}-${good.length}) | ${started(1).toFixed(0)} | ${started(2).toFixed(0)} | ${(started(2) / started(1)).toFixed(2)}x |`);
say(`| CPU seconds (user + system) | ${cpu(1) ?? 'n/a'} | ${cpu(2) ?? 'n/a'} | |`);
say(`| peak RSS | ${mib(runs[1].all[0].maxRssKiB)} | ${mib(runs[2].all[0].maxRssKiB)} | |`);
say('');
say('| --records stream (default --jobs) | seconds | records/s | peak RSS |');
say('|---|---|---|---|');
for (const [n, s] of Object.entries(streams)) say(`| ${n} records | ${s.seconds.toFixed(1)} | ${s.recordsPerSecond.toFixed(0)} | ${mib(s.maxRssKiB)} |`);
say(`\nload average (1 min) at the start, after the folder, at the end: ${load.map((l) => l.toFixed(2)).join(', ')}`);
say(`room for parallel work (2 busy threads' work over 1's) before and after the folder: ${spare.map((x) => `${x.toFixed(2)}x`).join(', ')}`);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  loadAverage: load,
  spareCores: spare,
  folder: {
    articles: good.length,
    small: SMALL,
    runs,
    medianSeconds: { jobs1: seconds(1, 'all'), jobs2: seconds(2, 'all') },
    articlesPerSecond: { jobs1: throughput(1), jobs2: throughput(2), ratio: throughput(2) / throughput(1) },
    articlesPerSecondOnceStarted: { jobs1: started(1), jobs2: started(2), ratio: started(2) / started(1) },
  },
  records: streams,
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results-batch.json'), `${JSON.stringify(results, null, 2)}\n`);
say('\nwritten: bench/results-batch.json');
rmSync(work, { recursive: true, force: true });
