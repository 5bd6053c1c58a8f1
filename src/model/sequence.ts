/**
 * The learned reader of reported speech: a sentence as a sequence of tokens,
 * each with the features the tagger weighs, and the tagger itself (a linear
 * model over hashed features with first-order label transitions, decoded by
 * Viterbi: a linear-chain CRF, trained by scripts/train-reported-speech.mjs
 * on PolNeAR train).
 *
 * Each token of a sentence gets one label: part of a source (SOURCE), of a
 * reporting cue (CUE), of what was reported (CONTENT), or none (OUTSIDE).
 * Everything here is shared by training and inference, so the two cannot drift.
 */
import { CLAUSE_VERB_FORMS, REPORTING_VERB_FORMS } from '../lexicon/reporting-verbs.js';
import { wordClasses } from '../nlp.js';
import type { Span } from '../types.js';

export const LABELS = ['O', 'SOURCE', 'CUE', 'CONTENT'] as const;
export const OUTSIDE = 0;
export const SOURCE = 1;
export const CUE = 2;
export const CONTENT = 3;
const L = LABELS.length;

export interface Token extends Span {
  /** The token as written. */
  word: string;
  /** Inside quotation marks. */
  quoted: boolean;
}

/**
 * Initialisms with their dots ("U.S."); clitics on their own ("he|’s",
 * "Trump|’s", "they|’re"); words with inner apostrophes, hyphens, dots or
 * commas ("O’Malley", "don’t", "anti-war", "3.5", "10,000"); then any other
 * character alone.
 */
const TOKEN = /(?:\p{Lu}\.){2,}|['’](?:s|re|ll|ve|d|m)(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:(?:['’](?!(?:s|re|ll|ve|d|m)(?![\p{L}\p{M}\p{N}]))|[\-.,])[\p{L}\p{M}\p{N}]+)*|\S/gu;

/** The tokens of text[start, end); `quoted` spans mark the tokens inside quotation marks. */
export function tokenize(text: string, span: Span, quoted: readonly Span[] = []): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  let q = 0;
  for (const m of slice.matchAll(TOKEN)) {
    const start = span.start + m.index;
    while (q < quoted.length && quoted[q]!.end <= start) q++;
    const inside = q < quoted.length && quoted[q]!.start <= start;
    tokens.push({ word: m[0], start, end: start + m[0].length, quoted: inside });
  }
  return tokens;
}

/** A word's shape: "Xx" capitalised, "X" all capitals, "x" lower case, "d" digits, "p" punctuation. */
function shape(word: string): string {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1); // NaN past the end
  if (first < 128 && !(second >= 128)) {
    // ASCII: the regexes' answers, without them
    if (first >= 65 && first <= 90) return (second >= 97 && second <= 122) || second === 39 || second === 45 ? 'Xx' : 'X';
    if (first >= 97 && first <= 122) return 'x';
    if (first >= 48 && first <= 57) return 'd';
    return 'p';
  }
  if (/^\p{Lu}[\p{Ll}\p{M}'’\-]/u.test(word)) return 'Xx';
  if (/^\p{Lu}/u.test(word)) return 'X';
  if (/^\p{Ll}/u.test(word)) return 'x';
  if (/^\p{N}/u.test(word)) return 'd';
  return 'p';
}

/** How far: 1, 2, 3, 4-6, 7-12, 13+ tokens. */
function bucket(distance: number): string {
  return distance <= 3 ? String(distance) : distance <= 6 ? '4-6' : distance <= 12 ? '7-12' : '13+';
}

/** A crude stem, so that the forms of a word share weight: "warns", "warned", "warning" → "warn". */
function stem(word: string): string {
  if (word.length <= 4) return word;
  // the longest of the endings that fits: what /(?:ing|ed|es|s)$/ takes off
  const cut = word.endsWith('ing') ? 3 : word.endsWith('ed') || word.endsWith('es') ? 2 : word.endsWith('s') ? 1 : 0;
  return cut === 0 ? word : word.slice(0, -cut);
}

/** What the word lists and the tagger's lexicon say of a word: its reporting-verb class (`lexicon`) and word class. */
interface Lexical {
  lexicon: string;
  wordClass: string;
}

const UNLISTED: Lexical = { lexicon: '', wordClass: '' };
let lexicalTable: Map<string, Lexical> | null = null;

/**
 * A word's Lexical, in one lookup: `lexicon` is C for a reporting verb that
 * takes a clause, R for another reporting verb, '' for neither; `wordClass`
 * its class in the NLP tagger's lexicon ('' when it lists none).
 */
function lexicalOf(lower: string): Lexical {
  if (!lexicalTable) {
    const table = new Map<string, Lexical>();
    for (const [word, wordClass] of wordClasses()) table.set(word, { lexicon: '', wordClass });
    for (const [forms, lexicon] of [[REPORTING_VERB_FORMS, 'R'], [CLAUSE_VERB_FORMS, 'C']] as const) {
      for (const word of forms.keys()) table.set(word, { lexicon, wordClass: table.get(word)?.wordClass ?? '' });
    }
    lexicalTable = table;
  }
  return lexicalTable.get(lower) ?? UNLISTED;
}

const QUOTE_MARK = /^["“”«»„‘’']$/u;

/** What the features read of a word as written. */
interface WordView {
  lower: string;
  stem: string;
  /** The last three characters of `lower`. */
  suffix: string;
  shape: string;
  lexicon: string;
  quoteMark: boolean;
  /** The word's class in the NLP tagger's lexicon ("VD" a past tense, "NS" a plural, …; '' when it lists none). */
  wordClass: string;
}

/**
 * A token's word as the features read it, worked out once for all of them.
 * (A memo by word, kept across sentences, was no faster in the pipeline: its
 * lookups miss the caches as much as this work costs.)
 */
function viewOf(word: string): WordView {
  const lower = word.toLowerCase();
  // every quotation mark is one UTF-16 unit
  const { lexicon, wordClass } = lexicalOf(lower);
  return { lower, stem: stem(lower), suffix: lower.slice(-3), shape: shape(word), lexicon, quoteMark: word.length === 1 && QUOTE_MARK.test(word), wordClass };
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a, continued over more UTF-16 code units. */
function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a over the UTF-16 code units of a feature name. */
export function hashFeature(name: string): number {
  return mix(FNV_OFFSET, name) >>> 0;
}

/** The kind of a feature, named by the prefix of its name ("pw="), with the hash state after that prefix, so hashing starts there. */
interface Kind {
  prefix: string;
  state: number;
}

const kind = (prefix: string): Kind => ({ prefix, state: mix(FNV_OFFSET, prefix) });

/** The kinds of feature, in the order a token's features are listed. */
const K = {
  b: kind('b'),
  w: kind('w='),
  s3: kind('s3='),
  st: kind('st='),
  pst: kind('pst='),
  stn: kind('stn='),
  n3: kind('n3='),
  nsh: kind('nsh='),
  lcb: kind('lcb='),
  sh: kind('sh='),
  p1: kind('p1='),
  n1: kind('n1='),
  p2: kind('p2='),
  n2: kind('n2='),
  pw: kind('pw='),
  wn: kind('wn='),
  psh: kind('psh='),
  q: kind('q='),
  lx: kind('lx='),
  lxn: kind('lxn='),
  lc: kind('lc='),
  rc: kind('rc='),
  lcw: kind('lcw='),
  rcw: kind('rcw='),
  pos: kind('pos='),
  cm: kind('cm='),
  hl: kind('hl'),
  hlw: kind('hlw='),
  qm: kind('qm'),
  qsh: kind('qsh='),
  wc: kind('wc='),
  pwc: kind('pwc='),
  wcn: kind('wcn='),
  th: kind('th='),
  rcm: kind('rcm='),
  lv: kind('lv='),
  lvd: kind('lvd='),
};

const isBreak = (word: string): boolean => word === ',' || word === ';' || word === '—';
const isVerb = (view: WordView): boolean => view.wordClass.charCodeAt(0) === 86; // "V…"

/**
 * Each feature of a token is a kind and one or two values ("pw=" "said" "|"
 * "that"): `feature(i, kind, a, b)` is called for each, token after token.
 */
interface Sink {
  feature(i: number, kind: Kind, a: string, b?: string): void;
}

/**
 * Walks the features of every token of a sentence. `headline` marks the
 * article's first paragraph (a headline reports in the present tense).
 * The one definition of the features: names (sentenceFeatures) and hashes
 * (sentenceHashes) both come from it.
 */
function eachFeature(tokens: readonly Token[], headline: boolean, sink: Sink): void {
  const n = tokens.length;
  const seen = tokens.map((t) => viewOf(t.word));
  // the nearest lexicon cue on each side of each token
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    left[i] = last;
    if (seen[i]!.lexicon) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    right[i] = next;
    if (seen[i]!.lexicon) next = i;
  }
  const word = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : seen[i]!.lower);
  const classAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : seen[i]!.wordClass);
  const stemAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : seen[i]!.stem);
  // the next comma (or semicolon, or dash) after each token
  const nextBreak = new Int32Array(n);
  for (let i = n - 1, next = n; i >= 0; i--) {
    nextBreak[i] = next;
    if (isBreak(tokens[i]!.word)) next = i;
  }
  let lastComma = -1;
  let lastThat = -1;
  let lastVerb = -1;
  for (let i = 0; i < n; i++) {
    const v = seen[i]!;
    const w = v.lower;
    const t = tokens[i]!;
    const l = left[i]!;
    const r = right[i]!;
    sink.feature(i, K.b, '');
    sink.feature(i, K.w, w);
    sink.feature(i, K.s3, v.suffix);
    sink.feature(i, K.st, v.stem);
    sink.feature(i, K.pst, stemAt(i - 1), v.stem);
    sink.feature(i, K.stn, v.stem, word(i + 1));
    sink.feature(i, K.n3, word(i + 3));
    sink.feature(i, K.nsh, i + 1 < n ? seen[i + 1]!.shape : '</s>');
    if (l < 0) sink.feature(i, K.lcb, '-');
    else sink.feature(i, K.lcb, seen[l]!.stem, bucket(i - l));
    sink.feature(i, K.sh, v.shape);
    sink.feature(i, K.p1, word(i - 1));
    sink.feature(i, K.n1, word(i + 1));
    sink.feature(i, K.p2, word(i - 2));
    sink.feature(i, K.n2, word(i + 2));
    sink.feature(i, K.pw, word(i - 1), w);
    sink.feature(i, K.wn, w, word(i + 1));
    sink.feature(i, K.psh, i > 0 ? seen[i - 1]!.shape : '<s>', v.shape);
    sink.feature(i, K.q, t.quoted ? '1' : '0');
    sink.feature(i, K.lx, v.lexicon);
    sink.feature(i, K.lxn, v.lexicon, word(i + 1));
    sink.feature(i, K.lc, l < 0 ? '-' : bucket(i - l));
    sink.feature(i, K.rc, r < 0 ? '-' : bucket(r - i));
    sink.feature(i, K.lcw, l < 0 ? '-' : seen[l]!.lower);
    sink.feature(i, K.rcw, r < 0 ? '-' : seen[r]!.lower);
    sink.feature(i, K.pos, i === 0 ? 'first' : i === n - 1 ? 'last' : n - i <= 4 ? 'end' : bucket(i));
    sink.feature(i, K.cm, lastComma < 0 ? '-' : bucket(i - lastComma));
    if (headline) {
      sink.feature(i, K.hl, '');
      sink.feature(i, K.hlw, w);
    }
    if (v.quoteMark) sink.feature(i, K.qm, '');
    if (t.quoted) sink.feature(i, K.qsh, v.shape);
    // the word's class, alone and beside its neighbours'
    sink.feature(i, K.wc, v.wordClass);
    sink.feature(i, K.pwc, classAt(i - 1), v.wordClass);
    sink.feature(i, K.wcn, v.wordClass, classAt(i + 1));
    // "said | that | …": how far past a "that" after the cue before
    sink.feature(i, K.th, l >= 0 && lastThat > l ? bucket(i - lastThat) : 'n');
    // "…, | X said": whether a comma stands between the token and the cue after it
    sink.feature(i, K.rcm, r < 0 ? '-' : nextBreak[i]! < r ? 'c' : 'n', bucket(r - i));
    // the nearest verb before, any verb (a cue no word list holds: "endorsed", "lays out"), and how far
    sink.feature(i, K.lv, lastVerb < 0 ? '-' : seen[lastVerb]!.stem);
    sink.feature(i, K.lvd, lastVerb < 0 ? '-' : seen[lastVerb]!.stem, bucket(i - lastVerb));
    if (w === 'that') lastThat = i;
    if (isVerb(v)) lastVerb = i;
    if (isBreak(t.word)) lastComma = i;
  }
}

/** The feature names of every token of a sentence (for people and tests; the tagger reads sentenceHashes). */
export function sentenceFeatures(tokens: readonly Token[], headline: boolean): string[][] {
  const features: string[][] = tokens.map(() => []);
  eachFeature(tokens, headline, {
    feature: (i, k, a, b) => features[i]!.push(b === undefined ? `${k.prefix}${a}` : `${k.prefix}${a}|${b}`),
  });
  return features;
}

const BAR = '|'.charCodeAt(0);

/**
 * The hashed features of a sentence, token after token: token i's are
 * hashes[offsets[i]], …, hashes[offsets[i + 1] - 1].
 */
export interface HashedSentence {
  hashes: Uint32Array;
  offsets: Uint32Array;
}

/** Where sentenceHashes writes, grown as needed, so a sentence allocates only its result. */
let scratch = new Uint32Array(1 << 12);

/**
 * The hashed features of every token of a sentence, masked to `hashBits`:
 * the same numbers as hashing sentenceFeatures' names, without building them.
 */
export function sentenceHashes(tokens: readonly Token[], headline: boolean, hashBits: number): HashedSentence {
  const mask = hashBits >= 32 ? 0xffffffff : (1 << hashBits) - 1;
  const offsets = new Uint32Array(tokens.length + 1);
  let count = 0;
  eachFeature(tokens, headline, {
    feature(i, k, a, b) {
      let h = mix(k.state, a);
      if (b !== undefined) h = mix(Math.imul(h ^ BAR, 0x01000193), b);
      if (count === scratch.length) {
        const grown = new Uint32Array(count * 2);
        grown.set(scratch);
        scratch = grown;
      }
      scratch[count++] = (h >>> 0) & mask;
      offsets[i + 1] = count;
    },
  });
  return { hashes: scratch.slice(0, count), offsets };
}

/** What scores a sequence: a weight per (feature, label), label transitions, and labels at the start. */
export interface SequenceModel {
  /** Bits of the feature hash kept. */
  hashBits: number;
  /** Adds the weights of the hashed features hashes[from], …, hashes[to - 1], one per label, to out[at], …, out[at + LABELS.length - 1]. */
  addWeights(hashes: Uint32Array, from: number, to: number, out: Float64Array, at: number): void;
  /** transitions[from * L + to]. */
  transitions: Float64Array | Float32Array;
  /** start[y]: the first token's label. */
  start: Float64Array | Float32Array;
}

/** A decoded sentence: the best label of each token, and each token's score for each label (emissions[i * L + y]). */
export interface Decoded {
  labels: Uint8Array;
  emissions: Float64Array;
}

/** The best label sequence (Viterbi). */
export function decode(model: SequenceModel, hashed: HashedSentence): Decoded {
  const { hashes, offsets } = hashed;
  const n = offsets.length - 1;
  const labels = new Uint8Array(n);
  const emissions = new Float64Array(n * L);
  if (n === 0) return { labels, emissions };
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let i = 0; i < n; i++) {
    model.addWeights(hashes, offsets[i]!, offsets[i + 1]!, emissions, i * L);
    for (let y = 0; y < L; y++) {
      if (i === 0) {
        score[y] = model.start[y]! + emissions[y]!;
        continue;
      }
      let best = -Infinity;
      let from = 0;
      for (let p = 0; p < L; p++) {
        const s = score[(i - 1) * L + p]! + model.transitions[p * L + y]!;
        if (s > best) {
          best = s;
          from = p;
        }
      }
      score[i * L + y] = best + emissions[i * L + y]!;
      back[i * L + y] = from;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[(n - 1) * L + k]! > score[(n - 1) * L + y]!) y = k;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = y;
    y = back[i * L + y]!;
  }
  return { labels, emissions };
}
