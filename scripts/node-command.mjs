// How the scripts run the CLI: with the same Node flags and environment as
// the installed command, read from the launcher bin/quotes.js (its shell line
// `env=NAME=value flags='--flag …'`: one place for them), so a benchmark or an
// evaluation measures what a user runs.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The launcher. */
export const BIN = join(ROOT, 'bin', 'quotes.js');

const LAUNCHER = (() => {
  const line = /^":" \/\/; env=(\w+)=(\S*) flags='([^']*)'$/m.exec(readFileSync(BIN, 'utf8'));
  if (!line) throw new Error(`${BIN}: no line \`":" //; env=NAME=value flags='…'\``);
  return { env: { [line[1]]: line[2] }, flags: line[3].split(/\s+/).filter(Boolean), stamp: `${process.version} ${line[3]}` };
})();

/** The flags the launcher gives Node. */
export const NODE_FLAGS = LAUNCHER.flags;

/** The variable the launcher sets (`MALLOC_MMAP_THRESHOLD_=131072`). */
export const NODE_ENV = LAUNCHER.env;

/** What the launcher compares dist/cli.blob.stamp with, for this Node: `$(node --version) $flags`. */
export const SNAPSHOT_STAMP = LAUNCHER.stamp;

/** The arguments to give process.execPath to run the CLI with `args`, as the launcher does without its start-up snapshot. */
export const quotesArgs = (args) => [...NODE_FLAGS, BIN, ...args];

/** The environment to run the CLI in: `env` with the launcher's variables. */
export const quotesEnv = (env = process.env) => ({ ...env, ...NODE_ENV });
