/**
 * The batch library: many articles through the pipeline on worker threads,
 * results in input order, as an async iterable.
 *
 * ```ts
 * for await (const { file, result, error } of extractMany(findFiles(['news']), { jobs: 4 })) …
 * ```
 */
import { availableParallelism } from 'node:os';
import type { QuoteType } from '../types.js';
import type { ArticleInput, ArticleOutcome } from './extract-runner.js';
import { mapInOrder } from './pool.js';
import { findInputs, type WalkOptions } from './walk.js';

export interface ExtractManyOptions {
  /** Worker threads (default: the number of cores); 1 runs in the calling thread. */
  jobs?: number;
  /** Only these quote types (default: all). */
  types?: QuoteType[];
  /** Files larger than this many bytes fail with "too large" (default 10 MiB). */
  maxSize?: number;
  /** Ends the iteration early; the workers are terminated. */
  signal?: AbortSignal;
}

/**
 * Extracts the quotes of many articles, in parallel, yielding one outcome
 * per input in input order: `{file, result}`, or `{file, error}` when the
 * file could not be read (missing, a folder, too large, binary). Inputs are
 * pulled as workers free up, so an endless stream runs in flat memory.
 * Breaking out of the loop stops the workers.
 */
export async function* extractMany(inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>, options: ExtractManyOptions = {}): AsyncGenerator<ArticleOutcome> {
  const completed = mapInOrder<ArticleInput, ArticleOutcome>(inputs, {
    jobs: Math.max(1, Math.floor(options.jobs ?? availableParallelism())),
    runner: new URL('./extract-runner.js', import.meta.url),
    config: { types: options.types, maxSize: options.maxSize },
    signal: options.signal,
  });
  for await (const { value } of completed) yield value;
}

/**
 * The article files named by paths: files as given, folders walked (sorted,
 * hidden entries skipped, text-like extensions only), globs expanded. Paths
 * that cannot be walked (a symbolic link loop, a pattern matching nothing)
 * are left out; use findInputs to see them.
 */
export async function* findFiles(paths: Iterable<string>, options: WalkOptions = {}): AsyncGenerator<string> {
  for await (const input of findInputs(paths, options)) if (!input.failure && input.source !== 'stdin') yield input.file;
}

export type { ArticleInput, ArticleOutcome } from './extract-runner.js';
export { findInputs, TEXT_EXTENSIONS, type FoundInput, type WalkOptions } from './walk.js';
export { globToRegExp } from './glob.js';
export { DEFAULT_MAX_SIZE } from './read.js';
