/**
 * The NLP tagger (compromise), loaded on first use so that commands which
 * never tag (--version, --help, eval --system) do not pay its start-up cost,
 * and asked about each short phrase once per process: names and words recur
 * across an article and across a batch.
 *
 * Only the tokenizer and tagger are loaded (compromise/two): the full build
 * adds view methods and a chunker that runs on every parse but sets no tag,
 * so the tags are the same and each parse is cheaper.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import type nlpType from 'compromise/two';

type Nlp = typeof nlpType;
let loaded: Nlp | null = null;

/**
 * V8's code cache of compromise/two, written by `npm run build`
 * (scripts/tagger-cache.mjs) after loading it and tagging a few sentences
 * with the launcher's Node flags: the tagger's functions as bytecode, so a
 * process neither parses nor compiles them (about 40 ms of the 230 its
 * loading and first parse take). V8 refuses a cache made by another V8, with
 * other flags or from another source; the tagger is then compiled as usual.
 */
export const TAGGER_CACHE = new URL('./tagger.cache', import.meta.url);

export interface LoadedTagger {
  nlp: Nlp;
  /** The compiled script (scripts/tagger-cache.mjs writes its code cache). */
  script: Script;
  /** Whether V8 took the code cache given. */
  fromCache: boolean;
}

/**
 * compromise/two, compiled from `cachedData` when V8 accepts it, and run as
 * Node runs a CommonJS module (it is one file, and requires nothing).
 */
export function loadTagger(cachedData?: Buffer): LoadedTagger {
  const require = createRequire(import.meta.url);
  const path = require.resolve('compromise/two');
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(path, 'utf8')}\n})`;
  const script = new Script(source, { filename: path, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, path, dirname(path));
  return { nlp: module.exports as Nlp, script, fromCache: cachedData !== undefined && !script.cachedDataRejected };
}

function cachedTagger(): Buffer | undefined {
  try {
    return readFileSync(TAGGER_CACHE);
  } catch {
    return undefined; // not built (a library run from the sources): compiled as usual
  }
}

/** Where the command's start-up snapshot (scripts/snapshot-entry.cjs) leaves the tagger it loaded and warmed. */
const SNAPSHOT_TAGGER = Symbol.for('quotes.tagger');

function nlp(): Nlp {
  if (!loaded) loaded = ((globalThis as Record<symbol, unknown>)[SNAPSHOT_TAGGER] as Nlp | undefined) ?? loadTagger(cachedTagger()).nlp;
  return loaded;
}

/** How many phrases' tags are remembered before the oldest are forgotten. */
const CACHE_SIZE = 20_000;
const cache = new Map<string, ReadonlySet<string>>();

/**
 * The tags compromise gives any term of a short phrase ("Person", "FemaleName", "Plural", …),
 * read from the parsed terms themselves (what .json() would copy, without its texts and objects).
 */
export function tagsOf(phrase: string): ReadonlySet<string> {
  let tags = cache.get(phrase);
  if (!tags) {
    const found = new Set<string>();
    for (const terms of nlp()(phrase).docs) for (const term of terms) for (const tag of term.tags ?? []) found.add(tag);
    tags = found;
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(phrase, tags);
  }
  return tags;
}

/**
 * compromise's word classes, coarsened to what the reported-speech tagger
 * weighs: the first row whose tag the lexicon gives a word names its class.
 * Read from the tagger's lexicon (no tagging), so a word the training data
 * never held still tells a verb from a noun: "endorsed" (VD), "officials" (NS).
 */
const WORD_CLASSES: readonly (readonly [string, string])[] = [
  ['Copula', 'BE'],
  ['Modal', 'MD'],
  ['Auxiliary', 'AUX'],
  ['Negative', 'NEG'],
  ['Pronoun', 'PRP'],
  ['QuestionWord', 'WH'],
  ['Determiner', 'DT'],
  ['Preposition', 'IN'],
  ['Conjunction', 'CC'],
  ['PastTense', 'VD'],
  ['PresentTense', 'VZ'],
  ['Infinitive', 'VB'],
  ['Gerund', 'VG'],
  ['Participle', 'VN'],
  ['Actor', 'ACT'],
  ['Person', 'PER'],
  ['FirstName', 'PER'],
  ['LastName', 'PER'],
  ['MaleName', 'PER'],
  ['FemaleName', 'PER'],
  ['Honorific', 'PER'],
  ['Place', 'LOC'],
  ['Organization', 'ORG'],
  ['Demonym', 'DEM'],
  ['Plural', 'NS'],
  ['Date', 'DATE'],
  ['Value', 'CD'],
  ['Adverb', 'RB'],
  ['Adjective', 'JJ'],
  ['Comparative', 'JJ'],
  ['Superlative', 'JJ'],
  ['Noun', 'NN'],
  ['Singular', 'NN'],
  ['Uncountable', 'NN'],
];

let classTable: Map<string, string> | null = null;

/** Every lower-case word compromise's lexicon gives a class, with its class ("said" → "VD", "officials" → "NS"): a table, no tagging. */
export function wordClasses(): ReadonlyMap<string, string> {
  if (!classTable) {
    classTable = new Map();
    const lexicon = (nlp().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    // each tag's row (the first that names it); a word's class is that of its tag with the first row
    const rowOf = new Map<string, number>();
    WORD_CLASSES.forEach(([tag], row) => rowOf.has(tag) || rowOf.set(tag, row));
    for (const word in lexicon) {
      if (word.includes(' ')) continue;
      const tags = lexicon[word]!;
      let first = WORD_CLASSES.length;
      if (typeof tags === 'string') first = rowOf.get(tags) ?? first;
      else for (const tag of tags) first = Math.min(first, rowOf.get(tag) ?? first);
      if (first < WORD_CLASSES.length) classTable.set(word, WORD_CLASSES[first]![1]);
    }
  }
  return classTable;
}
