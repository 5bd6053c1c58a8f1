/**
 * The NLP tagger (compromise), loaded on first use so that commands which
 * never tag (--version, --help, eval --system) do not pay its start-up cost.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;
let loaded: Nlp | null = null;

export function nlp(): Nlp {
  if (!loaded) loaded = createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}
