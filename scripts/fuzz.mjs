#!/usr/bin/env node
/**
 * The long fuzz run (issue #9), outside the default test run: feeds the
 * compiled library (dist/) generated articles, random bytes and markup, and
 * checks that it never throws, finishes within a bound proportional to the
 * length, gives offsets inside the text, and gives output that is valid JSON.
 *
 *   npm run fuzz                         # 100,000 inputs, seed 1
 *   node scripts/fuzz.mjs --runs 1000000 --seed 7 --out fuzz-failures.jsonl
 *
 * Prints inputs tried, failures and elapsed time; writes each failing input
 * (as JSON, with the seed and index that replay it) to the --out file.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { extractQuotes } from '../dist/index.js';
import { article, brokenInvariant, bytes, random, timeBound } from './article-generator.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'fuzz-failures.jsonl' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const FORMATS = ['auto', 'text', 'html', 'markdown'];
const MARKUP = ['<p>', '</p>', '<blockquote>', '</blockquote>', '<br>', '<li>', '<nav>', '</nav>', '<script>', '</script>', '*', '**', '_', '# ', '> ', '[', '](x)', '```', '&quot;', '&amp;', '&#0;', '&#xD800;', '<!doctype html>', '---\ntitle: "a\n---\n'];

// warm-up, not timed: the first calls load the NLP model and the HTML and Markdown readers, and compile
for (let i = 0; i < 200; i++) for (const format of FORMATS) extractQuotes(article(random(-1 - i)), { format });

const failures = [];
const started = performance.now();
let characters = 0;
/** Inputs over the time bound once, timed again. */
let retimed = 0;
let slowest = { ms: 0, length: 0 };
for (let i = 0; i < runs; i++) {
  const next = random(seed * 1_000_003 + i);
  const kind = next();
  let input;
  let format = 'auto';
  if (kind < 0.8) input = article(next);
  else if (kind < 0.9) {
    input = bytes(next);
    format = FORMATS[Math.floor(next() * FORMATS.length)];
  } else {
    format = next() < 0.5 ? 'html' : 'markdown';
    input = Array.from({ length: Math.floor(next() * 60) }, () => (next() < 0.6 ? MARKUP[Math.floor(next() * MARKUP.length)] : article(next, 3))).join('');
  }
  characters += input.length;
  let problem = null;
  const t = performance.now();
  try {
    problem = brokenInvariant(extractQuotes(input, { format }));
  } catch (error) {
    problem = `threw: ${error?.stack ?? error}`;
  }
  let ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { ms, length: input.length };
  // over the bound: timed again, since a garbage collection or the loaded machine can pause any one call
  if (problem === null && ms > timeBound(input.length)) {
    retimed++;
    const again = performance.now();
    extractQuotes(input, { format });
    ms = performance.now() - again;
  }
  if (problem === null && ms > timeBound(input.length)) problem = `took ${ms.toFixed(0)} ms for ${input.length} characters (bound ${timeBound(input.length).toFixed(0)} ms)`;
  if (problem !== null) {
    failures.push({ seed, index: i, format, problem, input: typeof input === 'string' ? input : { bytes: [...input] } });
    process.stderr.write(`fuzz: input ${i}: ${problem.split('\n')[0]}\n`);
  }
  if ((i + 1) % 10_000 === 0) process.stderr.write(`fuzz: ${i + 1} inputs, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
const elapsed = (performance.now() - started) / 1000;
if (failures.length > 0) writeFileSync(values.out, failures.map((f) => JSON.stringify(f)).join('\n') + '\n');
console.log(
  `fuzz: seed ${seed}: ${runs} inputs tried (${characters} characters), ${failures.length} failures${failures.length ? ` (written to ${values.out})` : ''}, ` +
    `${retimed} timed again, slowest ${slowest.ms.toFixed(0)} ms (${slowest.length} characters), ${elapsed.toFixed(1)} s`,
);
process.exitCode = failures.length > 0 ? 1 : 0;
