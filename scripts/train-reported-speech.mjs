#!/usr/bin/env node
// `npm run train`: trains the reported-speech tagger (src/model/) on PolNeAR
// train and writes models/reported-speech.json. Not run by the tests.
//
//   node scripts/train-reported-speech.mjs [--epochs N] [--folds K] [--hash-bits B] [--keep N] [--no-write] [--system-out FILE]
//
// With --folds K it first measures the model honestly: K-fold cross-validation
// over the articles, each article read by a model trained without it, scored
// by the same evaluation as `quotes eval` (printed, and kept in the model
// file's `trained` field). Then it trains on every article and writes the file.
// The training: an averaged structured perceptron over the sentences of the
// body (the pipeline's own paragraphs, sentences and quotation marks), each
// token labelled from the gold attributions (content, then source, then cue,
// the later winning where they overlap).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => import(join(ROOT, 'dist', path));
const { loadCorpus } = await dist('eval/corpus.js');
const { evaluate, formatSieveScores } = await dist('eval/run.js');
const { fromQuoteRecord } = await dist('eval/score.js');
const { extractQuotes, readBody } = await dist('extract.js');
const { formatReport } = await dist('eval/report.js');
const { LABELS, CONTENT, SOURCE, CUE, OUTSIDE, tokenize, sentenceHashes, decode } = await dist('model/sequence.js');
const { denseModel, modelFromFile, modelToFile, useReportedSpeechModel } = await dist('model/weights.js');

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '20' },
    folds: { type: 'string', default: '0' },
    'hash-bits': { type: 'string', default: '22' },
    keep: { type: 'string', default: '200000' },
    corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpora', 'polnear-train') },
    write: { type: 'boolean', default: true },
    'no-write': { type: 'boolean', default: false },
    'system-out': { type: 'string' },
  },
});
const EPOCHS = Number(args.epochs);
const FOLDS = Number(args.folds);
const HASH_BITS = Number(args['hash-bits']);
const KEEP = Number(args.keep);
const L = LABELS.length;
const say = (line) => process.stderr.write(`${line}\n`);

/** The body sentences of an article, tokenized, with features hashed and gold labels. */
function examplesOf(document) {
  const { text } = document;
  const { sentences, scan } = readBody(text);
  const quoted = scan.quotations.flatMap((q) => q.parts).sort((a, b) => a.start - b.start);
  const examples = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence, quoted);
    if (tokens.length === 0) continue;
    const gold = new Uint8Array(tokens.length).fill(OUTSIDE);
    const mark = (spans, label) => {
      for (const span of spans ?? []) {
        tokens.forEach((t, i) => {
          if (t.start < span.end && span.start < t.end) gold[i] = label;
        });
      }
    };
    for (const a of document.gold) mark(a.content, CONTENT);
    for (const a of document.gold) mark(a.source, SOURCE);
    for (const a of document.gold) mark(a.cue, CUE);
    examples.push({ hashed: sentenceHashes(tokens, sentence.paragraph === 1, HASH_BITS), gold });
  }
  return examples;
}

/** A seeded shuffle (mulberry32), so training is repeatable. */
function shuffled(items, seed) {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Averaged structured perceptron. */
function train(examples) {
  const size = (1 << HASH_BITS) * L;
  const w = new Float64Array(size);
  const u = new Float64Array(size); // sum of updates times their step, for averaging
  const start = new Float64Array(L);
  const startU = new Float64Array(L);
  const trans = new Float64Array(L * L);
  const transU = new Float64Array(L * L);
  const model = denseModel(HASH_BITS, w, start, trans);
  let c = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let wrong = 0;
    let tokens = 0;
    for (const { hashed, gold } of shuffled(examples, epoch + 1)) {
      const predicted = decode(model, hashed).labels;
      tokens += gold.length;
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = predicted[i];
        if (g !== p) {
          wrong++;
          for (let f = hashed.offsets[i]; f < hashed.offsets[i + 1]; f++) {
            const h = hashed.hashes[f];
            w[h * L + g] += 1;
            u[h * L + g] += c;
            w[h * L + p] -= 1;
            u[h * L + p] -= c;
          }
        }
        const gp = i === 0 ? -1 : gold[i - 1];
        const pp = i === 0 ? -1 : predicted[i - 1];
        if (g !== p || gp !== pp) {
          if (i === 0) {
            start[g] += 1;
            startU[g] += c;
            start[p] -= 1;
            startU[p] -= c;
          } else {
            trans[gp * L + g] += 1;
            transU[gp * L + g] += c;
            trans[pp * L + p] -= 1;
            transU[pp * L + p] -= c;
          }
        }
      }
      c++;
    }
    say(`  epoch ${epoch + 1}: ${(wrong / tokens).toFixed(4)} of tokens mislabelled`);
  }
  const average = (x, xu) => x.map((v, i) => v - xu[i] / c);
  return { hashBits: HASH_BITS, dense: average(w, u), start: average(start, startU), transitions: average(trans, transU) };
}

const corpus = loadCorpus(args.corpus);
const documents = corpus.documents;
say(`quotes: ${documents.length} articles; building examples`);
const examples = documents.map(examplesOf);
let crossValidation = null;

if (FOLDS > 1) {
  const foldOf = (d) => d % FOLDS;
  const outputs = new Array(documents.length);
  const records = new Array(documents.length);
  for (let k = 0; k < FOLDS; k++) {
    say(`fold ${k + 1} of ${FOLDS}`);
    const trained = train(examples.filter((_, d) => foldOf(d) !== k).flat());
    // read by the model as shipped: pruned and quantized
    useReportedSpeechModel(modelFromFile(modelToFile(trained, undefined, KEEP)));
    documents.forEach((document, d) => {
      if (foldOf(d) !== k) return;
      const { quotes } = extractQuotes(document.text);
      records[d] = quotes.map((q) => JSON.stringify({ file: document.name, ...q })).join('\n');
      outputs[d] = { quotes: quotes.map(fromQuoteRecord), sieves: quotes.map((q) => q.sieve), confidences: quotes.map((q) => q.confidence) };
    });
  }
  useReportedSpeechModel(null);
  const run = evaluate(documents, (document) => outputs[documents.indexOf(document)]);
  process.stdout.write(`${FOLDS}-fold cross-validation (each article read by a model trained without it)\n`);
  process.stdout.write(formatReport(run.report));
  process.stdout.write(formatSieveScores(run.sieves));
  crossValidation = run.report;
  // the held-out output, for `quotes eval --system FILE --errors N`
  if (args['system-out']) writeFileSync(args['system-out'], `${records.filter(Boolean).join('\n')}\n`);
}

if (args.write && !args['no-write']) {
  say('training on every article');
  const trained = train(examples.flat());
  const file = modelToFile(trained, {
    corpus: 'PolNeAR train',
    articles: documents.length,
    epochs: EPOCHS,
    hashBits: HASH_BITS,
    features: KEEP,
    ...(crossValidation ? { crossValidation: { folds: FOLDS, report: crossValidation } } : {}),
  }, KEEP);
  const path = join(ROOT, 'models', 'reported-speech.json');
  writeFileSync(path, `${JSON.stringify(file)}\n`);
  say(`written: ${path}`);
}
