/**
 * The NLP tagger (compromise), loaded on first use so that commands which
 * never tag (--version, --help, eval --system) do not pay its start-up cost,
 * and asked about each short phrase once per process: names and words recur
 * across an article and across a batch.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;
let loaded: Nlp | null = null;

function nlp(): Nlp {
  if (!loaded) loaded = createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}

/** How many phrases' tags are remembered before the oldest are forgotten. */
const CACHE_SIZE = 20_000;
const cache = new Map<string, ReadonlySet<string>>();

/** The tags compromise gives any term of a short phrase ("Person", "FemaleName", "Plural", …). */
export function tagsOf(phrase: string): ReadonlySet<string> {
  let tags = cache.get(phrase);
  if (!tags) {
    const terms = nlp()(phrase).json() as { terms: { tags: string[] }[] }[];
    tags = new Set(terms.flatMap((s) => s.terms.flatMap((t) => t.tags)));
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(phrase, tags);
  }
  return tags;
}
