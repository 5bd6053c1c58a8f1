/**
 * The learned reader of reported speech: a sentence as a sequence of tokens,
 * each with the features the tagger weighs, and the tagger itself (a linear
 * model over hashed features with first-order label transitions, decoded by
 * Viterbi: a structured perceptron, trained by scripts/train-reported-speech.mjs
 * on PolNeAR train).
 *
 * Each token of a sentence gets one label: part of a source (SOURCE), of a
 * reporting cue (CUE), of what was reported (CONTENT), or none (OUTSIDE).
 * Everything here is shared by training and inference, so the two cannot drift.
 */
import { CLAUSE_VERB_FORMS, REPORTING_VERB_FORMS } from '../lexicon/reporting-verbs.js';
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
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/u, '') : word;
}

/** The lexicon's view of a word: a reporting verb that takes a clause (C), another reporting verb (R), or neither. */
function lexiconClass(lower: string): string {
  return CLAUSE_VERB_FORMS.has(lower) ? 'C' : REPORTING_VERB_FORMS.has(lower) ? 'R' : '';
}

const QUOTE_MARK = /^["“”«»„‘’']$/u;

/**
 * Each feature of a token is a prefix naming its kind and one or two values
 * ("pw=" "said" "|" "that"): `feature(i, prefix, a, b)` is called for each.
 */
type Emit = (i: number, prefix: string, a: string, b?: string) => void;

/**
 * Walks the features of every token of a sentence. `headline` marks the
 * article's first paragraph (a headline reports in the present tense).
 * The one definition of the features: names (sentenceFeatures) and hashes
 * (sentenceHashes) both come from it.
 */
function eachFeature(tokens: readonly Token[], headline: boolean, feature: Emit): void {
  const n = tokens.length;
  const lower = tokens.map((t) => t.word.toLowerCase());
  const stems = lower.map(stem);
  const shapes = tokens.map((t) => shape(t.word));
  const lexicon = lower.map(lexiconClass);
  // the nearest lexicon cue on each side of each token
  const left: number[] = new Array(n);
  const right: number[] = new Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    left[i] = last;
    if (lexicon[i]) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    right[i] = next;
    if (lexicon[i]) next = i;
  }
  const word = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]!);
  const stemAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : stems[i]!);
  let lastComma = -1;
  for (let i = 0; i < n; i++) {
    const w = lower[i]!;
    const t = tokens[i]!;
    const l = left[i]!;
    const r = right[i]!;
    feature(i, 'b', '');
    feature(i, 'w=', w);
    feature(i, 's3=', w.slice(-3));
    feature(i, 'st=', stems[i]!);
    feature(i, 'pst=', stemAt(i - 1), stems[i]!);
    feature(i, 'stn=', stems[i]!, word(i + 1));
    feature(i, 'n3=', word(i + 3));
    feature(i, 'nsh=', i + 1 < n ? shapes[i + 1]! : '</s>');
    if (l < 0) feature(i, 'lcb=', '-');
    else feature(i, 'lcb=', stems[l]!, bucket(i - l));
    feature(i, 'sh=', shapes[i]!);
    feature(i, 'p1=', word(i - 1));
    feature(i, 'n1=', word(i + 1));
    feature(i, 'p2=', word(i - 2));
    feature(i, 'n2=', word(i + 2));
    feature(i, 'pw=', word(i - 1), w);
    feature(i, 'wn=', w, word(i + 1));
    feature(i, 'psh=', i > 0 ? shapes[i - 1]! : '<s>', shapes[i]!);
    feature(i, 'q=', t.quoted ? '1' : '0');
    feature(i, 'lx=', lexicon[i]!);
    feature(i, 'lxn=', lexicon[i]!, word(i + 1));
    feature(i, 'lc=', l < 0 ? '-' : bucket(i - l));
    feature(i, 'rc=', r < 0 ? '-' : bucket(r - i));
    feature(i, 'lcw=', l < 0 ? '-' : lower[l]!);
    feature(i, 'rcw=', r < 0 ? '-' : lower[r]!);
    feature(i, 'pos=', i === 0 ? 'first' : i === n - 1 ? 'last' : n - i <= 4 ? 'end' : bucket(i));
    feature(i, 'cm=', lastComma < 0 ? '-' : bucket(i - lastComma));
    if (headline) {
      feature(i, 'hl', '');
      feature(i, 'hlw=', w);
    }
    if (QUOTE_MARK.test(t.word)) feature(i, 'qm', '');
    if (t.quoted) feature(i, 'qsh=', shapes[i]!);
    if (t.word === ',' || t.word === ';' || t.word === '—') lastComma = i;
  }
}

/** The feature names of every token of a sentence (for people and tests; the tagger reads sentenceHashes). */
export function sentenceFeatures(tokens: readonly Token[], headline: boolean): string[][] {
  const features: string[][] = tokens.map(() => []);
  eachFeature(tokens, headline, (i, prefix, a, b) => features[i]!.push(b === undefined ? `${prefix}${a}` : `${prefix}${a}|${b}`));
  return features;
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

const BAR = '|';

/**
 * The hashed features of every token of a sentence, masked to `hashBits`:
 * the same numbers as hashing sentenceFeatures' names, without building them.
 */
export function sentenceHashes(tokens: readonly Token[], headline: boolean, hashBits: number): Uint32Array[] {
  const mask = hashBits >= 32 ? 0xffffffff : (1 << hashBits) - 1;
  const perToken: number[][] = tokens.map(() => []);
  eachFeature(tokens, headline, (i, prefix, a, b) => {
    const h = mix(mix(FNV_OFFSET, prefix), a);
    perToken[i]!.push(((b === undefined ? h : mix(mix(h, BAR), b)) >>> 0) & mask);
  });
  return perToken.map((hashes) => Uint32Array.from(hashes));
}

/** What scores a sequence: a weight per (feature, label), label transitions, and labels at the start. */
export interface SequenceModel {
  /** Bits of the feature hash kept. */
  hashBits: number;
  /** Adds the weights of hashed feature h, one per label, to out[at], …, out[at + LABELS.length - 1]. */
  addWeights(h: number, out: Float64Array, at: number): void;
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
export function decode(model: SequenceModel, hashed: readonly Uint32Array[]): Decoded {
  const n = hashed.length;
  const labels = new Uint8Array(n);
  const emissions = new Float64Array(n * L);
  if (n === 0) return { labels, emissions };
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let i = 0; i < n; i++) {
    const features = hashed[i]!;
    for (let f = 0; f < features.length; f++) model.addWeights(features[f]!, emissions, i * L);
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
