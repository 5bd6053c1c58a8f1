/**
 * The runner of `extractMany`: one article in (a path to read, or its text
 * or bytes), its extraction or the reason it failed out. Run by the pool in
 * each worker thread.
 */
import { extractQuotes } from '../extract.js';
import { BINARY_INPUT } from '../pipeline/01-decode.js';
import type { ExtractResult, QuoteType } from '../types.js';
import { InputFailure, readArticle } from './read.js';

/** An article for extractMany: a file path, or a name with the article's text or bytes. */
export type ArticleInput = string | { file: string; text: string } | { file: string; bytes: Uint8Array };

/** What extractMany yields per article, in input order: its extraction, or why it could not be read. */
export type ArticleOutcome = { file: string; result: ExtractResult; error?: undefined } | { file: string; error: string; result?: undefined };

export interface ExtractRunnerConfig {
  types?: QuoteType[];
  maxSize?: number;
}

export function createRunner(config: ExtractRunnerConfig): (input: ArticleInput) => ArticleOutcome {
  return (input) => {
    const file = typeof input === 'string' ? input : input.file;
    try {
      const article = typeof input === 'string' ? readArticle(input, config.maxSize) : 'text' in input ? input.text : input.bytes;
      const result = extractQuotes(article, { types: config.types });
      const refusal = result.warnings.find((w) => w.code === BINARY_INPUT);
      return refusal ? { file, error: refusal.message } : { file, result };
    } catch (error) {
      if (error instanceof InputFailure) return { file, error: error.message };
      throw error;
    }
  };
}
