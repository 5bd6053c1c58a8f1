// How the scripts run the CLI: with the same Node flags and environment as
// the installed command, read from the shebang of bin/quotes.js
// (`#!/usr/bin/env -S NAME=value … node --flag …`: one place for them), so a
// benchmark or an evaluation measures what a user runs.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The launcher. */
export const BIN = join(ROOT, 'bin', 'quotes.js');

const SHEBANG = (() => {
  const line = readFileSync(BIN, 'utf8').split('\n', 1)[0];
  const words = line.replace(/^#!\S*env\s+(-S\s+)?/, '').split(/\s+/).filter(Boolean);
  const node = words.findIndex((word) => /(^|\/)node$/.test(word));
  return { before: words.slice(0, node), flags: words.slice(node + 1) };
})();

/** The flags the launcher's shebang gives Node. */
export const NODE_FLAGS = SHEBANG.flags;

/** The variables the launcher's shebang sets (`MALLOC_MMAP_THRESHOLD_=131072`). */
export const NODE_ENV = Object.fromEntries(SHEBANG.before.filter((word) => /^\w+=/.test(word)).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]));

/** The arguments to give process.execPath to run the CLI with `args`. */
export const quotesArgs = (args) => [...NODE_FLAGS, BIN, ...args];

/** The environment to run the CLI in: `env` with the launcher's variables. */
export const quotesEnv = (env = process.env) => ({ ...env, ...NODE_ENV });
