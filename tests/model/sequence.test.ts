/**
 * The learned reader of reported speech (src/model): tokens and their
 * offsets, feature hashing, Viterbi decoding and margins on a hand-made
 * model, the model file's round trip, and the shipped model itself.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT, CUE, LABELS, OUTSIDE, SOURCE, decode, hashFeature, sentenceFeatures, sentenceHashes, tokenize, type HashedSentence, type SequenceModel } from '../../src/model/sequence.js';
import { denseModel, modelFromFile, modelToFile, reportedSpeechModel } from '../../src/model/weights.js';

const L = LABELS.length;

describe('tokenize', () => {
  it.each([
    ['He’s said Trump’s plan won’t work.', ['He', '’s', 'said', 'Trump', '’s', 'plan', 'won’t', 'work', '.']],
    ['The U.S. spent 10,000 on anti-war ads; O’Malley agreed.', ['The', 'U.S.', 'spent', '10,000', 'on', 'anti-war', 'ads', ';', 'O’Malley', 'agreed', '.']],
    ['they’re sure, we’ll see', ['they', '’re', 'sure', ',', 'we', '’ll', 'see']],
  ])('%s', (text, words) => {
    const tokens = tokenize(text, { start: 0, end: text.length });
    expect(tokens.map((t) => t.word)).toEqual(words);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('indexes the whole text and marks the tokens inside quotation marks', () => {
    const text = 'Intro. She said "we will win" today.';
    const start = text.indexOf('She');
    const open = text.indexOf('"') + 1;
    const tokens = tokenize(text, { start, end: text.length }, [{ start: open, end: text.indexOf('"', open) }]);
    expect(tokens[0]).toMatchObject({ word: 'She', start, quoted: false });
    expect(tokens.filter((t) => t.quoted).map((t) => t.word)).toEqual(['we', 'will', 'win']);
  });
});

describe('features', () => {
  it('hashes with 32-bit FNV-1a', () => {
    expect(hashFeature('')).toBe(0x811c9dc5);
    expect(hashFeature('a')).toBe(0xe40c292c);
  });

  it('gives every token its features, the same on every call', () => {
    const text = 'Officials warned that the bridge may close.';
    const tokens = tokenize(text, { start: 0, end: text.length });
    const features = sentenceFeatures(tokens, false);
    expect(features).toHaveLength(tokens.length);
    expect(features[1]).toContain('w=warned');
    expect(features[1]).toContain('lx=C');
    expect(features[2]).toContain('lc=1');
    expect(sentenceFeatures(tokens, false)).toEqual(features);
    expect(sentenceFeatures(tokens, true)[0]).toContain('hl');
  });

  it('reads word classes from the lexicon, and where a token stands to "that", commas and verbs', () => {
    const text = 'Officials endorsed that the bridge may close, the mayor said.';
    const tokens = tokenize(text, { start: 0, end: text.length });
    const features = sentenceFeatures(tokens, false);
    const at = (word: string): string[] => features[tokens.findIndex((t) => t.word === word)]!;
    // "endorsed" is in no word list of cues, but the lexicon knows it for a past tense
    expect(at('endorsed')).toContain('wc=VD');
    expect(at('endorsed')).toContain('pwc=NS|VD');
    expect(at('bridge')).toContain('lv=endors');
    expect(at('bridge')).toContain('lvd=endors|3');
    // no cue before (endorsed is no lexicon cue), so no "that" after one
    expect(at('bridge')).toContain('th=n');
    // "bridge" has a comma between it and "said"; "mayor" has none
    expect(at('bridge')).toContain('rcm=c|4-6');
    expect(at('mayor')).toContain('rcm=n|1');
    const reported = sentenceFeatures(tokenize('He said that the bridge may close.', { start: 0, end: 34 }), false);
    expect(reported[4]).toContain('th=2');
  });

  it('hashes, without building them, exactly the names it gives', () => {
    const text = 'In Paris, “the plan,” Mr. O’Neil said, won’t work; officials doubt it.';
    const tokens = tokenize(text, { start: 0, end: text.length }, [{ start: text.indexOf('the'), end: text.indexOf(',”') }]);
    for (const headline of [false, true]) {
      const names = sentenceFeatures(tokens, headline);
      const hashes = sentenceHashes(tokens, headline, 22);
      expect([...hashes.offsets]).toEqual([0, ...names.map((_, i) => names.slice(0, i + 1).flat().length)]);
      expect([...hashes.hashes]).toEqual(names.flat().map((name) => hashFeature(name) & 0x3fffff));
    }
  });
});

/** A model that knows three features: "src" → SOURCE, "cue" → CUE, "con" → CONTENT; otherwise OUTSIDE wins by a little. */
function hashFeatures(features: string[][], bits: number): HashedSentence {
  const offsets = Uint32Array.from([0, ...features.map((_, i) => features.slice(0, i + 1).flat().length)]);
  return { hashes: Uint32Array.from(features.flat(), (name) => hashFeature(name) & ((1 << bits) - 1)), offsets };
}

function handModel(): SequenceModel {
  const bits = 8;
  const dense = new Float64Array((1 << bits) * L);
  const set = (feature: string, label: number, w: number) => {
    dense[(hashFeature(feature) & 0xff) * L + label] = w;
  };
  set('src', SOURCE, 5);
  set('cue', CUE, 5);
  set('con', CONTENT, 2);
  set('b', OUTSIDE, 1);
  const transitions = new Float64Array(L * L);
  transitions[CONTENT * L + CONTENT] = 3; // content runs on
  return denseModel(bits, dense, new Float64Array(L), transitions);
}

describe('decode', () => {
  it('takes the best sequence, transitions included', () => {
    const model = handModel();
    const hashed = hashFeatures([['b', 'src'], ['b', 'cue'], ['b', 'con'], ['b'], ['b', 'con']], model.hashBits);
    const { labels, emissions } = decode(model, hashed);
    // the bare token between two content tokens joins them: 2 + 3 + 3 beats 1 + 2
    expect([...labels]).toEqual([SOURCE, CUE, CONTENT, CONTENT, CONTENT]);
    expect(emissions[1 * L + CUE]).toBe(5);
    expect([...emissions.subarray(3 * L, 4 * L)]).toEqual([1, 0, 0, 0]);
  });

  it('decodes an empty sentence to nothing', () => {
    expect(decode(handModel(), { hashes: new Uint32Array(0), offsets: new Uint32Array(1) }).labels).toHaveLength(0);
  });
});

describe('the model file', () => {
  it('keeps every weight, within the 16-bit quantisation', () => {
    const bits = 6;
    const dense = Float64Array.from({ length: (1 << bits) * L }, (_, i) => (i % 7 === 0 ? 0 : Math.sin(i) * 10));
    const start = Float64Array.from([0.5, -1, 2, 0]);
    const transitions = Float64Array.from({ length: L * L }, (_, i) => i - 8);
    const file = JSON.parse(JSON.stringify(modelToFile({ hashBits: bits, dense, start, transitions })));
    const loaded = modelFromFile(file);
    for (let h = 0; h < 1 << bits; h++) {
      const scores = new Float64Array(L + 1);
      loaded.addWeights(Uint32Array.of(h), 0, 1, scores, 1);
      expect(scores[0]).toBe(0);
      for (let y = 0; y < L; y++) expect(scores[1 + y]).toBeCloseTo(dense[h * L + y]!, 2);
    }
    const none = new Float64Array(L);
    loaded.addWeights(Uint32Array.of(1 << bits), 0, 1, none, 0);
    expect([...none]).toEqual([0, 0, 0, 0]);
    expect([...loaded.start]).toEqual([...start]);
    expect([...loaded.transitions]).toEqual([...transitions]);
  });

  it('adds each weight as the float32 of its 16-bit value times the scale, in a table filled near its limit', () => {
    // 2,048 of 4,096 hashes hold weights: a table of 4,096 slots, as full as it may be; the rest must be found absent
    const bits = 12;
    const dense = Float64Array.from({ length: (1 << bits) * L }, (_, i) => (Math.floor(i / L) % 2 === 0 ? 0 : Math.cos(i) * 3));
    const file = modelToFile({ hashBits: bits, dense, start: [0, 0, 0, 0], transitions: new Array(L * L).fill(0) });
    const quantised = new Int16Array(Uint8Array.from(Buffer.from(file.weights, 'base64')).buffer);
    const keys = new Uint32Array(Uint8Array.from(Buffer.from(file.keys, 'base64')).buffer);
    expect(keys.length).toBe(2048);
    const loaded = modelFromFile(file);
    const row = new Map([...keys].map((key, r) => [key, r]));
    for (let h = 0; h < 1 << bits; h++) {
      const scores = new Float64Array(L);
      loaded.addWeights(Uint32Array.of(h), 0, 1, scores, 0);
      const r = row.get(h);
      expect([...scores]).toEqual(Array.from({ length: L }, (_, y) => (r === undefined ? 0 : Math.fround(quantised[r * L + y]! * file.scale))));
    }
  });

  it('refuses a file of another format', () => {
    expect(() => modelFromFile({ ...modelToFile({ hashBits: 2, dense: new Float64Array(4 * L), start: [0, 0, 0, 0], transitions: new Array(L * L).fill(0) }), labels: ['O'] })).toThrow(/format/);
  });

  it('is shipped, and loads', () => {
    const model = reportedSpeechModel();
    expect(model).not.toBeNull();
    expect(model!.hashBits).toBeGreaterThan(10);
  });
});
