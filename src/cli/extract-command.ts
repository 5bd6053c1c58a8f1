/**
 * `quotes [inputs...]`: run the pipeline over each input and write the quotes
 * in the chosen format. Inputs are files, folders (walked), globs (expanded)
 * or '-'; with --records, JSON Lines on standard input. Documents run on
 * worker threads (--jobs) and are written whole, in input order. Every input
 * is tried; a failed one is reported on stderr, the others are processed, and
 * the status says so (unless --fail-fast stops the run at the first).
 */
import { existsSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { mapInOrder } from '../batch/pool.js';
import { byteString, escapedPath, fromByteString } from '../batch/path-names.js';
import { tooLarge } from '../batch/read.js';
import { findInputs, type FoundInput } from '../batch/walk.js';
import { RENDER_OPTIONS, type DocumentOutcome, type DocumentTask, type RenderConfig } from './document-runner.js';
import { EXIT_INPUT_FAILED, EXIT_OK, EXIT_SIGNAL, UsageError, describeSystemError } from './errors.js';
import { delimitedHeader, markdownHeader, csvLine, tsvLine } from './formats.js';
import { readLines, readStdin } from './inputs.js';
import type { CliOptions, Format } from './options.js';
import { type Output, diagnostic, fileOutput, stdoutOutput, writeFileAtomic } from './output.js';
import { Progress, newTally, summaryLine, type Tally } from './progress.js';

/** Colour only on a terminal (or when asked), never under NO_COLOR or TERM=dumb, never in machine formats. */
function colourLevel(options: CliOptions, terminal: boolean): 0 | 1 {
  const machine = ['json', 'jsonl', 'csv', 'tsv'].includes(options.format) && !options.highlight;
  if (machine || options.color === 'never') return 0;
  if (options.color === 'always') return 1;
  if (!terminal || process.env.NO_COLOR || process.env.TERM === 'dumb') return 0;
  return 1;
}

/** The extension of an --out-dir file, by format. */
const OUTPUT_EXTENSIONS: Record<Format, string> = { table: 'txt', list: 'txt', json: 'json', jsonl: 'jsonl', csv: 'csv', tsv: 'tsv', md: 'md' };

/**
 * A document's JSON pieces as an element of the array of documents: after
 * `head`, every line indented by two spaces. Only the line breaks JSON.stringify
 * writes between values are line ends here: U+2028 and U+2029 stand raw inside
 * its strings, and are text, not line ends.
 */
function* inArray(head: string, pieces: Iterable<string>): Generator<string> {
  yield `${head}  `;
  for (const piece of pieces) yield piece.replaceAll('\n', '\n  ');
}

/** The pieces, then `end`. */
function* ending(pieces: Iterable<string>, end: string): Generator<string> {
  yield* pieces;
  yield end;
}

/**
 * Frames rendered documents into one output: the csv, tsv or md header
 * before the first, the json array around several (streamed: `[`, `,`, `]`,
 * so nothing is held back), nothing for the other formats.
 */
class Printer {
  private count = 0;

  constructor(
    private readonly options: CliOptions,
    /** One document alone (one file named): json prints it as an object, not in an array. */
    private readonly single: boolean,
  ) {}

  /** A document's pieces framed: the first one prefixed (the header, the array's comma), json's indented. */
  document(body: Iterable<string>): Iterable<string> {
    const { options } = this;
    const first = this.count++ === 0;
    if (options.highlight || options.printText) return body;
    switch (options.format) {
      case 'json':
        return this.single ? ending(body, '\n') : inArray(first ? '[\n' : ',\n', body);
      case 'csv':
      case 'tsv':
      case 'md': {
        if (!first) return body;
        const header = delimitedHeader(options.context, options.speakers);
        return prefixed(options.format === 'md' ? markdownHeader(header) : options.format === 'csv' ? csvLine(header) : tsvLine(header), body);
      }
      default:
        return body;
    }
  }

  end(): string {
    if (this.options.format !== 'json' || this.options.highlight || this.options.printText || this.single) return '';
    return this.count === 0 ? '[]\n' : '\n]\n';
  }
}

/** `head`, then the pieces of `body`. */
function* prefixed(head: string, body: Iterable<string>): Generator<string> {
  yield head;
  yield* body;
}

/** An input's path as a byte string (exact, however it is named): what --out-dir's plan is keyed by. */
const inputPath = (input: { file: string; fileBytes?: Uint8Array }): string => byteString(input.fileBytes ?? input.file);

/**
 * One output file per input under --out-dir: the input's path below its
 * folder (or its name), plus the format's extension; byte strings (see
 * byteString), so a name that is not UTF-8 is mirrored exactly.
 */
function planOutputs(inputs: FoundInput[], options: CliOptions, outDir: string): Map<string, string> {
  const targets = new Map<string, string>();
  const writers = new Map<string, string>();
  const absolute = (path: string): string => resolve(byteString(process.cwd()), path);
  const inputPaths = new Set(inputs.map((i) => absolute(inputPath(i))));
  const label = (path: string): string => escapedPath(fromByteString(path));
  for (const input of inputs) {
    if (input.source === 'stdin') throw new UsageError("standard input ('-') has no name to mirror under --out-dir", 'give files or folders');
    if (input.failure) continue;
    const target = join(byteString(outDir), `${byteString(input.relativeBytes ?? input.relative)}.${OUTPUT_EXTENSIONS[options.format]}`);
    const other = writers.get(absolute(target));
    if (other !== undefined) throw new UsageError(`${label(other)} and ${label(inputPath(input))} would both be written to ${label(target)}`, 'name them through their folders');
    if (inputPaths.has(absolute(target))) throw new UsageError(`refusing to write the output over the input ${label(target)}`, 'choose another --out-dir');
    writers.set(absolute(target), inputPath(input));
    targets.set(inputPath(input), target);
  }
  return targets;
}

/** The renderer's share of the options, as plain data for the worker threads; output null: files under --out-dir. */
function renderConfig(options: CliOptions, output: Output | null): RenderConfig {
  const picked = Object.fromEntries(RENDER_OPTIONS.map((key) => [key, options[key]])) as Pick<CliOptions, (typeof RENDER_OPTIONS)[number]>;
  return { ...picked, colour: colourLevel(options, output?.terminal ?? false), width: output?.width ?? 80, terminal: output?.terminal ?? false };
}

/** Where documents go: one output (stdout or -o), framed by a printer; or one file each under --out-dir (targets by input, byte strings). */
type Sink = { kind: 'stream'; output: Output; printer: Printer } | { kind: 'files'; targets: Map<string, string>; options: CliOptions };

/** Writes a processed document; a document that cannot be written is a failure of its own (null: written). */
async function write(sink: Sink, outcome: DocumentOutcome): Promise<string | null> {
  if (sink.kind === 'stream') {
    for (const piece of sink.printer.document(outcome.output)) await sink.output.write(piece);
    return null;
  }
  const target = fromByteString(sink.targets.get(inputPath(outcome))!);
  const printer = new Printer(sink.options, true);
  try {
    // a document alone in its file: its pieces framed, then the end
    writeFileAtomic(target, ending(printer.document(outcome.output), printer.end()));
    return null;
  } catch (error) {
    return `cannot write ${escapedPath(target)}: ${describeSystemError(error)}`;
  }
}

/** What a run is given: its tasks, how many there are when known, and whether it is a batch (a summary is printed). */
interface Plan {
  tasks: (signal: AbortSignal, tally: Tally) => AsyncIterable<DocumentTask>;
  total: number | null;
  /** Inputs to run (for the number of workers worth starting); null: a stream. */
  runnable: number | null;
  batch: boolean;
  sink: Sink;
}

async function planFiles(operands: string[], options: CliOptions): Promise<Plan> {
  if (operands.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input given', "pass a file, or '-' to read standard input; see 'quotes --help'");
    operands = ['-'];
  }
  if (operands.filter((i) => i === '-').length > 1) throw new UsageError("'-' (standard input) can be given only once");
  const outDir = options.outDir === null ? null : resolve(options.outDir);
  const exclude = outDir !== null && existsSync(outDir) ? [realpathSync(outDir)] : [];
  const inputs: FoundInput[] = [];
  for await (const input of findInputs(operands, { extensions: options.extensions, exclude, follow: options.follow })) inputs.push(input);
  const batch = options.outDir !== null || inputs.some((i) => i.source === 'folder' || i.source === 'glob');
  let sink: Sink;
  if (options.outDir !== null) {
    sink = { kind: 'files', targets: planOutputs(inputs, options, options.outDir), options };
  } else {
    const output = options.output ? fileOutput(options.output, inputs.map((i) => i.file)) : stdoutOutput();
    sink = { kind: 'stream', output, printer: new Printer(options, !batch && operands.length === 1) };
  }
  async function* tasks(_signal: AbortSignal, tally: Tally): AsyncGenerator<DocumentTask> {
    for (const input of inputs) {
      const fileBytes = input.fileBytes ? { fileBytes: input.fileBytes } : {};
      if (input.failure) yield { file: input.file, ...fileBytes, failure: input.failure };
      else if (options.resume && sink.kind === 'files' && existsSync(fromByteString(sink.targets.get(inputPath(input))!))) tally.skipped++;
      else if (input.source === 'stdin') yield await stdinTask(options.maxSize);
      else yield { file: input.file, ...fileBytes, path: input.file };
    }
  }
  return { tasks, total: inputs.length, runnable: inputs.filter((i) => !i.failure).length, batch, sink };
}

/**
 * Standard input as a task, read in a function of its own: a generator that
 * held what it read in a local would keep the bytes while it waits, after the
 * runner has taken them from the task.
 */
async function stdinTask(maxSize: number): Promise<DocumentTask> {
  const read = await readStdin(maxSize);
  return 'bytes' in read ? { file: '-', bytes: read.bytes } : { file: '-', failure: tooLarge(read.size, maxSize).message };
}

function planRecords(operands: string[], options: CliOptions): Plan {
  if (operands.length > 0) throw new UsageError('--records reads standard input only', `leave out ${operands[0]}`);
  const output = options.output ? fileOutput(options.output, []) : stdoutOutput();
  async function* tasks(signal: AbortSignal): AsyncGenerator<DocumentTask> {
    let number = 0;
    for await (const line of readLines(process.stdin, signal)) {
      number++;
      if (line.trim() !== '') yield { file: `standard input, line ${number}`, line };
    }
  }
  return { tasks, total: null, runnable: null, batch: true, sink: { kind: 'stream', output, printer: new Printer(options, false) } };
}

/**
 * Inputs per worker thread when --jobs is not given: starting a worker costs
 * about a second (loading the NLP model), some 50 to 100 articles' work, so a
 * short list runs in this thread and a long one on every core.
 */
const INPUTS_PER_WORKER = 100;

/** Worker threads: --jobs (at most one per input), else one per INPUTS_PER_WORKER inputs up to the number of cores. */
function workerCount(jobs: number | null, runnable: number | null): number {
  if (jobs !== null) return Math.max(1, Math.min(jobs, runnable ?? jobs));
  const cores = availableParallelism();
  return runnable === null ? cores : Math.max(1, Math.min(cores, Math.ceil(runnable / INPUTS_PER_WORKER)));
}

/** Stops the run on SIGINT or SIGTERM: no new documents, workers terminated, nothing half-written. A second signal exits at once. */
function watchSignals(controller: AbortController): { received: () => 'SIGINT' | 'SIGTERM' | null; stop: () => void } {
  let received: 'SIGINT' | 'SIGTERM' | null = null;
  const on = (signal: 'SIGINT' | 'SIGTERM'): void => {
    if (received) process.exit(EXIT_SIGNAL[signal]);
    received = signal;
    controller.abort();
  };
  const onInt = (): void => on('SIGINT');
  const onTerm = (): void => on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    received: () => received,
    stop: () => {
      process.removeListener('SIGINT', onInt);
      process.removeListener('SIGTERM', onTerm);
    },
  };
}

export async function runExtract(operands: string[], options: CliOptions): Promise<number> {
  const started = Date.now();
  const plan = options.records ? planRecords(operands, options) : await planFiles(operands, options);
  const { sink } = plan;
  const output = sink.kind === 'stream' ? sink.output : null;
  const tally = newTally();
  const progress = new Progress(Boolean(process.stderr.isTTY) && !options.quiet && (plan.batch || (plan.total ?? 0) > 1), plan.total);
  const controller = new AbortController();
  const signals = watchSignals(controller);
  let status = EXIT_OK;
  try {
    const completed = mapInOrder<DocumentTask, DocumentOutcome>(plan.tasks(controller.signal, tally), {
      jobs: workerCount(options.jobs, plan.runnable),
      runner: new URL('./document-runner.js', import.meta.url),
      config: renderConfig(options, output),
      // this thread only writes: it takes documents too, so --jobs 2 starts one worker
      mainThread: true,
      signal: controller.signal,
    });
    for await (const { value: outcome } of completed) {
      let failure = outcome.failure ?? null;
      if (failure === null) {
        for (const line of outcome.lines) diagnostic(line);
        failure = await write(sink, outcome);
      }
      if (failure !== null) {
        diagnostic(`${outcome.label}: ${failure}`);
        tally.failed++;
        status = EXIT_INPUT_FAILED;
        if (options.failFast) break;
      } else {
        tally.processed++;
        tally.quotes += outcome.quotes;
        for (const name of outcome.speakers) tally.speakers.add(name);
      }
      progress.update(tally);
    }
    const signal = signals.received();
    progress.end();
    if (signal) {
      // a json array closed after the last whole document, so that stdout stays valid JSON
      if (output && sink.kind === 'stream') await output.write(sink.printer.end());
      output?.abort();
      diagnostic(`interrupted (${signal}); every output written is whole${options.outDir ? '; --resume finishes the rest' : ''}`);
      status = EXIT_SIGNAL[signal];
    } else if (output && sink.kind === 'stream') {
      await output.write(sink.printer.end());
      await output.finish();
    }
    if (plan.batch && !options.quiet) diagnostic(summaryLine(tally, Date.now() - started));
  } catch (error) {
    progress.end();
    output?.abort();
    throw error;
  } finally {
    signals.stop();
  }
  return status;
}
