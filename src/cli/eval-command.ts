/**
 * `quotes eval CORPUS_DIR`: score the extractor (or a saved JSONL output,
 * with --system) on a brat-standoff corpus laid out as text/ and
 * attributions/, with the metric of docs/evaluation.md.
 */
import { readFileSync } from 'node:fs';
import { CorpusError, loadCorpus } from '../eval/corpus.js';
import { formatErrors, formatReport } from '../eval/report.js';
import { evaluate, extractorOutput, formatCalibration, formatSieveScores, type SystemOutput } from '../eval/run.js';
import { SystemOutputError, readSystemJsonl } from '../eval/system-jsonl.js';
import { EXIT_OK, InputError, UsageError, describeSystemError } from './errors.js';
import { diagnostic, writeOut } from './output.js';

export interface EvalCommandOptions {
  format: string;
  errors?: string;
  system?: string;
}

function parseCount(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`--errors takes a whole number, not '${value}'`);
  return Number(value);
}

function readSystem(file: string): (name: string) => SystemOutput {
  let content: string;
  try {
    content = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError(file, describeSystemError(error));
  }
  try {
    const byDocument = readSystemJsonl(content);
    return (name) => {
      const quotes = byDocument.get(name) ?? [];
      return { quotes, sieves: quotes.map(() => null), confidences: quotes.map(() => null) };
    };
  } catch (error) {
    if (error instanceof SystemOutputError) throw new InputError(file, error.message);
    throw error;
  }
}

export async function runEval(corpusDir: string, options: EvalCommandOptions): Promise<number> {
  if (options.format !== 'table' && options.format !== 'json') {
    throw new UsageError(`unknown format '${options.format}' for eval`, 'choose table or json');
  }
  const errors = parseCount(options.errors);
  const fromFile = options.system ? readSystem(options.system) : null;
  let corpus;
  try {
    corpus = loadCorpus(corpusDir);
  } catch (error) {
    if (error instanceof CorpusError) throw new InputError(corpusDir, error.message.replace(`${corpusDir}: `, ''));
    throw error;
  }
  if (corpus.missingAnnotations.length > 0) {
    diagnostic(`${corpusDir}: ${corpus.missingAnnotations.length} articles have no annotation file; scored with no gold attributions`);
  }
  const started = performance.now();
  const run = evaluate(corpus.documents, fromFile ? (d) => fromFile(d.name) : extractorOutput);
  const seconds = (performance.now() - started) / 1000;
  if (options.format === 'json') {
    const { documents } = run.report;
    await writeOut(`${JSON.stringify({ corpus: corpusDir, documents, kinds: run.report.kinds, sieves: run.sieves, calibration: run.calibration }, null, 2)}\n`);
  } else {
    await writeOut(formatReport(run.report));
    if (!fromFile) {
      await writeOut(`\nBy deciding sieve (system quotes, partially matched, speaker correct):\n${formatSieveScores(run.sieves)}`);
      await writeOut(`\nCalibration (per confidence band, the share of quotes right end to end):\n${formatCalibration(run.calibration)}`);
    }
    if (errors > 0) await writeOut(`\n${formatErrors(corpus.documents, run.scores, errors)}`);
  }
  diagnostic(`${corpusDir}: scored ${corpus.documents.length} documents in ${seconds.toFixed(1)} s`);
  return EXIT_OK;
}
