// How the scripts run the CLI: with the same Node flags as the installed
// command, read from the shebang of bin/quotes.js (one place for them), so a
// benchmark or an evaluation measures what a user runs.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The launcher. */
export const BIN = join(ROOT, 'bin', 'quotes.js');

/** The flags the launcher's shebang gives Node (`#!/usr/bin/env -S node --flag …`). */
export const NODE_FLAGS = (() => {
  const shebang = readFileSync(BIN, 'utf8').split('\n', 1)[0];
  const words = shebang.replace(/^#!\S*env\s+(-S\s+)?/, '').split(/\s+/).filter(Boolean);
  return words.slice(words.findIndex((word) => /(^|\/)node$/.test(word)) + 1);
})();

/** The arguments to give process.execPath to run the CLI with `args`. */
export const quotesArgs = (args) => [...NODE_FLAGS, BIN, ...args];
