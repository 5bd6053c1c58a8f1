/**
 * The trained weights of the reported-speech tagger, shipped in
 * models/reported-speech.json (written by scripts/train-reported-speech.mjs):
 * the features with a weight, as sorted 32-bit hashes, and their weights per
 * label as 16-bit integers times a scale. Loaded on first use, looked up
 * through a bit per hash (weightTable): a few megabytes in all.
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

/** The number of bits set in a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The weights by feature hash. An index over the whole hash space, one bit
 * per hash (set when the hash has weights) with, each 32 hashes, the number
 * of weighted hashes before them, says which row of `weights` a hash has: the
 * index takes 2^hashBits / 4 bytes (1 MB at 22 bits; training a model takes
 * 256 times that), the weights 8 bytes a feature, so a lookup touches a few
 * megabytes where an open-addressing table of float weights took ten, and
 * the decoder is mostly waiting for memory. Each weight is rounded to a
 * float as it is added (Math.fround): the very numbers a Float32Array of
 * weights times scale would hold.
 */
function weightTable(hashBits: number, keys: Uint32Array, weights: Int16Array, scale: number): SequenceModel['addWeights'] {
  const words = Math.ceil(2 ** hashBits / 32);
  // index[2w]: the bits of hashes 32w … 32w + 31; index[2w + 1]: the weighted hashes below 32w
  const index = new Int32Array(words * 2);
  keys.forEach((key, row) => {
    // a row is the number of keys before it, so the keys must be sorted and in the hash space
    if (key >= 2 ** hashBits || (row > 0 && key <= keys[row - 1]!)) throw new Error('reported-speech model: unknown format');
    index[(key >>> 5) * 2]! |= 1 << (key & 31);
  });
  for (let w = 0, below = 0; w < words; w++) {
    index[w * 2 + 1] = below;
    below += popcount(index[w * 2]!);
  }
  // the four labels' sums held in locals, not read and written back for each feature
  const four: 4 = L;
  return (features, from, to, out, at) => {
    let o = out[at + OUTSIDE]!;
    let s = out[at + SOURCE]!;
    let c = out[at + CUE]!;
    let q = out[at + CONTENT]!;
    for (let f = from; f < to; f++) {
      const h = features[f]!;
      const w = (h >>> 5) * 2;
      if (w >= index.length) continue;
      const bits = index[w]!;
      const bit = 1 << (h & 31);
      if ((bits & bit) === 0) continue;
      const row = (index[w + 1]! + popcount(bits & (bit - 1))) * four;
      o += Math.fround(weights[row + OUTSIDE]! * scale);
      s += Math.fround(weights[row + SOURCE]! * scale);
      c += Math.fround(weights[row + CUE]! * scale);
      q += Math.fround(weights[row + CONTENT]! * scale);
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
      file.hashBits,
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
