#!/usr/bin/env node
// `npm run eval`: score the extractor on PolNeAR train (../shared/corpora/polnear-train),
// or on the corpus in QUOTES_EVAL_CORPUS. When the corpus is absent, say so and exit 0,
// so that a fresh clone without ../shared still runs every npm script cleanly.
// Extra arguments go to `quotes eval` (npm run eval -- --errors 20).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quotesArgs, quotesEnv } from './node-command.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.QUOTES_EVAL_CORPUS ?? join(root, '..', 'shared', 'corpora', 'polnear-train');
if (!existsSync(corpus)) {
  process.stderr.write(`quotes: ${corpus}: corpus not found; nothing to evaluate (set QUOTES_EVAL_CORPUS to score another corpus)\n`);
  process.exit(0);
}
const run = spawnSync(process.execPath, quotesArgs(['eval', corpus, ...process.argv.slice(2)]), { stdio: 'inherit', env: quotesEnv() });
process.exit(run.status ?? 1);
