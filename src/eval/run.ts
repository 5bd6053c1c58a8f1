/**
 * Running an evaluation: score a system over a corpus, from the extractor
 * itself or from a saved JSON Lines output, and break precision down by the
 * sieve that decided each quote (how each sieve's measured precision is got).
 */
import { extractQuotes } from '../extract.js';
import { splitParagraphs } from '../pipeline/02-paragraphs.js';
import { quotedRegions } from '../pipeline/04-quotation-marks.js';
import type { CorpusDocument } from './corpus.js';
import { fromQuoteRecord, ratio, scoreDocument, summarize, type DocumentScore, type EvalReport, type SystemQuote } from './score.js';

/** A system's quotes for one document, with the sieve that decided each (when known). */
export interface SystemOutput {
  quotes: SystemQuote[];
  sieves: (string | null)[];
  /** Each quote's confidence, when the system gives one. */
  confidences: (number | null)[];
}

/** Of the quotes whose confidence falls in [from, to), how many are right end to end (matched, right speaker). */
export interface CalibrationBand {
  from: number;
  to: number;
  quotes: number;
  right: number;
  /** Right / quotes: what the confidence should be close to. */
  share: number;
}

/** How the quotes one sieve decided fared: matched a gold one, and with the right speaker. */
export interface SieveScore {
  sieve: string;
  quotes: number;
  matched: number;
  speakerCorrect: number;
  /** Matched / quotes: how often what the sieve decided is a real attribution. */
  precision: number;
  /** Speaker correct / quotes: how often the sieve is right end to end. */
  endToEndPrecision: number;
}

export interface EvalRun {
  report: EvalReport;
  scores: DocumentScore[];
  sieves: SieveScore[];
  calibration: CalibrationBand[];
}

/** The extractor's output on one corpus document. */
export function extractorOutput(document: CorpusDocument): SystemOutput {
  const { quotes } = extractQuotes(document.text);
  return { quotes: quotes.map(fromQuoteRecord), sieves: quotes.map((q) => q.sieve), confidences: quotes.map((q) => q.confidence) };
}

/** The sieve label of an undecided quote. */
export const NO_SIEVE = '(none)';

function sieveScores(outputs: SystemOutput[], scores: DocumentScore[]): SieveScore[] {
  const bySieve = new Map<string, SieveScore>();
  outputs.forEach((output, d) => {
    const pairs = new Map(scores[d]!.partialPairs.map((p) => [p.system, p]));
    output.sieves.forEach((sieve, s) => {
      const id = sieve ?? NO_SIEVE;
      const row = bySieve.get(id) ?? { sieve: id, quotes: 0, matched: 0, speakerCorrect: 0, precision: 0, endToEndPrecision: 0 };
      bySieve.set(id, row);
      row.quotes++;
      const pair = pairs.get(s);
      if (pair) {
        row.matched++;
        if (pair.speakerCorrect) row.speakerCorrect++;
      }
    });
  });
  const rows = [...bySieve.values()];
  for (const row of rows) {
    row.precision = ratio(row.matched, row.quotes);
    row.endToEndPrecision = ratio(row.speakerCorrect, row.quotes);
  }
  return rows.sort((a, b) => b.quotes - a.quotes);
}

/** Width of a confidence band in the calibration table. */
const BAND = 0.2;

function calibration(outputs: SystemOutput[], scores: DocumentScore[]): CalibrationBand[] {
  const bands = Array.from({ length: Math.round(1 / BAND) }, (_, i) => ({ from: i * BAND, to: (i + 1) * BAND, quotes: 0, right: 0, share: 0 }));
  outputs.forEach((output, d) => {
    const right = new Set(scores[d]!.partialPairs.filter((p) => p.speakerCorrect).map((p) => p.system));
    output.confidences.forEach((confidence, s) => {
      if (confidence === null) return;
      const band = bands[Math.min(bands.length - 1, Math.floor(confidence / BAND))]!;
      band.quotes++;
      if (right.has(s)) band.right++;
    });
  });
  for (const band of bands) band.share = ratio(band.right, band.quotes);
  return bands.filter((b) => b.quotes > 0);
}

/** Calibration table for people: per confidence band, the share of quotes right end to end. */
export function formatCalibration(bands: CalibrationBand[]): string {
  const lines = ['confidence   quotes  right  share'];
  for (const b of bands) {
    lines.push(`${b.from.toFixed(1)}–${b.to.toFixed(1)}   ${String(b.quotes).padStart(6)}  ${String(b.right).padStart(5)}  ${b.share.toFixed(3)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Scores `system` (one output per document, same order) against the corpus. */
export function evaluate(documents: CorpusDocument[], system: (document: CorpusDocument) => SystemOutput): EvalRun {
  const outputs = documents.map(system);
  const scores = documents.map((document, i) => {
    const quoted = quotedRegions(document.text, splitParagraphs(document.text));
    return scoreDocument({ text: document.text, gold: document.gold, quoted }, outputs[i]!.quotes);
  });
  return { report: summarize(scores), scores, sieves: sieveScores(outputs, scores), calibration: calibration(outputs, scores) };
}

/** Per-sieve table for people. */
export function formatSieveScores(rows: SieveScore[]): string {
  const header = ['sieve', 'quotes', 'matched', 'precision', 'speaker ok', 'e2e precision'];
  const cells = rows.map((r) => [r.sieve, String(r.quotes), String(r.matched), r.precision.toFixed(3), String(r.speakerCorrect), r.endToEndPrecision.toFixed(3)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}
