/**
 * The trained weights of the reported-speech tagger, shipped in
 * models/reported-speech.json (written by scripts/train-reported-speech.mjs):
 * the features with a weight, as sorted 32-bit hashes, and their weights per
 * label as 16-bit integers times a scale. Loaded on first use into an
 * open-addressing table (weightTable).
 */
import { readFileSync } from 'node:fs';
import { CONTENT, CUE, LABELS, OUTSIDE, SOURCE, type SequenceModel } from './sequence.js';

/** The file's shape. */
export interface ModelFile {
  format: 1;
  hashBits: number;
  labels: string[];
  start: number[];
  transitions: number[];
  /** Sorted feature hashes, Uint32 little-endian, base64. */
  keys: string;
  /** LABELS.length weights per key, Int16 little-endian, base64; multiply by `scale`. */
  weights: string;
  scale: number;
  /** How the model was trained and what it scored (for people). */
  trained?: Record<string, unknown>;
}

const L = LABELS.length;

function typed<T>(base64: string, make: (buffer: ArrayBuffer, offset: number, length: number) => T, bytes: number): T {
  const buffer = Buffer.from(base64, 'base64');
  // copied so the view is aligned
  const copy = new ArrayBuffer(buffer.length);
  new Uint8Array(copy).set(buffer);
  return make(copy, 0, buffer.length / bytes);
}

/** How full the weight table may be: the smallest power of two of slots that keeps it at most this full. */
const MAX_LOAD = 0.5;

/**
 * The weights by feature hash: an open-addressing table (linear probing, at
 * most MAX_LOAD full) whose entries hold the hash and its four 16-bit
 * weights side by side, 12 bytes, so a lookup touches one stretch of memory,
 * and five entries share a cache line. Between two articles the rest of the
 * pipeline evicts it from the caches, so what counts is the cache lines a
 * lookup misses: one here. The weights are scaled as they are read, to the
 * float32 a table of scaled weights would hold, so the sums are the same.
 * Half full, the table of the shipped model takes 3.1 MB. (Entries of a hash
 * and four float32 weights took 5.2 MB, for the same speed. The table 80%
 * full took 1.6 MB, but decoding's share of a run over PolNeAR train rose
 * from 10.4% to 12.3%, medians of three profiles, from the longer probes. A
 * bit per hash with a count per 32 hashes and 16-bit rows took 2.6 MB and
 * costs two misses a lookup: a third slower in the pipeline.)
 */
function weightTable(keys: Uint32Array, weights: Int16Array, scale: number): SequenceModel['addWeights'] {
  // the four labels' sums are held in locals, not read and written back for each feature
  const four: 4 = L;
  // an entry: the hash (one Int32, at WORDS × slot), then its weights (Int16, from HALVES × slot + 2)
  const WORDS = 3;
  const HALVES = 6;
  let size = 1;
  while (size * MAX_LOAD < keys.length) size <<= 1;
  const mask = size - 1;
  const buffer = new ArrayBuffer(size * WORDS * 4);
  const hashes = new Int32Array(buffer).fill(-1);
  const values = new Int16Array(buffer);
  keys.forEach((key, row) => {
    let slot = key & mask;
    while (hashes[slot * WORDS] !== -1) slot = (slot + 1) & mask;
    hashes[slot * WORDS] = key;
    for (let y = 0; y < four; y++) values[slot * HALVES + 2 + y] = weights[row * four + y]!;
  });
  const { fround } = Math;
  return (features, from, to, out, at) => {
    let o = out[at + OUTSIDE]!;
    let s = out[at + SOURCE]!;
    let c = out[at + CUE]!;
    let q = out[at + CONTENT]!;
    for (let f = from; f < to; f++) {
      const h = features[f]!;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const key = hashes[slot * WORDS]!;
        if (key === -1) break;
        if (key === h) {
          const v = slot * HALVES + 2;
          o += fround(values[v + OUTSIDE]! * scale);
          s += fround(values[v + SOURCE]! * scale);
          c += fround(values[v + CUE]! * scale);
          q += fround(values[v + CONTENT]! * scale);
          break;
        }
      }
    }
    out[at + OUTSIDE] = o;
    out[at + SOURCE] = s;
    out[at + CUE] = c;
    out[at + CONTENT] = q;
  };
}

/** A model from its file's contents. */
export function modelFromFile(file: ModelFile): SequenceModel {
  if (file.format !== 1 || file.labels.join() !== LABELS.join() || file.hashBits > 31) throw new Error('reported-speech model: unknown format');
  return {
    hashBits: file.hashBits,
    start: Float64Array.from(file.start),
    transitions: Float64Array.from(file.transitions),
    addWeights: weightTable(
      typed(file.keys, (b, o, n) => new Uint32Array(b, o, n), 4),
      typed(file.weights, (b, o, n) => new Int16Array(b, o, n), 2),
      file.scale,
    ),
  };
}

/**
 * The file of a dense model: the `keep` features with the largest weights
 * (summed over labels), quantized; features whose weights all round to 0 are
 * left out.
 */
export function modelToFile(
  model: { hashBits: number; dense: Float64Array | Float32Array; start: ArrayLike<number>; transitions: ArrayLike<number> },
  trained?: Record<string, unknown>,
  keep = Infinity,
): ModelFile {
  const { dense } = model;
  const norms: { h: number; norm: number }[] = [];
  let max = 0;
  for (let h = 0; h < dense.length / L; h++) {
    let norm = 0;
    for (let y = 0; y < L; y++) {
      const w = Math.abs(dense[h * L + y]!);
      norm += w;
      max = Math.max(max, w);
    }
    if (norm > 0) norms.push({ h, norm });
  }
  const scale = max > 0 ? max / 32767 : 1;
  const kept = norms
    .sort((a, b) => b.norm - a.norm)
    .slice(0, keep)
    .map((r) => r.h)
    .filter((h) => Array.from({ length: L }, (_, y) => Math.round(dense[h * L + y]! / scale)).some((q) => q !== 0))
    .sort((a, b) => a - b);
  const keys = Uint32Array.from(kept);
  const weights = new Int16Array(kept.length * L);
  kept.forEach((h, r) => {
    for (let y = 0; y < L; y++) weights[r * L + y] = Math.round(dense[h * L + y]! / scale);
  });
  const base64 = (a: Uint32Array | Int16Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  const round = (a: ArrayLike<number>): number[] => Array.from(a, (v) => Math.round(v * 1e4) / 1e4);
  return { format: 1, hashBits: model.hashBits, labels: [...LABELS], start: round(model.start), transitions: round(model.transitions), keys: base64(keys), weights: base64(weights), scale, ...(trained ? { trained } : {}) };
}

/** A dense model, as training holds it. */
export function denseModel(hashBits: number, dense: Float64Array | Float32Array, start: Float64Array, transitions: Float64Array): SequenceModel {
  return {
    hashBits,
    start,
    transitions,
    addWeights(hashes, from, to, out, at) {
      for (let f = from; f < to; f++) {
        const h = hashes[f]!;
        for (let y = 0; y < L; y++) out[at + y]! += dense[h * L + y]!;
      }
    },
  };
}

const MODEL_URL = new URL('../../models/reported-speech.json', import.meta.url);
let shipped: SequenceModel | null | undefined;
let override: SequenceModel | null | undefined;

/**
 * The model in use: the shipped one (null when its file is missing: the
 * learned reader is then off), unless training or evaluation set another.
 */
export function reportedSpeechModel(): SequenceModel | null {
  if (override !== undefined) return override;
  if (shipped === undefined) {
    let contents: string | null = null;
    try {
      contents = readFileSync(MODEL_URL, 'utf8');
    } catch (error) {
      // a checkout that has not trained one yet; any other failure is a broken install
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    shipped = contents === null ? null : modelFromFile(JSON.parse(contents) as ModelFile);
  }
  return shipped;
}

/** Uses this model instead of the shipped one (null: none; undefined: the shipped one again). For training and cross-validation. */
export function useReportedSpeechModel(model: SequenceModel | null | undefined): void {
  override = model;
}
